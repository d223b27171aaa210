package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/** An object representing an identity provider. Model shape {@code Identity}. */
@Value.Immutable
@EksStyle
public abstract class ClusterIdentity {
  ClusterIdentity() {}

  /** An object representing the OpenID Connect identity provider information ({@code oidc}). */
  public abstract Optional<Oidc> oidc();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClusterIdentity}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableClusterIdentity.Builder {
    Builder() {}
  }
}
