package org.cloudtrail4j.model.identity;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.model.internal.CloudTrailStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * The resource scope that temporary credentials were issued in ({@code userIdentity.inScopeOf}), for service-issued
 * credentials such as Lambda's or ECS tasks'.
 *
 * @since 0.1.0
 */
@Value.Immutable
@CloudTrailStyle
public abstract class InScopeOf {
  InScopeOf() {}

  /** {@return the resource the credentials were issued for} */
  public abstract Optional<String> sourceArn();

  /** {@return the account that owns {@code sourceArn}} */
  public abstract Optional<String> sourceAccount();

  /** {@return the type of the issuing resource, e.g. {@code AWS::Lambda::Function}} */
  public abstract Optional<String> issuerType();

  /** {@return the resource the credentials were issued to} */
  public abstract Optional<String> credentialsIssuedTo();

  /** {@return members this version of the library does not know, by wire name, kept exactly as they were} */
  public abstract Map<String, JsonValue> unknownFields();

  /** {@return a new builder for a {@code InScopeOf}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link InScopeOf}; unset optional members are absent. */
  public static final class Builder extends ImmutableInScopeOf.Builder {
    Builder() {}
  }
}
