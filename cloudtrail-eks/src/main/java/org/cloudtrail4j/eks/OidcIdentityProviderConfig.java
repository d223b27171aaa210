package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * An object representing an OpenID Connect (OIDC) configuration. Model shape
 * {@code OidcIdentityProviderConfigRequest}.
 */
@Value.Immutable
@EksStyle
public abstract class OidcIdentityProviderConfig {
  OidcIdentityProviderConfig() {}

  /** The name of the OIDC provider configuration ({@code identityProviderConfigName}). */
  public abstract Optional<String> identityProviderConfigName();

  /**
   * The URL of the OIDC identity provider that allows the API server to discover public signing keys for verifying
   * tokens ({@code issuerUrl}).
   */
  public abstract Optional<String> issuerUrl();

  /** This is also known as audience ({@code clientId}). */
  public abstract Optional<String> clientId();

  /** The JSON Web Token (JWT) claim to use as the username ({@code usernameClaim}). */
  public abstract Optional<String> usernameClaim();

  /**
   * The prefix that is prepended to username claims to prevent clashes with existing names ({@code usernamePrefix}).
   */
  public abstract Optional<String> usernamePrefix();

  /** The JWT claim that the provider uses to return your groups ({@code groupsClaim}). */
  public abstract Optional<String> groupsClaim();

  /**
   * The prefix that is prepended to group claims to prevent clashes with existing names (such as {@code system:}
   * groups) ({@code groupsPrefix}).
   */
  public abstract Optional<String> groupsPrefix();

  /** The key value pairs that describe required claims in the identity token ({@code requiredClaims}). */
  public abstract Map<String, String> requiredClaims();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link OidcIdentityProviderConfig}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableOidcIdentityProviderConfig.Builder {
    Builder() {}
  }
}
