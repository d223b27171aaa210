package org.cloudtrail4j.eks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/** The node auto repair configuration for the node group. Model shape {@code NodeRepairConfig}. */
@Value.Immutable
@EksStyle
public abstract class NodeRepairConfig {
  NodeRepairConfig() {}

  /** Specifies whether to enable node auto repair for the node group ({@code enabled}). */
  public abstract Optional<Boolean> enabled();

  /**
   * Specify a count threshold of unhealthy nodes, above which node auto repair actions will stop
   * ({@code maxUnhealthyNodeThresholdCount}).
   */
  public abstract Optional<Integer> maxUnhealthyNodeThresholdCount();

  /**
   * Specify a percentage threshold of unhealthy nodes, above which node auto repair actions will stop
   * ({@code maxUnhealthyNodeThresholdPercentage}).
   */
  public abstract Optional<Integer> maxUnhealthyNodeThresholdPercentage();

  /**
   * Specify the maximum number of nodes that can be repaired concurrently or in parallel, expressed as a count of
   * unhealthy nodes ({@code maxParallelNodesRepairedCount}).
   */
  public abstract Optional<Integer> maxParallelNodesRepairedCount();

  /**
   * Specify the maximum number of nodes that can be repaired concurrently or in parallel, expressed as a percentage
   * of unhealthy nodes ({@code maxParallelNodesRepairedPercentage}).
   */
  public abstract Optional<Integer> maxParallelNodesRepairedPercentage();

  /** Specify granular overrides for specific repair actions ({@code nodeRepairConfigOverrides}). */
  public abstract List<NodeRepairConfigOverride> nodeRepairConfigOverrides();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NodeRepairConfig}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableNodeRepairConfig.Builder {
    Builder() {}
  }
}
