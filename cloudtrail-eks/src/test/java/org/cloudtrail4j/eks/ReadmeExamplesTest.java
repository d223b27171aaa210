package org.cloudtrail4j.eks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudtrail4j.eks.audit.EksAudit;
import org.cloudtrail4j.eks.audit.EksServiceLinkedRoles;
import org.cloudtrail4j.eks.model.Cluster;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.json.JsonValue;
import org.cloudtrail4j.model.spi.CloudTrailEventMapper;
import org.cloudtrail4j.model.spi.EventKey;
import org.cloudtrail4j.parser.CloudTrailProblem;
import org.cloudtrail4j.parser.CloudTrailReader;
import org.cloudtrail4j.parser.EventFilter;
import org.cloudtrail4j.parser.ProblemKind;
import org.junit.jupiter.api.Test;

/** The examples of {@code README-section.md}, as they are there. */
class ReadmeExamplesTest {
  static final Path AWS_LOGS = Path.of("src/test/resources/trees/eks-seed/AWSLogs");

  @Test
  void readsTypedEksEventsFromADeliveryTree() {
    List<String> out = new ArrayList<>();
    // README: typed events
    CloudTrailReader reader = CloudTrailReader.builder()
        .filter(EventFilter.eventSource(EksEvent.EVENT_SOURCE)) // skips other services before decoding them
        .build();
    try (Stream<CloudTrailEvent> events = reader.read(AWS_LOGS)) {
      events.flatMap(reader.typed(CreateClusterEvent.class))
          .forEach(e -> out.add(e.clusterName().orElse("?") + " " + e.request().version().orElse("default")
              + " created " + e.cluster().flatMap(Cluster::createdAt).orElseThrow()
              + " by " + EksAudit.caller(e).orElse("?")));
    }
    // end README

    assertThat(out).containsExactly(
        "test default created 2018-05-28T19:16:43.208Z by arn:aws:iam::111122223333:user/username");
  }

  @Test
  void leavesEksOwnActivityOut() {
    // README: service-linked roles
    try (Stream<CloudTrailEvent> events = CloudTrailReader.stream(AWS_LOGS)) {
      List<CloudTrailEvent> byPeople = events
          .filter(EksServiceLinkedRoles.byEks().negate())
          .collect(Collectors.toList());
      // end README
      assertThat(byPeople).extracting(e -> e.eventName().orElseThrow()).containsExactly("CreateCluster");
    }
    try (Stream<CloudTrailEvent> events = CloudTrailReader.stream(AWS_LOGS)) {
      List<String> roles = events
          // README: service-linked roles
          .flatMap(e -> EksServiceLinkedRoles.of(e).stream())
          .map(role -> role.roleName() + " (" + role.servicePrincipal() + "): " + role.purpose())
          // end README
          .collect(Collectors.toList());
      assertThat(roles).containsExactly("AWSServiceRoleForAmazonEKSNodegroup (eks-nodegroup.amazonaws.com): Manages "
          + "the Auto Scaling groups, launch templates, security groups and instance profiles behind managed node "
          + "groups");
    }
  }

  // README: custom mapper
  /** Which pod got which IAM role through EKS Pod Identity. */
  record PodRoleSession(String cluster, String namespace, String serviceAccount, String roleSessionArn) {}

  /** Maps EKS Auth {@code AssumeRoleForPodIdentity} records. Stateless and thread-safe, as mappers must be. */
  public static final class PodRoleSessionMapper implements CloudTrailEventMapper<PodRoleSession> {
    @Override
    public Class<PodRoleSession> type() {
      return PodRoleSession.class;
    }

    @Override
    public Set<EventKey> keys() {
      return Set.of(EventKey.of("eks-auth.amazonaws.com", "AssumeRoleForPodIdentity"));
    }

    @Override
    public PodRoleSession map(CloudTrailEvent event) {
      JsonValue request = event.requestParameters().orElseThrow();
      JsonValue response = event.responseElements().orElseThrow();
      return new PodRoleSession(
          request.get("clusterName").asString().orElseThrow(),
          response.path("subject", "namespace").asString().orElseThrow(),
          response.path("subject", "serviceAccount").asString().orElseThrow(),
          response.path("assumedRoleUser", "arn").asString().orElseThrow());
    }
  }
  // end README

  @Test
  void readsRecordsWithACustomMapper() {
    Path logs = Path.of("src/test/resources/records/handmade/eks-auth-AssumeRoleForPodIdentity.json");
    // README: custom mapper
    CloudTrailReader reader = CloudTrailReader.builder().mapper(new PodRoleSessionMapper()).build();
    try (Stream<CloudTrailEvent> events = reader.read(logs)) {
      List<PodRoleSession> sessions = events.flatMap(reader.typed(PodRoleSession.class))
          .collect(Collectors.toList());
      // end README
      assertThat(sessions).containsExactly(new PodRoleSession("payments-prod", "checkout", "checkout-api",
          "arn:aws:sts::111122223333:assumed-role/checkout-api-role/eks-payments-p-checkout-a-0a1b2c3d"));
    }
  }

  @Test
  void aCustomMapperThatFailsIsReportedAsAProblem() {
    List<CloudTrailProblem> problems = new ArrayList<>();
    CloudTrailReader reader = CloudTrailReader.builder().mapper(new PodRoleSessionMapper())
        .onProblem(problems::add).build();
    CloudTrailEvent withoutResponse = CloudTrailEvent.builder().eventSource("eks-auth.amazonaws.com")
        .eventName("AssumeRoleForPodIdentity").requestParameters(JsonValue.parse("{\"clusterName\":\"x\"}")).build();

    assertThat(reader.typed(PodRoleSession.class).apply(withoutResponse)).isEmpty();
    assertThat(problems).singleElement().extracting(CloudTrailProblem::kind).isEqualTo(ProblemKind.MAPPER_FAILED);
  }

  @Test
  void aCustomMapperDoesNotDisplaceTheEksMappers() {
    CloudTrailReader reader = CloudTrailReader.builder().mapper(new PodRoleSessionMapper()).build();
    try (Stream<CloudTrailEvent> events = reader.read(AWS_LOGS)) {
      assertThat(events.flatMap(reader.typed(EksEvent.class))).singleElement().isInstanceOf(CreateClusterEvent.class);
    }
  }
}
