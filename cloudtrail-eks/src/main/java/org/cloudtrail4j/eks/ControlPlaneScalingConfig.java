package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/** The control plane scaling tier configuration. Model shape {@code ControlPlaneScalingConfig}. */
@Value.Immutable
@EksStyle
public abstract class ControlPlaneScalingConfig {
  ControlPlaneScalingConfig() {}

  /** The control plane scaling tier configuration ({@code tier}). */
  public abstract Optional<ProvisionedControlPlaneTier> tier();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ControlPlaneScalingConfig}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableControlPlaneScalingConfig.Builder {
    Builder() {}
  }
}
