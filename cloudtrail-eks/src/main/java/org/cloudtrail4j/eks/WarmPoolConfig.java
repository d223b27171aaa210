package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * The configuration for an Amazon EC2 Auto Scaling warm pool attached to an Amazon EKS managed node group. Model
 * shape {@code WarmPoolConfig}.
 */
@Value.Immutable
@EksStyle
public abstract class WarmPoolConfig {
  WarmPoolConfig() {}

  /** Specifies whether to attach warm pools on the managed node group ({@code enabled}). */
  public abstract Optional<Boolean> enabled();

  /** The minimum number of instances to maintain in the warm pool ({@code minSize}). */
  public abstract Optional<Integer> minSize();

  /**
   * The maximum total number of instances across the warm pool and Auto Scaling group combined
   * ({@code maxGroupPreparedCapacity}).
   */
  public abstract Optional<Integer> maxGroupPreparedCapacity();

  /** The desired state for warm pool instances ({@code poolState}). */
  public abstract Optional<WarmPoolState> poolState();

  /**
   * Indicates whether instances should return to the warm pool during scale-in events instead of being terminated
   * ({@code reuseOnScaleIn}).
   */
  public abstract Optional<Boolean> reuseOnScaleIn();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WarmPoolConfig}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableWarmPoolConfig.Builder {
    Builder() {}
  }
}
