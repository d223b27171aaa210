package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * An object representing the OpenID Connect (OIDC) identity provider information for the cluster. Model shape
 * {@code OIDC}.
 */
@Value.Immutable
@EksStyle
public abstract class Oidc {
  Oidc() {}

  /** The issuer URL for the OIDC identity provider ({@code issuer}). */
  public abstract Optional<String> issuer();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Oidc}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableOidc.Builder {
    Builder() {}
  }
}
