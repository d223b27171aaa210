package org.cloudtrail4j.model.identity;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.model.internal.CloudTrailStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * Web identity federation details ({@code sessionContext.webIdFederationData}) for credentials from
 * {@code AssumeRoleWithWebIdentity}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@CloudTrailStyle
public abstract class WebIdFederationData {
  WebIdFederationData() {}

  /** {@return the identity provider, e.g. {@code accounts.google.com} or an EKS OIDC issuer ARN} */
  public abstract Optional<String> federatedProvider();

  /** {@return provider attributes (audience, subject), as recorded} */
  public abstract Optional<JsonValue> attributes();

  /** {@return members this version of the library does not know, by wire name, kept exactly as they were} */
  public abstract Map<String, JsonValue> unknownFields();

  /** {@return a new builder for a {@code WebIdFederationData}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WebIdFederationData}; unset optional members are absent. */
  public static final class Builder extends ImmutableWebIdFederationData.Builder {
    Builder() {}
  }
}
