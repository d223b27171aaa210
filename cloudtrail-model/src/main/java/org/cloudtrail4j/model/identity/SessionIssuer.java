package org.cloudtrail4j.model.identity;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.model.internal.CloudTrailStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * Who issued temporary credentials ({@code sessionContext.sessionIssuer}): the role for an assumed role, the user
 * for a federated user. CloudTrail writes {@code {}} for IAM users' console sessions: then every member is absent.
 *
 * @since 0.1.0
 */
@Value.Immutable
@CloudTrailStyle
public abstract class SessionIssuer {
  SessionIssuer() {}

  /** {@return the issuer's type: {@code Role}, {@code IAMUser} or {@code Root}} */
  public abstract Optional<String> type();

  /** {@return the issuer's principal ID} */
  public abstract Optional<String> principalId();

  /**
   * {@return the issuer's ARN} A service-linked role has the path {@code role/aws-service-role/<service principal>/}.
   */
  public abstract Optional<String> arn();

  /** {@return the account that owns the issuer} */
  public abstract Optional<String> accountId();

  /** {@return the issuer's friendly name: the role or user name} */
  public abstract Optional<String> userName();

  /** {@return members this version of the library does not know, by wire name, kept exactly as they were} */
  public abstract Map<String, JsonValue> unknownFields();

  /** {@return a new builder for a {@code SessionIssuer}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SessionIssuer}; unset optional members are absent. */
  public static final class Builder extends ImmutableSessionIssuer.Builder {
    Builder() {}
  }
}
