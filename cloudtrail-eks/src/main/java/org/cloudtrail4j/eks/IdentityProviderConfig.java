package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/** An object representing an identity provider configuration. Model shape {@code IdentityProviderConfig}. */
@Value.Immutable
@EksStyle
public abstract class IdentityProviderConfig {
  IdentityProviderConfig() {}

  /** The type of the identity provider configuration ({@code type}). */
  public abstract Optional<String> type();

  /** The name of the identity provider configuration ({@code name}). */
  public abstract Optional<String> name();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link IdentityProviderConfig}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableIdentityProviderConfig.Builder {
    Builder() {}
  }
}
