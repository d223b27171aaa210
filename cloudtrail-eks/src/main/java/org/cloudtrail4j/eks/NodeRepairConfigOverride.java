package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/** Specify granular overrides for specific repair actions. Model shape {@code NodeRepairConfigOverrides}. */
@Value.Immutable
@EksStyle
public abstract class NodeRepairConfigOverride {
  NodeRepairConfigOverride() {}

  /**
   * Specify an unhealthy condition reported by the node monitoring agent that this override would apply to
   * ({@code nodeMonitoringCondition}).
   */
  public abstract Optional<String> nodeMonitoringCondition();

  /**
   * Specify a reason reported by the node monitoring agent that this override would apply to
   * ({@code nodeUnhealthyReason}).
   */
  public abstract Optional<String> nodeUnhealthyReason();

  /**
   * Specify the minimum time in minutes to wait before attempting to repair a node with this specific
   * {@code nodeMonitoringCondition} and {@code nodeUnhealthyReason} ({@code minRepairWaitTimeMins}).
   */
  public abstract Optional<Integer> minRepairWaitTimeMins();

  /**
   * Specify the repair action to take for nodes when all of the specified conditions are met ({@code repairAction}).
   */
  public abstract Optional<RepairAction> repairAction();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NodeRepairConfigOverride}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableNodeRepairConfigOverride.Builder {
    Builder() {}
  }
}
