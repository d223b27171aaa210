package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * An object representing the scaling configuration details for the Auto Scaling group that is associated with your
 * node group. Model shape {@code NodegroupScalingConfig}.
 */
@Value.Immutable
@EksStyle
public abstract class NodegroupScalingConfig {
  NodegroupScalingConfig() {}

  /** The minimum number of nodes that the managed node group can scale in to ({@code minSize}). */
  public abstract Optional<Integer> minSize();

  /** The maximum number of nodes that the managed node group can scale out to ({@code maxSize}). */
  public abstract Optional<Integer> maxSize();

  /** The current number of nodes that the managed node group should maintain ({@code desiredSize}). */
  public abstract Optional<Integer> desiredSize();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NodegroupScalingConfig}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableNodegroupScalingConfig.Builder {
    Builder() {}
  }
}
