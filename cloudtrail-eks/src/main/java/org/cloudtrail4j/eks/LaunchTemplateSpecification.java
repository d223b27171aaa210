package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * An object representing a node group launch template specification. Model shape {@code LaunchTemplateSpecification}.
 */
@Value.Immutable
@EksStyle
public abstract class LaunchTemplateSpecification {
  LaunchTemplateSpecification() {}

  /** The name of the launch template ({@code name}). */
  public abstract Optional<String> name();

  /** The version number of the launch template to use ({@code version}). */
  public abstract Optional<String> version();

  /** The ID of the launch template ({@code id}). */
  public abstract Optional<String> id();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LaunchTemplateSpecification}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableLaunchTemplateSpecification.Builder {
    Builder() {}
  }
}
