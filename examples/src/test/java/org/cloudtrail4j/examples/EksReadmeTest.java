package org.cloudtrail4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudtrail4j.eks.CreateClusterEvent;
import org.cloudtrail4j.eks.EksEvent;
import org.cloudtrail4j.eks.audit.EksActor;
import org.cloudtrail4j.eks.audit.EksAudit;
import org.cloudtrail4j.eks.audit.EksServiceLinkedRoles;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.json.JsonValue;
import org.cloudtrail4j.model.spi.CloudTrailEventMapper;
import org.cloudtrail4j.model.spi.EventKey;
import org.cloudtrail4j.parser.CloudTrailReader;
import org.cloudtrail4j.parser.EventFilter;
import org.junit.jupiter.api.Test;

/**
 * The examples of the README's EKS sections ("Amazon EKS" to "Writing and registering a mapper"), as the README shows
 * them (each region between {@code // README:} and {@code // end README} is in README.md verbatim, see
 * {@link ReadmeSnippetsTest}), run on the bundled samples and on the EKS module's test records (read where they are,
 * in {@code cloudtrail-eks/src/test/resources/records}, whose README gives their sources and licences).
 */
class EksReadmeTest {
  static final Path RECORDS = Path.of("../cloudtrail-eks/src/test/resources/records");
  /** The records {@code EksAuditTest} answers the audit questions on. */
  static final List<String> AUDITED = List.of("corpus/awsdocs-userguide-eks-CreateCluster-2018-preview.json",
      "corpus/stratus-eks-CreateAccessEntry-partial.json", "corpus/stratus-eks-AssociateAccessPolicy-partial.json",
      "corpus/awsdocs-userguide-iam-DeleteInstanceProfile-by-AWSServiceRoleForAmazonEKSNodegroup.json",
      "handmade/eks-CreateCluster-every-member.json", "handmade/eks-UpdateClusterConfig-endpoint-public.json",
      "handmade/eks-UpdateClusterConfig-endpoint-private.json",
      "handmade/eks-UpdateClusterConfig-logging-disabled.json", "handmade/eks-DeleteCluster.json",
      "handmade/eks-CreateAccessEntry.json", "handmade/eks-AssociateAccessPolicy-cluster-admin.json",
      "handmade/eks-DeleteAccessEntry.json", "handmade/eks-TagResource-nodegroup.json",
      "handmade/eks-ListClusters.json", "handmade/eks-DescribeNodegroup.json",
      "handmade/eks-CreateNodegroup-failed.json");

  /** The EKS calls among the audited records, in their order. */
  static Stream<EksEvent> events() {
    List<Path> files = AUDITED.stream().map(RECORDS::resolve).collect(Collectors.toList());
    return files.stream().flatMap(f -> CloudTrailReader.stream(f).collect(Collectors.toList()).stream())
        .flatMap(CloudTrailEvent.typed(EksEvent.class));
  }

  // README: describe
  static String describe(EksEvent e) {
    return e.event().principal() + " " + e.operation() + " " + e.clusterName().orElse("?");
  }
  // end README

  @Test
  void readsTypedEksEvents() {
    Path logs = UserTasksTest.AWS_LOGS;
    // README: typed events
    List<String> created;
    try (Stream<CloudTrailEvent> events = CloudTrailReader.stream(logs, EventFilter.eventSource("eks"))) {
      created = events.flatMap(CloudTrailEvent.typed(CreateClusterEvent.class))
          .map(e -> describe(e))
          .collect(Collectors.toList());
    }
    // end README
    assertThat(created).containsExactly("arn:aws:iam::111122223333:user/username CreateCluster test");
  }

  @Test
  void leavesEksOwnActivityOut() {
    Path logs = UserTasksTest.AWS_LOGS;
    // README: service-linked roles
    Map<EksActor, Long> callsByActor;
    List<CloudTrailEvent> byPeople;
    try (Stream<CloudTrailEvent> events = CloudTrailReader.stream(logs)) {
      callsByActor = events.collect(Collectors.groupingBy(EksServiceLinkedRoles::actor, Collectors.counting()));
    }
    try (Stream<CloudTrailEvent> events = CloudTrailReader.stream(logs)) {
      byPeople = events.filter(EksServiceLinkedRoles.byEks().negate()).collect(Collectors.toList());
    }
    // end README
    assertThat(callsByActor).isNotEmpty();
    assertThat(callsByActor.values().stream().mapToLong(Long::longValue).sum() - byPeople.size())
        .isEqualTo(callsByActor.getOrDefault(EksActor.SERVICE_LINKED_ROLE, 0L)
            + callsByActor.getOrDefault(EksActor.CUSTOMER_ROLE, 0L) + callsByActor.getOrDefault(EksActor.SERVICE, 0L));
    assertThat(EksServiceLinkedRoles.of(byPeople.get(0))).isEmpty();
  }

  @Test
  void saysWhoCreatedOrDeletedWhichCluster() {
    // README: created or deleted
    List<String> report = events()
        .filter(EksAudit.createsOrDeletesCluster().and(EksAudit.succeeded()))
        .map(e -> e.eventTime().orElseThrow() + " " + describe(e))
        .collect(Collectors.toList());
    // end README
    assertThat(report).containsExactly("2018-05-28T19:16:43Z arn:aws:iam::111122223333:user/username CreateCluster test",
        "2026-03-02T09:14:05Z arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_PlatformAdmin_0123456789abcdef/jane.doe@example.com CreateCluster payments-prod",
        "2024-05-20T17:03:44Z arn:aws:sts::111122223333:assumed-role/terraform-apply/terraform-run-9931 DeleteCluster payments-staging");
  }

  @Test
  void saysWhichChangesOpenedTheEndpoint() {
    // README: opened
    List<String> opened = events()
        .filter(EksAudit.opensEndpointToTheInternet())
        .map(e -> describe(e))
        .collect(Collectors.toList());
    // end README
    assertThat(opened).containsExactly("arn:aws:iam::111122223333:user/username CreateCluster test",
        "arn:aws:iam::111122223333:user/alice UpdateClusterConfig staging");
  }

  @Test
  void saysWhichChangesDisabledLogging() {
    // README: disabled logging
    List<String> disabled = events()
        .filter(EksAudit.disablesControlPlaneLogging())
        .map(e -> describe(e) + " " + EksAudit.disabledLogTypes(e))
        .collect(Collectors.toList());
    // end README
    assertThat(disabled).containsExactly("arn:aws:sts::111122223333:assumed-role/ci-deployer/github-actions-4411 UpdateClusterConfig payments-prod [api, audit, authenticator, controllerManager, scheduler]");
  }

  @Test
  void saysWhoGrantedClusterAccess() {
    // README: grants
    List<String> grants = events()
        .filter(EksAudit.grantsClusterAccess())
        .map(e -> describe(e) + " -> " + EksAudit.principalArn(e).orElse("?")
            + (EksAudit.grantsClusterAdmin().test(e) ? " as cluster admin" : ""))
        .collect(Collectors.toList());
    // end README
    assertThat(grants).containsExactly("unknown CreateAccessEntry eks-cluster -> arn:aws:iam::012345678901:role/stratus-red-team-eks-create-access-entry-role",
        "unknown AssociateAccessPolicy eks-cluster -> arn:aws:iam::012345678901:role/stratus-red-team-eks-create-access-entry-role as cluster admin",
        "arn:aws:iam::111122223333:user/alice CreateAccessEntry staging -> arn:aws:iam::444455556666:role/contractor+audit",
        "arn:aws:iam::111122223333:user/alice AssociateAccessPolicy staging -> arn:aws:iam::444455556666:role/contractor+audit as cluster admin");
  }

  // README: mapper
  /** Which pod (namespace and service account) got which IAM role session through EKS Pod Identity. */
  record PodRoleSession(String namespace, String serviceAccount, String roleSessionArn) {}

  static final CloudTrailEventMapper<PodRoleSession> POD_ROLE_SESSIONS = CloudTrailEventMapper.of(
      PodRoleSession.class, EventKey.of("eks-auth", "AssumeRoleForPodIdentity"), e -> {
        JsonValue response = e.responseElements().orElseThrow(); // a mapper that throws: a MAPPER_FAILED problem
        return new PodRoleSession(text(response, "subject", "namespace"), text(response, "subject", "serviceAccount"),
            text(response, "assumedRoleUser", "arn"));
      });

  /** The string at {@code path}, which the mapper requires. */
  static String text(JsonValue json, String... path) {
    return json.path(path).asString().orElseThrow();
  }
  // end README

  @Test
  void readsRecordsWithAMapperOfTheirOwn() throws IOException {
    Path logs = RECORDS.resolve("handmade/eks-auth-AssumeRoleForPodIdentity.json");
    assertThat(Files.exists(logs)).isTrue();
    // README: mapper on a reader
    CloudTrailReader reader = CloudTrailReader.builder().mapper(POD_ROLE_SESSIONS).build();
    List<PodRoleSession> sessions;
    try (Stream<CloudTrailEvent> events = reader.read(logs)) {
      sessions = events.flatMap(reader.typed(PodRoleSession.class)).collect(Collectors.toList());
    }
    // end README
    assertThat(sessions).containsExactly(new PodRoleSession("checkout", "checkout-api",
        "arn:aws:sts::111122223333:assumed-role/checkout-api-role/eks-payments-p-checkout-a-0a1b2c3d"));
  }
}
