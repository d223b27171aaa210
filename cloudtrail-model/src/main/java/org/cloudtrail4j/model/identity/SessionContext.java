package org.cloudtrail4j.model.identity;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.model.internal.CloudTrailStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * The session of temporary credentials ({@code userIdentity.sessionContext}).
 *
 * @since 0.1.0
 */
@Value.Immutable
@CloudTrailStyle
public abstract class SessionContext {
  SessionContext() {}

  /** {@return when and how the session was created} */
  public abstract Optional<SessionAttributes> attributes();

  /** {@return the role or user that issued the credentials} */
  public abstract Optional<SessionIssuer> sessionIssuer();

  /** {@return web identity federation details, for web identity sessions} */
  public abstract Optional<WebIdFederationData> webIdFederationData();

  /** {@return the source identity set when the role was assumed (since eventVersion 1.08)} */
  public abstract Optional<String> sourceIdentity();

  /** {@return {@code 1.0} or {@code 2.0} for EC2 instance credentials delivered by IMDSv1 or IMDSv2} */
  public abstract Optional<String> ec2RoleDelivery();

  /** {@return true when a management account assumed root in a member account ({@code "true"} on the wire)} */
  public abstract Optional<Boolean> assumedRoot();

  /** {@return members this version of the library does not know, by wire name, kept exactly as they were} */
  public abstract Map<String, JsonValue> unknownFields();

  /** {@return a new builder for a {@code SessionContext}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SessionContext}; unset optional members are absent. */
  public static final class Builder extends ImmutableSessionContext.Builder {
    Builder() {}
  }
}
