package org.cloudtrail4j.eks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudtrail4j.eks.internal.EksMappers;
import org.cloudtrail4j.eks.model.AuthenticationMode;
import org.cloudtrail4j.eks.model.Cluster;
import org.cloudtrail4j.eks.model.ClusterStatus;
import org.cloudtrail4j.eks.model.ControlPlaneEgressMode;
import org.cloudtrail4j.eks.model.CreateClusterRequest;
import org.cloudtrail4j.eks.model.IpFamily;
import org.cloudtrail4j.eks.model.LogType;
import org.cloudtrail4j.eks.model.ProvisionedControlPlaneTier;
import org.cloudtrail4j.eks.model.SpreadLevel;
import org.cloudtrail4j.eks.model.SupportType;
import org.cloudtrail4j.eks.model.VpcConfig;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.json.JsonValue;
import org.cloudtrail4j.parser.CloudTrailReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The typed views against the EKS API model: for every operation with a typed event, a record with every request and
 * response member of the model set reads into the typed view with nothing left over and nothing changed. A member
 * botocore adds, once the model copy is updated, fails here until the typed view has it.
 */
class ModelConformanceTest {
  static final CloudTrailReader READER = CloudTrailReader.defaults();
  static final EksModel MODEL = EksModel.INSTANCE;
  // the response echoes the request's cluster name and (decoded) principal ARN; they are read from the request
  static final Map<String, Set<String>> RESPONSE_MEMBERS_READ_FROM_THE_REQUEST =
      Map.of("AssociateAccessPolicy", Set.of("clusterName", "principalArn"));

  static Stream<String> typedOperations() {
    return EksMappers.TYPED.stream().map(t -> t.operation).sorted();
  }

  static Stream<String> untypedOperations() {
    Set<String> typed = typedOperations().collect(Collectors.toSet());
    return MODEL.operations.keySet().stream().filter(o -> !typed.contains(o)).sorted();
  }

  static CloudTrailEvent record(String operation, String request, String response) {
    String json = "{\"eventVersion\":\"1.11\",\"eventTime\":\"2026-01-01T00:00:00Z\",\"eventSource\":\"eks.amazonaws.com\","
        + "\"eventName\":\"" + operation + "\",\"requestParameters\":" + request + ",\"responseElements\":" + response
        + "}";
    try (Stream<CloudTrailEvent> s = READER.read(json.getBytes(StandardCharsets.UTF_8))) {
      return s.collect(Collectors.toList()).get(0);
    }
  }

  @ParameterizedTest
  @MethodSource("typedOperations")
  void readsEveryRequestAndResponseMemberOfTheModel(String operation) {
    String request = ModelShapes.everyMember(MODEL.inputShape(operation));
    String response = ModelShapes.everyMember(MODEL.outputShape(operation));
    CloudTrailEvent event = record(operation, request, response);

    EksEvent typed = event.as(EksEvent.class).orElseThrow();

    assertThat(typed.getClass().getSuperclass().getSimpleName()).isEqualTo(operation + "Event");
    assertThat(typed.operation().value()).isEqualTo(operation);
    assertThat(typed.operation().isKnown()).isTrue();
    Object typedRequest = ModelShapes.accessor(typed, "request");
    assertThat(typedRequest.getClass().getSuperclass().getSimpleName()).isEqualTo(operation + "Request");
    ModelShapes.assertMatches(operation + ".request", typedRequest, JsonValue.parse(request),
        MODEL.inputShape(operation));
    ModelShapes.assertMembers(operation + ".response", typed, JsonValue.parse(response), MODEL.outputShape(operation),
        RESPONSE_MEMBERS_READ_FROM_THE_REQUEST.getOrDefault(operation, Set.of()));
  }

  @ParameterizedTest
  @MethodSource("typedOperations")
  void aTypedEventRebuiltFromItsBuilderIsEqual(String operation) {
    CloudTrailEvent event = record(operation, ModelShapes.everyMember(MODEL.inputShape(operation)),
        ModelShapes.everyMember(MODEL.outputShape(operation)));
    EksEvent typed = EksEvent.of(event).orElseThrow();

    assertThat(EksEvent.of(event)).contains(typed);
    assertThat(typed.toString()).startsWith(operation + "Event{");
  }

  @ParameterizedTest
  @MethodSource("untypedOperations")
  void everyOtherOperationReadsAsAnEksApiCallWithItsCluster(String operation) {
    String request = ModelShapes.everyMember(MODEL.inputShape(operation));
    EksApiCall call = record(operation, request, "null").as(EksApiCall.class).orElseThrow();

    assertThat(call.operation().value()).isEqualTo(operation);
    assertThat(call.operation().isKnown()).isTrue();
    assertThat(call.requestParameters()).contains(JsonValue.parse(request));
    String uri = MODEL.operations.get(operation).path("http", "requestUri").asString().orElseThrow();
    boolean aboutACluster = uri.startsWith("/clusters/{name}") || uri.startsWith("/cluster-registrations/{name}")
        || operation.equals("RegisterCluster");
    if (aboutACluster) {
      String name = JsonValue.parse(request).get("name").asString().orElseThrow();
      assertThat(call.clusterName()).contains(java.net.URLDecoder.decode(name, StandardCharsets.UTF_8));
    } else {
      assertThat(call.clusterName()).isEmpty();
    }
  }

  @Test
  void theHandMadeModernCreateClusterSetsEveryMemberOfTheModel() {
    CloudTrailEvent e = TestRecords.read("/records/handmade/eks-CreateCluster-every-member.json");
    ModelShapes.assertHasEveryMember("requestParameters", e.requestParameters().orElseThrow(), "CreateClusterRequest");
    ModelShapes.assertHasEveryMember("cluster", e.responseElements().orElseThrow().get("cluster"), "Cluster");
  }

  @Test
  void aModernCreateClusterWithEveryMemberRoundTripsThroughTheTypedView() {
    CloudTrailEvent e = TestRecords.read("/records/handmade/eks-CreateCluster-every-member.json");
    CreateClusterEvent create = e.as(CreateClusterEvent.class).orElseThrow();

    ModelShapes.assertMatches("request", create.request(), e.requestParameters().orElseThrow(),
        "CreateClusterRequest");
    ModelShapes.assertMatches("cluster", create.cluster().orElseThrow(),
        e.responseElements().orElseThrow().get("cluster"), "Cluster");
    assertThat(CreateClusterEvent.builder().from(create).build()).isEqualTo(create);
    assertThat(CreateClusterRequest.builder().from(create.request()).build()).isEqualTo(create.request());
  }

  @Test
  void aModernCreateClusterReadsIntoTypedMembers() {
    CreateClusterEvent e = TestRecords.eks("/records/handmade/eks-CreateCluster-every-member.json",
        CreateClusterEvent.class);
    CreateClusterRequest r = e.request();

    assertThat(e.clusterName()).contains("payments-prod");
    assertThat(r.version()).contains("1.34");
    VpcConfig vpc = r.resourcesVpcConfig().orElseThrow();
    assertThat(vpc.endpointPublicAccess()).contains(true);
    assertThat(vpc.publicAccessCidrs()).containsExactly("203.0.113.0/24");
    assertThat(vpc.controlPlaneEgressMode().orElseThrow().known()).isEqualTo(ControlPlaneEgressMode.Known.AWS_MANAGED);
    assertThat(r.kubernetesNetworkConfig().orElseThrow().ipFamily().orElseThrow().known())
        .isEqualTo(IpFamily.Known.IPV4);
    assertThat(r.logging().orElseThrow().clusterLogging()).extracting(s -> s.enabled().orElseThrow())
        .containsExactly(true, false);
    assertThat(r.logging().orElseThrow().clusterLogging().get(1).types()).extracting(LogType::known)
        .containsExactly(LogType.Known.CONTROLLER_MANAGER, LogType.Known.SCHEDULER);
    assertThat(r.tags()).containsExactly(Map.entry("team", "payments"), Map.entry("env", "prod"));
    assertThat(r.encryptionConfig()).singleElement()
        .satisfies(c -> assertThat(c.provider().orElseThrow().keyArn()).contains(
            "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"));
    assertThat(r.outpostConfig().orElseThrow().controlPlanePlacement().orElseThrow().spreadLevel().orElseThrow()
        .known()).isEqualTo(SpreadLevel.Known.HOST);
    assertThat(r.accessConfig().orElseThrow().authenticationMode().orElseThrow().known())
        .isEqualTo(AuthenticationMode.Known.API);
    assertThat(r.accessConfig().orElseThrow().bootstrapClusterCreatorAdminPermissions()).contains(false);
    assertThat(r.bootstrapSelfManagedAddons()).contains(false);
    assertThat(r.upgradePolicy().orElseThrow().supportType().orElseThrow().known())
        .isEqualTo(SupportType.Known.STANDARD);
    assertThat(r.zonalShiftConfig().orElseThrow().enabled()).contains(true);
    assertThat(r.remoteNetworkConfig().orElseThrow().remotePodNetworks()).singleElement()
        .satisfies(n -> assertThat(n.cidrs()).containsExactly("10.85.0.0/16"));
    assertThat(r.computeConfig().orElseThrow().nodePools()).containsExactly("general-purpose", "system");
    assertThat(r.storageConfig().orElseThrow().blockStorage().orElseThrow().enabled()).contains(true);
    assertThat(r.deletionProtection()).contains(true);
    assertThat(r.controlPlaneScalingConfig().orElseThrow().tier().orElseThrow().known())
        .isEqualTo(ProvisionedControlPlaneTier.Known.TIER_XL);

    Cluster c = e.cluster().orElseThrow();
    assertThat(c.createdAt()).contains(Instant.parse("2026-03-02T09:14:05.317Z"));
    assertThat(c.status().orElseThrow().known()).isEqualTo(ClusterStatus.Known.CREATING);
    assertThat(c.endpoint()).contains("https://0A1B2C3D4E5F60718293A4B5C6D7E8F9.gr7.eu-west-1.eks.amazonaws.com");
    assertThat(c.identity().orElseThrow().oidc().orElseThrow().issuer())
        .contains("https://oidc.eks.eu-west-1.amazonaws.com/id/0A1B2C3D4E5F60718293A4B5C6D7E8F9");
    assertThat(c.platformVersion()).contains("eks.12");
    assertThat(c.resourcesVpcConfig().orElseThrow().clusterSecurityGroupId()).contains("sg-0d4e5f60718293a4b");
    assertThat(c.kubernetesNetworkConfig().orElseThrow().serviceIpv6Cidr()).contains("fd00:ec2:0:1::/108");
    assertThat(c.connectorConfig().orElseThrow().activationExpiry()).contains(Instant.parse("2026-03-03T09:14:05.317Z"));
    assertThat(c.health().orElseThrow().issues()).singleElement()
        .satisfies(i -> assertThat(i.code()).contains("Ec2SubnetNotFound"));
    assertThat(c.deletionProtection()).contains(true);
  }

  @Test
  void everyOperationOfTheModelHasExactlyOneMapper() {
    // a typed event for each mutating operation; every other operation falls to the source-wide EksApiCall
    assertThat(typedOperations().collect(Collectors.toList())).doesNotHaveDuplicates();
    assertThat(Stream.concat(typedOperations(), untypedOperations()).sorted().collect(Collectors.toList()))
        .containsExactlyElementsOf(MODEL.operations.keySet().stream().sorted().collect(Collectors.toList()));
  }

  @Test
  void everyMutatingOperationOfTheModelHasATypedEvent() throws ClassNotFoundException {
    List<String> mutating = MODEL.mutatingOperations();
    assertThat(mutating).hasSize(36);
    assertThat(typedOperations().collect(Collectors.toList())).containsExactlyElementsOf(mutating);
    for (String operation : mutating) {
      Class<?> type = Class.forName("org.cloudtrail4j.eks." + operation + "Event");
      assertThat(EksEvent.class).isAssignableFrom(type);
      EksEvent typed = EksEvent.of(record(operation, "{}", "{}")).orElseThrow();
      assertThat(typed).as(operation).isInstanceOf(type);
      assertThat(typed.operation().value()).isEqualTo(operation);
    }
    assertThat(untypedOperations()).allSatisfy(o -> assertThat(EksOperation.of(o).readOnly()).as(o).isTrue());
  }
}
