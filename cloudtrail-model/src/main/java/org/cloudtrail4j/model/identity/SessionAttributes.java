package org.cloudtrail4j.model.identity;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.model.internal.CloudTrailStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * The {@code sessionContext.attributes} of temporary credentials.
 *
 * @since 0.1.0
 */
@Value.Immutable
@CloudTrailStyle
public abstract class SessionAttributes {
  SessionAttributes() {}

  /** {@return when the credentials were issued ({@code creationDate}, ISO-8601 on the wire)} */
  public abstract Optional<Instant> creationDate();

  /**
   * {@return whether the root or IAM user authenticated with MFA} CloudTrail writes the string {@code "true"}/{@code
   * "false"}; a JSON boolean is accepted too.
   */
  public abstract Optional<Boolean> mfaAuthenticated();

  /** {@return members this version of the library does not know, by wire name, kept exactly as they were} */
  public abstract Map<String, JsonValue> unknownFields();

  /** {@return a new builder for a {@code SessionAttributes}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SessionAttributes}; unset optional members are absent. */
  public static final class Builder extends ImmutableSessionAttributes.Builder {
    Builder() {}
  }
}
