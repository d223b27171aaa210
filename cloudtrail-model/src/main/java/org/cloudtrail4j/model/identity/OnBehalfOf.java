package org.cloudtrail4j.model.identity;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.model.internal.CloudTrailStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * The IAM Identity Center user a call was made for ({@code userIdentity.onBehalfOf}).
 *
 * @since 0.1.0
 */
@Value.Immutable
@CloudTrailStyle
public abstract class OnBehalfOf {
  OnBehalfOf() {}

  /** {@return the Identity Center user ID} */
  public abstract Optional<String> userId();

  /** {@return the ARN of the identity store the user is in} */
  public abstract Optional<String> identityStoreArn();

  /** {@return members this version of the library does not know, by wire name, kept exactly as they were} */
  public abstract Map<String, JsonValue> unknownFields();

  /** {@return a new builder for a {@code OnBehalfOf}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link OnBehalfOf}; unset optional members are absent. */
  public static final class Builder extends ImmutableOnBehalfOf.Builder {
    Builder() {}
  }
}
