package org.cloudtrail4j.eks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.cloudtrail4j.eks.model.AccessEntry;
import org.cloudtrail4j.eks.model.AccessScopeType;
import org.cloudtrail4j.eks.model.AssociatedAccessPolicy;
import org.cloudtrail4j.eks.model.AuthenticationMode;
import org.cloudtrail4j.eks.model.CreateClusterRequest;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.json.JsonValue;
import org.cloudtrail4j.model.spi.CloudTrailEventMapper;
import org.cloudtrail4j.model.spi.EventKey;
import org.cloudtrail4j.parser.CloudTrailReader;
import org.junit.jupiter.api.Test;

class EksEventTest {
  @Test
  void readsAPartialCreateAccessEntryRecord() {
    CreateAccessEntryEvent e = TestRecords.eks("/records/corpus/stratus-eks-CreateAccessEntry-partial.json",
        CreateAccessEntryEvent.class);

    assertThat(e.clusterName()).contains("eks-cluster");
    assertThat(TestRecords.present(e.request())).containsExactly("name", "principalArn");
    assertThat(e.request().principalArn())
        .contains("arn:aws:iam::012345678901:role/stratus-red-team-eks-create-access-entry-role");
    AccessEntry entry = e.accessEntry().orElseThrow();
    assertThat(TestRecords.present(entry)).containsExactly("clusterName", "principalArn", "type");
    assertThat(entry.clusterName()).contains("eks-cluster");
    assertThat(entry.type()).contains("STANDARD");
    assertThat(entry.principalArn())
        .contains("arn:aws:iam::012345678901:role/stratus-red-team-eks-create-access-entry-role");
    assertThat(e.userIdentity()).isEmpty();
    assertThat(e.eventTime()).isEmpty();
  }

  @Test
  void decodesTheUrlEncodedPrincipalOfAssociateAccessPolicy() {
    AssociateAccessPolicyEvent e = TestRecords.eks("/records/corpus/stratus-eks-AssociateAccessPolicy-partial.json",
        AssociateAccessPolicyEvent.class);

    assertThat(TestRecords.present(e.request())).containsExactly("accessScope", "name", "policyArn", "principalArn");
    assertThat(e.request().principalArn())
        .contains("arn:aws:iam::012345678901:role/stratus-red-team-eks-create-access-entry-role");
    assertThat(e.requestParameters().orElseThrow().get("principalArn").asString())
        .contains("arn%3Aaws%3Aiam%3A%3A012345678901%3Arole%2Fstratus-red-team-eks-create-access-entry-role");
    assertThat(e.request().policyArn()).contains("arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy");
    assertThat(e.request().accessScope().orElseThrow().type().orElseThrow().known())
        .isEqualTo(AccessScopeType.Known.CLUSTER);
    assertThat(e.request().accessScope().orElseThrow().namespaces()).isEmpty();
    assertThat(e.associatedAccessPolicy()).isEmpty();
  }

  @Test
  void readsTheResponseOfAssociateAccessPolicy() {
    AssociateAccessPolicyEvent e = TestRecords.eks("/records/handmade/eks-AssociateAccessPolicy-cluster-admin.json",
        AssociateAccessPolicyEvent.class);

    assertThat(e.request().principalArn()).contains("arn:aws:iam::444455556666:role/contractor+audit");
    AssociatedAccessPolicy p = e.associatedAccessPolicy().orElseThrow();
    assertThat(p.associatedAt()).contains(Instant.parse("2024-03-08T15:00:41.520Z"));
    assertThat(p.accessScope().orElseThrow().namespaces()).isEmpty();
  }

  @Test
  void readsTheClusterOfATaggingCallFromItsResourceArn() {
    TagResourceEvent e = TestRecords.eks("/records/handmade/eks-TagResource-nodegroup.json", TagResourceEvent.class);

    assertThat(e.request().resourceArn())
        .contains("arn:aws:eks:us-west-2:111122223333:nodegroup/payments-prod/general/8ec7a1b3-9d2f-4e6a-8b0c-1d2e3f4a5b6c");
    assertThat(e.clusterName()).contains("payments-prod");
    assertThat(e.request().tags()).containsExactly(Map.entry("cost-center", "cc-1042"));
  }

  @Test
  void readsAReadOnlyCallWithNullRequestParametersAsAnApiCall() {
    EksApiCall e = TestRecords.eks("/records/handmade/eks-ListClusters.json", EksApiCall.class);

    assertThat(e.operation().known()).isEqualTo(EksOperation.Known.LIST_CLUSTERS);
    assertThat(e.operation().readOnly()).isTrue();
    assertThat(e.clusterName()).isEmpty();
    assertThat(e.requestParameters().orElseThrow().isNull()).isTrue();
  }

  @Test
  void readsTheClusterOfADescribeCall() {
    EksApiCall e = TestRecords.eks("/records/handmade/eks-DescribeNodegroup.json", EksApiCall.class);

    assertThat(e.operation().known()).isEqualTo(EksOperation.Known.DESCRIBE_NODEGROUP);
    assertThat(e.clusterName()).contains("payments-prod");
    assertThat(e.event().readOnly()).contains(true);
  }

  @Test
  void readsAnOperationNewerThanTheLibraryAsAnApiCall() {
    CloudTrailEvent event = eks("CreateWidget", "{\"name\":\"prod\",\"widget\":\"w\"}");

    EksApiCall e = (EksApiCall) EksEvent.of(event).orElseThrow();
    assertThat(e.operation().isKnown()).isFalse();
    assertThat(e.operation().known()).isEqualTo(EksOperation.Known.UNRECOGNIZED);
    assertThat(e.operation().value()).isEqualTo("CreateWidget");
    assertThat(e.clusterName()).isEmpty();
  }

  @Test
  void leavesOtherServicesOperationsOfTheSameNameAlone() {
    CloudTrailEvent ecs = CloudTrailEvent.builder().eventSource("ecs.amazonaws.com").eventName("CreateCluster")
        .requestParameters(JsonValue.parse("{\"clusterName\":\"default\"}")).build();

    assertThat(EksEvent.of(ecs)).isEmpty();
    assertThat(EksEvent.of(CloudTrailEvent.builder().build())).isEmpty();
    assertThat(EksEvent.of(CloudTrailEvent.builder().eventSource(EksEvent.EVENT_SOURCE).build())).isEmpty();
  }

  @Test
  void keepsMembersAndEnumValuesTheLibraryDoesNotKnow() {
    CloudTrailEvent event = eks("CreateCluster", "{\"name\":\"prod\",\"resourcesVpcConfig\":{\"subnetIds\":[\"s\"],"
        + "\"quantumTunnel\":true},\"accessConfig\":{\"authenticationMode\":\"OIDC_ONLY\"},\"futureMember\":{\"a\":1}}");

    CreateClusterRequest r = ((CreateClusterEvent) EksEvent.of(event).orElseThrow()).request();
    assertThat(r.unknownFields()).containsOnlyKeys("futureMember");
    assertThat(r.unknownFields().get("futureMember")).isEqualTo(JsonValue.parse("{\"a\":1}"));
    assertThat(r.resourcesVpcConfig().orElseThrow().unknownFields()).containsOnlyKeys("quantumTunnel");
    AuthenticationMode mode = r.accessConfig().orElseThrow().authenticationMode().orElseThrow();
    assertThat(mode.isKnown()).isFalse();
    assertThat(mode.value()).isEqualTo("OIDC_ONLY");
  }

  @Test
  void readsTheGaNameBeforeThePreGaClusterName() {
    CreateClusterRequest r = ((CreateClusterEvent) EksEvent.of(
        eks("CreateCluster", "{\"name\":\"ga\",\"clusterName\":\"preview\"}")).orElseThrow()).request();

    assertThat(r.name()).contains("ga");
    assertThat(r.unknownFields()).containsOnlyKeys("clusterName");
  }

  @Test
  void aFailedCallWithoutParametersStillHasAnEmptyRequest() {
    DeleteClusterEvent e = (DeleteClusterEvent) EksEvent.of(CloudTrailEvent.builder()
        .eventSource("eks.amazonaws.com").eventName("DeleteCluster").errorCode("AccessDeniedException").build())
        .orElseThrow();

    assertThat(TestRecords.present(e.request())).isEmpty();
    assertThat(e.cluster()).isEmpty();
    assertThat(e.clusterName()).isEmpty();
    assertThat(e.succeeded()).isFalse();
  }

  @Test
  void aMapperOfOnesOwnDoesNotDisplaceTheEksMappers() {
    // EKS Auth is another service: the EKS provider has no mapper for it, and a reader's own mapper adds to the
    // providers' mappers rather than replacing them
    CloudTrailReader reader = CloudTrailReader.builder().mapper(CloudTrailEventMapper.of(String.class,
        EventKey.of("eks-auth.amazonaws.com", "AssumeRoleForPodIdentity"), e -> "pod identity")).build();
    try (Stream<CloudTrailEvent> events = reader.read(Path.of("src/test/resources/trees/eks-seed/AWSLogs"))) {
      assertThat(events.flatMap(reader.typed(EksEvent.class))).singleElement().isInstanceOf(CreateClusterEvent.class);
    }
  }

  static CloudTrailEvent eks(String operation, String request) {
    return CloudTrailEvent.builder().eventSource(EksEvent.EVENT_SOURCE).eventName(operation)
        .requestParameters(JsonValue.parse(request)).build();
  }
}
