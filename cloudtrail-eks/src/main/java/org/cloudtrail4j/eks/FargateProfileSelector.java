package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/** An object representing an Fargate profile selector. Model shape {@code FargateProfileSelector}. */
@Value.Immutable
@EksStyle
public abstract class FargateProfileSelector {
  FargateProfileSelector() {}

  /** The Kubernetes {@code namespace} that the selector should match ({@code namespace}). */
  public abstract Optional<String> namespace();

  /** The Kubernetes labels that the selector should match ({@code labels}). */
  public abstract Map<String, String> labels();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FargateProfileSelector}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableFargateProfileSelector.Builder {
    Builder() {}
  }
}
