package org.cloudtrail4j.eks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudtrail4j.eks.model.AccessScopeType;
import org.cloudtrail4j.eks.model.AddonStatus;
import org.cloudtrail4j.eks.model.AmiType;
import org.cloudtrail4j.eks.model.ArgoCdRole;
import org.cloudtrail4j.eks.model.AuthenticationMode;
import org.cloudtrail4j.eks.model.CancellationStatus;
import org.cloudtrail4j.eks.model.CapabilityDeletePropagationPolicy;
import org.cloudtrail4j.eks.model.CapabilityStatus;
import org.cloudtrail4j.eks.model.CapabilityType;
import org.cloudtrail4j.eks.model.CapacityType;
import org.cloudtrail4j.eks.model.ClusterStatus;
import org.cloudtrail4j.eks.model.ControlPlaneEgressMode;
import org.cloudtrail4j.eks.model.EksAnywhereSubscriptionLicenseType;
import org.cloudtrail4j.eks.model.EksAnywhereSubscriptionTermUnit;
import org.cloudtrail4j.eks.model.FargateProfileStatus;
import org.cloudtrail4j.eks.model.InsightsRefreshStatus;
import org.cloudtrail4j.eks.model.IpFamily;
import org.cloudtrail4j.eks.model.LogType;
import org.cloudtrail4j.eks.model.NodegroupStatus;
import org.cloudtrail4j.eks.model.NodegroupUpdateStrategy;
import org.cloudtrail4j.eks.model.ProvisionedControlPlaneTier;
import org.cloudtrail4j.eks.model.RepairAction;
import org.cloudtrail4j.eks.model.ResolveConflicts;
import org.cloudtrail4j.eks.model.SpreadLevel;
import org.cloudtrail4j.eks.model.SsoIdentityType;
import org.cloudtrail4j.eks.model.SupportType;
import org.cloudtrail4j.eks.model.TaintEffect;
import org.cloudtrail4j.eks.model.UpdateParamType;
import org.cloudtrail4j.eks.model.UpdateStatus;
import org.cloudtrail4j.eks.model.UpdateType;
import org.cloudtrail4j.eks.model.WarmPoolState;
import org.cloudtrail4j.model.OpenEnum;
import org.cloudtrail4j.model.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every open enum of the module knows exactly the values of its model enum, so none can go stale unnoticed. */
class OpenEnumsTest {
  // Java class -> model shape; the model's issue and error codes are read as plain strings, not enums
  static final Map<Class<?>, String> MODEL_SHAPES = Map.ofEntries(
      Map.entry(AccessScopeType.class, "AccessScopeType"), Map.entry(AddonStatus.class, "AddonStatus"),
      Map.entry(AmiType.class, "AMITypes"), Map.entry(AuthenticationMode.class, "AuthenticationMode"),
      Map.entry(CancellationStatus.class, "CancellationStatus"), Map.entry(CapacityType.class, "CapacityTypes"),
      Map.entry(ClusterStatus.class, "ClusterStatus"),
      Map.entry(ControlPlaneEgressMode.class, "ControlPlaneEgressModeType"),
      Map.entry(FargateProfileStatus.class, "FargateProfileStatus"), Map.entry(IpFamily.class, "IpFamily"),
      Map.entry(LogType.class, "LogType"), Map.entry(NodegroupStatus.class, "NodegroupStatus"),
      Map.entry(NodegroupUpdateStrategy.class, "NodegroupUpdateStrategies"),
      Map.entry(ProvisionedControlPlaneTier.class, "ProvisionedControlPlaneTier"),
      Map.entry(RepairAction.class, "RepairAction"), Map.entry(ResolveConflicts.class, "ResolveConflicts"),
      Map.entry(SpreadLevel.class, "SpreadLevel"), Map.entry(SupportType.class, "SupportType"),
      Map.entry(TaintEffect.class, "TaintEffect"), Map.entry(UpdateParamType.class, "UpdateParamType"),
      Map.entry(UpdateStatus.class, "UpdateStatus"), Map.entry(UpdateType.class, "UpdateType"),
      Map.entry(WarmPoolState.class, "WarmPoolState"), Map.entry(EksOperation.class, "(operations)"),
      // added with the typed events of every mutating operation (capabilities, EKS Anywhere, insights)
      Map.entry(ArgoCdRole.class, "ArgoCdRole"),
      Map.entry(CapabilityDeletePropagationPolicy.class, "CapabilityDeletePropagationPolicy"),
      Map.entry(CapabilityStatus.class, "CapabilityStatus"), Map.entry(CapabilityType.class, "CapabilityType"),
      Map.entry(EksAnywhereSubscriptionLicenseType.class, "EksAnywhereSubscriptionLicenseType"),
      Map.entry(EksAnywhereSubscriptionTermUnit.class, "EksAnywhereSubscriptionTermUnit"),
      Map.entry(InsightsRefreshStatus.class, "InsightsRefreshStatus"), Map.entry(SsoIdentityType.class, "SsoIdentityType"));

  static Stream<Arguments> enums() {
    return MODEL_SHAPES.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  static List<String> modelValues(String shape) {
    if (shape.equals("(operations)")) {
      return List.copyOf(EksModel.INSTANCE.operations.keySet());
    }
    return EksModel.INSTANCE.enumValues(shape).orElseThrow().elements().stream()
        .map(v -> v.asString().orElseThrow()).collect(Collectors.toList());
  }

  static OpenEnum<?> of(Class<?> type, String value) throws ReflectiveOperationException {
    Method of = type.getMethod("of", String.class);
    return (OpenEnum<?>) of.invoke(null, value);
  }

  @ParameterizedTest
  @MethodSource("enums")
  void knowsExactlyTheValuesOfTheModel(Class<?> type, String shape) throws ReflectiveOperationException {
    List<String> values = modelValues(shape);
    Set<Enum<?>> known = new HashSet<>();
    for (String v : values) {
      OpenEnum<?> e = of(type, v);
      assertThat(e.isKnown()).as(type.getSimpleName() + " knows " + v).isTrue();
      assertThat(e.value()).isEqualTo(v);
      assertThat(of(type, v)).isSameAs(e);
      known.add(e.known());
    }
    Class<?> knownType = Class.forName(type.getName() + "$Known");
    assertThat(knownType.getEnumConstants()).as("the model's values and UNRECOGNIZED").hasSize(values.size() + 1);
    assertThat(known).hasSize(values.size());
  }

  @ParameterizedTest
  @MethodSource("enums")
  void keepsAValueItDoesNotKnow(Class<?> type, String shape) throws ReflectiveOperationException {
    OpenEnum<?> e = of(type, "SomethingNew");

    assertThat(e.isKnown()).isFalse();
    assertThat(e.known().name()).isEqualTo("UNRECOGNIZED");
    assertThat(e.value()).isEqualTo("SomethingNew");
    assertThat(e).isEqualTo(of(type, "SomethingNew")).hasToString("SomethingNew");
  }

  @Test
  void everyOpenEnumOfTheModuleIsChecked() throws IOException {
    Set<String> openEnums = new HashSet<>();
    for (String pkg : List.of("org.cloudtrail4j.eks", "org.cloudtrail4j.eks.model")) {
      try (Stream<Path> files = Files.list(Path.of("target/classes/" + pkg.replace('.', '/')))) {
        files.map(p -> p.getFileName().toString())
            .filter(n -> n.endsWith(".class") && !n.contains("$"))
            .map(n -> n.substring(0, n.length() - ".class".length()))
            .filter(n -> isOpenEnum(pkg + "." + n))
            .forEach(openEnums::add);
      }
    }
    assertThat(openEnums).containsExactlyInAnyOrderElementsOf(
        MODEL_SHAPES.keySet().stream().map(Class::getSimpleName).collect(Collectors.toList()));
  }

  @ParameterizedTest
  @MethodSource("enums")
  void hasAConstantPerValueThatIsTheInstanceOfReturns(Class<?> type, String shape) throws ReflectiveOperationException {
    for (String v : modelValues(shape)) {
      OpenEnum<?> e = of(type, v);
      Object constant = type.getField(e.known().name()).get(null);
      assertThat(constant).as(type.getSimpleName() + "." + e.known().name()).isSameAs(e);
    }
    assertThat((List<?>) type.getMethod("knownValues").invoke(null)).hasSize(modelValues(shape).size());
  }

  @Test
  void theConstantsCompareWithEquals() {
    assertThat(ClusterStatus.of("ACTIVE")).isEqualTo(ClusterStatus.ACTIVE).isSameAs(ClusterStatus.ACTIVE);
    assertThat(LogType.of("controllerManager")).isSameAs(LogType.CONTROLLER_MANAGER);
    assertThat(ProvisionedControlPlaneTier.of("tier-xl")).isSameAs(ProvisionedControlPlaneTier.TIER_XL);
    assertThat(ClusterStatus.of("HIBERNATING")).isNotEqualTo(ClusterStatus.ACTIVE);
  }

  @Test
  void theOperationsAreTheModels65InAlphabeticalOrder() {
    assertThat(EksOperation.knownValues()).extracting(EksOperation::value)
        .hasSize(65).isSorted().containsExactlyElementsOf(modelValues("(operations)").stream().sorted()
            .collect(Collectors.toList()));
    assertThat(EksOperation.knownValues().stream().filter(EksOperation::readOnly)).hasSize(29);
  }

  @Test
  void theModelIsTheCopyDescribedInProvenance() {
    JsonValue metadata = JsonValue.parse(EksModel.read()).get("metadata");
    assertThat(metadata.get("apiVersion").asString()).contains("2017-11-01");
    assertThat(metadata.get("uid").asString()).contains("eks-2017-11-01");
  }

  private static boolean isOpenEnum(String name) {
    try {
      return OpenEnum.class.isAssignableFrom(Class.forName(name));
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}
