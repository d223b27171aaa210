package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * An Auto Scaling group that is associated with an Amazon EKS managed node group. Model shape
 * {@code AutoScalingGroup}.
 */
@Value.Immutable
@EksStyle
public abstract class AutoScalingGroup {
  AutoScalingGroup() {}

  /** The name of the Auto Scaling group associated with an Amazon EKS managed node group ({@code name}). */
  public abstract Optional<String> name();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AutoScalingGroup}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableAutoScalingGroup.Builder {
    Builder() {}
  }
}
