package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * The {@code requestParameters} of an EKS {@code DisassociateIdentityProviderConfig} call, member by member with the
 * names CloudTrail records (model shape {@code DisassociateIdentityProviderConfigRequest}). Members the record does
 * not have are absent.
 */
@Value.Immutable
@EksStyle
public abstract class DisassociateIdentityProviderConfigRequest {
  DisassociateIdentityProviderConfigRequest() {}

  /** The name of your cluster. Percent-decoded: CloudTrail records this path label URL-encoded ({@code name}). */
  public abstract Optional<String> name();

  /** An object representing an identity provider configuration ({@code identityProviderConfig}). */
  public abstract Optional<IdentityProviderConfig> identityProviderConfig();

  /**
   * A unique, case-sensitive identifier that you provide to ensure the idempotency of the request
   * ({@code clientRequestToken}).
   */
  public abstract Optional<String> clientRequestToken();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DisassociateIdentityProviderConfigRequest}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableDisassociateIdentityProviderConfigRequest.Builder {
    Builder() {}
  }
}
