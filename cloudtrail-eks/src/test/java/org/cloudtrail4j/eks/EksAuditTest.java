package org.cloudtrail4j.eks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudtrail4j.eks.audit.AccessGrant;
import org.cloudtrail4j.eks.audit.EksAudit;
import org.cloudtrail4j.eks.audit.EksServiceLinkedRoles;
import org.cloudtrail4j.eks.audit.EndpointAccess;
import org.cloudtrail4j.eks.model.AccessScope;
import org.cloudtrail4j.eks.model.AccessScopeType;
import org.cloudtrail4j.eks.model.AmiType;
import org.cloudtrail4j.eks.model.AssociateAccessPolicyRequest;
import org.cloudtrail4j.eks.model.LogSetup;
import org.cloudtrail4j.eks.model.LogType;
import org.cloudtrail4j.eks.model.Logging;
import org.cloudtrail4j.eks.model.UpdateClusterConfigRequest;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.junit.jupiter.api.Test;

class EksAuditTest {
  static final List<String> ALL = List.of(
      "/records/corpus/awsdocs-userguide-eks-CreateCluster-2018-preview.json",
      "/records/corpus/stratus-eks-CreateAccessEntry-partial.json",
      "/records/corpus/stratus-eks-AssociateAccessPolicy-partial.json",
      "/records/corpus/awsdocs-userguide-iam-DeleteInstanceProfile-by-AWSServiceRoleForAmazonEKSNodegroup.json",
      "/records/handmade/eks-CreateCluster-every-member.json",
      "/records/handmade/eks-UpdateClusterConfig-endpoint-public.json",
      "/records/handmade/eks-UpdateClusterConfig-endpoint-private.json",
      "/records/handmade/eks-UpdateClusterConfig-logging-disabled.json",
      "/records/handmade/eks-DeleteCluster.json",
      "/records/handmade/eks-CreateAccessEntry.json",
      "/records/handmade/eks-AssociateAccessPolicy-cluster-admin.json",
      "/records/handmade/eks-DeleteAccessEntry.json",
      "/records/handmade/eks-TagResource-nodegroup.json",
      "/records/handmade/eks-ListClusters.json",
      "/records/handmade/eks-DescribeNodegroup.json",
      "/records/handmade/eks-CreateNodegroup-failed.json");

  static Stream<EksEvent> events() {
    return ALL.stream().map(TestRecords::read).flatMap(e -> EksEvent.of(e).stream());
  }

  static EksEvent one(String resource) {
    return EksEvent.of(TestRecords.read(resource)).orElseThrow();
  }

  @Test
  void listsWhoCreatedOrDeletedWhichClusterAndWhen() {
    List<String> report = events()
        .filter(EksAudit.createsOrDeletesCluster().and(EksAudit.succeeded()))
        .map(e -> e.eventTime().orElseThrow() + " " + EksAudit.caller(e).orElse("?") + " " + e.operation() + " "
            + e.clusterName().orElse("?"))
        .collect(Collectors.toList());

    assertThat(report).containsExactly(
        "2018-05-28T19:16:43Z arn:aws:iam::111122223333:user/username CreateCluster test",
        "2026-03-02T09:14:05Z arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_PlatformAdmin_0123456789abcdef/"
            + "jane.doe@example.com CreateCluster payments-prod",
        "2024-05-20T17:03:44Z arn:aws:sts::111122223333:assumed-role/terraform-apply/terraform-run-9931 DeleteCluster "
            + "payments-staging");
  }

  @Test
  void findsTheChangesThatOpenedTheEndpointToTheInternet() {
    List<String> opened = events()
        .filter(EksAudit.opensEndpointToTheInternet())
        .map(e -> e.operation() + " " + e.clusterName().orElse("?"))
        .collect(Collectors.toList());

    // the 2018 cluster got EKS's defaults: public endpoint, 0.0.0.0/0
    assertThat(opened).containsExactly("CreateCluster test", "UpdateClusterConfig staging");
  }

  @Test
  void aPublicEndpointLimitedToSomeAddressesIsPublicButNotOpenToTheInternet() {
    EndpointAccess access = EksAudit.endpointAccess(one("/records/handmade/eks-CreateCluster-every-member.json"))
        .orElseThrow();

    assertThat(access.publicEndpoint()).isTrue();
    assertThat(access.openToTheInternet()).isFalse();
    assertThat(access.endpointPrivateAccess()).contains(true);
    assertThat(access.publicAccessCidrs()).containsExactly("203.0.113.0/24");
  }

  @Test
  void completesAnEndpointUpdateWithTheParametersEksEchoes() {
    EndpointAccess access = EksAudit.endpointAccess(one("/records/handmade/eks-UpdateClusterConfig-endpoint-public.json"))
        .orElseThrow();

    assertThat(access.endpointPublicAccess()).contains(true);
    assertThat(access.endpointPrivateAccess()).contains(false);
    // not in the request: from the response's update.params, a JSON list in a string
    assertThat(access.publicAccessCidrs()).containsExactly("0.0.0.0/0");
    assertThat(access.openToTheInternet()).isTrue();
  }

  @Test
  void turningThePublicEndpointOffDoesNotOpenIt() {
    EksEvent e = one("/records/handmade/eks-UpdateClusterConfig-endpoint-private.json");

    assertThat(EksAudit.endpointAccess(e)).get().extracting(EndpointAccess::publicEndpoint).isEqualTo(false);
    assertThat(EksAudit.opensEndpointToPublic()).rejects(e);
    assertThat(EksAudit.opensEndpointToTheInternet()).rejects(e);
  }

  @Test
  void anUpdateThatDoesNotTouchTheEndpointHasNoEndpointAccess() {
    assertThat(EksAudit.endpointAccess(one("/records/handmade/eks-UpdateClusterConfig-logging-disabled.json")))
        .isEmpty();
    assertThat(EksAudit.endpointAccess(one("/records/handmade/eks-DeleteCluster.json"))).isEmpty();
  }

  @Test
  void findsTheChangesThatDisabledControlPlaneLogging() {
    List<String> disabled = events()
        .filter(EksAudit.disablesControlPlaneLogging())
        .map(e -> e.clusterName().orElse("?") + " " + EksAudit.disabledLogTypes(e) + " by "
            + EksAudit.caller(e).orElse("?"))
        .collect(Collectors.toList());

    assertThat(disabled).containsExactly("payments-prod [api, audit, authenticator, controllerManager, scheduler] by "
        + "arn:aws:sts::111122223333:assumed-role/ci-deployer/github-actions-4411");
  }

  @Test
  void aTypeEnabledAgainInTheSameCallIsNotDisabled() {
    UpdateClusterConfigEvent e = (UpdateClusterConfigEvent) one(
        "/records/handmade/eks-UpdateClusterConfig-logging-disabled.json");
    UpdateClusterConfigRequest request = UpdateClusterConfigRequest.builder().from(e.request())
        .logging(Logging.builder()
            .addClusterLogging(LogSetup.builder().addTypes(LogType.of("audit"), LogType.of("api")).enabled(false).build())
            .addClusterLogging(LogSetup.builder().addTypes(LogType.of("api")).enabled(true).build())
            .build())
        .build();
    EksEvent changed = UpdateClusterConfigEvent.builder().from(e).request(request).build();

    assertThat(EksAudit.disabledLogTypes(changed)).containsExactly(LogType.AUDIT);
    assertThat(EksAudit.disablesAuditLogging()).accepts(changed);
  }

  @Test
  void aLogTypeNewerThanTheLibraryTurnedOffIsReported() {
    UpdateClusterConfigEvent e = (UpdateClusterConfigEvent) one(
        "/records/handmade/eks-UpdateClusterConfig-logging-disabled.json");
    EksEvent changed = UpdateClusterConfigEvent.builder().from(e).request(UpdateClusterConfigRequest.builder()
        .from(e.request()).logging(Logging.builder().addClusterLogging(LogSetup.builder()
            .addTypes(LogType.of("networkPolicy")).enabled(false).build()).build()).build()).build();

    assertThat(EksAudit.disabledLogTypes(changed)).singleElement()
        .satisfies(t -> assertThat(t.isKnown()).isFalse())
        .hasToString("networkPolicy");
    assertThat(EksAudit.disablesControlPlaneLogging()).accepts(changed);
    assertThat(EksAudit.disablesAuditLogging()).rejects(changed);
  }

  @Test
  void findsThePrincipalOfAnyAccessCallDecoded() {
    assertThat(EksAudit.principalArn(one("/records/corpus/stratus-eks-AssociateAccessPolicy-partial.json")))
        .contains("arn:aws:iam::012345678901:role/stratus-red-team-eks-create-access-entry-role");
    assertThat(EksAudit.principalArn(one("/records/handmade/eks-DeleteAccessEntry.json"))).isPresent();
    assertThat(EksAudit.principalArn(one("/records/handmade/eks-DeleteCluster.json"))).isEmpty();
  }

  @Test
  void creatingAClusterWithSomeLogsOffIsNotDisablingLogging() {
    assertThat(EksAudit.disablesControlPlaneLogging())
        .rejects(one("/records/handmade/eks-CreateCluster-every-member.json"));
  }

  @Test
  void findsWhoGrantedClusterAccessAndWhoMadeSomeoneClusterAdmin() {
    List<String> grants = events()
        .flatMap(e -> EksAudit.accessGrant(e).stream())
        .map(g -> EksAudit.caller(g.event()).orElse("?") + " -> " + g.principalArn().orElse("?") + " on "
            + g.clusterName().orElse("?") + (g.clusterAdmin() ? " as cluster admin" : ""))
        .collect(Collectors.toList());

    assertThat(grants).containsExactly(
        "? -> arn:aws:iam::012345678901:role/stratus-red-team-eks-create-access-entry-role on eks-cluster",
        "? -> arn:aws:iam::012345678901:role/stratus-red-team-eks-create-access-entry-role on eks-cluster"
            + " as cluster admin",
        "arn:aws:iam::111122223333:user/alice -> arn:aws:iam::444455556666:role/contractor+audit on staging",
        "arn:aws:iam::111122223333:user/alice -> arn:aws:iam::444455556666:role/contractor+audit on staging"
            + " as cluster admin");
  }

  @Test
  void anAccessGrantHasTheRequestsMembers() {
    AccessGrant grant = EksAudit.accessGrant(one("/records/handmade/eks-AssociateAccessPolicy-cluster-admin.json"))
        .orElseThrow();

    assertThat(grant.policyArn()).contains("arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy");
    assertThat(grant.accessScope().orElseThrow().type().orElseThrow().known()).isEqualTo(AccessScopeType.Known.CLUSTER);
    assertThat(grant.clusterAdmin()).isTrue();
    assertThat(grant.admin()).isTrue();

    AccessGrant entry = EksAudit.accessGrant(one("/records/handmade/eks-CreateAccessEntry.json")).orElseThrow();
    assertThat(entry.kubernetesGroups()).containsExactly("viewers");
    assertThat(entry.username()).contains("contractor");
    assertThat(entry.clusterAdmin()).isFalse();
    assertThat(entry.admin()).isFalse();
  }

  @Test
  void theNamespaceAdminPolicyIsAdminButNotClusterAdmin() {
    AssociateAccessPolicyEvent e = (AssociateAccessPolicyEvent) one(
        "/records/handmade/eks-AssociateAccessPolicy-cluster-admin.json");
    AssociateAccessPolicyEvent namespaceAdmin = AssociateAccessPolicyEvent.builder().from(e)
        .request(AssociateAccessPolicyRequest.builder().from(e.request())
            .policyArn("arn:aws:eks::aws:cluster-access-policy/AmazonEKSAdminPolicy")
            .accessScope(AccessScope.builder().type(AccessScopeType.of("namespace")).addNamespaces("payments").build())
            .build())
        .build();

    AccessGrant grant = EksAudit.accessGrant(namespaceAdmin).orElseThrow();
    assertThat(grant.admin()).isTrue();
    assertThat(grant.clusterAdmin()).isFalse();
    assertThat(EksAudit.grantsClusterAdmin()).rejects(namespaceAdmin);
  }

  @Test
  void grantsByEksItselfCanBeLeftOut() {
    EksEvent byUser = one("/records/handmade/eks-AssociateAccessPolicy-cluster-admin.json");
    CloudTrailEvent slr = TestRecords.read("/records/handmade/slr-CLUSTER-ec2-DeleteSecurityGroup.json");
    // Auto Mode: the cluster service-linked role manages access entries itself
    EksEvent byEks = EksEvent.of(CloudTrailEvent.builder().from(byUser.event())
        .userIdentity(slr.userIdentity()).sourceIPAddress(slr.sourceIPAddress()).userAgent(slr.userAgent()).build())
        .orElseThrow();

    List<EksEvent> adminGrants = Stream.of(byUser, byEks)
        .filter(EksAudit.grantsClusterAdmin())
        .filter(e -> !EksServiceLinkedRoles.byEks().test(e.event()))
        .collect(Collectors.toList());

    assertThat(adminGrants).containsExactly(byUser);
  }

  @Test
  void failedCallsAreKeptUnlessSucceededIsAsked() {
    EksEvent failed = one("/records/handmade/eks-CreateNodegroup-failed.json");

    assertThat(failed.succeeded()).isFalse();
    assertThat(failed.errorCode()).contains("ResourceLimitExceededException");
    assertThat(EksAudit.succeeded()).rejects(failed);
    assertThat(((CreateNodegroupEvent) failed).nodegroup()).isEmpty();
    assertThat(((CreateNodegroupEvent) failed).request().amiType().map(AmiType::known))
        .contains(AmiType.Known.AL2023_X86_64_NVIDIA);
  }

  @Test
  void otherCallsAnswerNoQuestion() {
    for (String r : List.of("/records/handmade/eks-ListClusters.json", "/records/handmade/eks-TagResource-nodegroup.json",
        "/records/handmade/eks-DeleteAccessEntry.json")) {
      EksEvent e = one(r);
      assertThat(EksAudit.endpointAccess(e)).as(r).isEmpty();
      assertThat(EksAudit.disabledLogTypes(e)).as(r).isEqualTo(Set.of());
      assertThat(EksAudit.accessGrant(e)).as(r).isEqualTo(Optional.empty());
      assertThat(EksAudit.createsOrDeletesCluster()).rejects(e);
    }
  }
}
