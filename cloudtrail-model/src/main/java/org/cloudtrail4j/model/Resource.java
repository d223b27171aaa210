package org.cloudtrail4j.model;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.model.internal.CloudTrailStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * One element of a record's {@code resources} array (since eventVersion 1.04): a resource the call touched.
 * CloudTrail spells the ARN key {@code ARN}, in upper case.
 *
 * @since 0.1.0
 */
@Value.Immutable
@CloudTrailStyle
public abstract class Resource {
  Resource() {}

  /** {@return the resource's ARN ({@code ARN} on the wire)} */
  public abstract Optional<String> arn();

  /** {@return a prefix of ARNs when the call touched many objects ({@code ARNPrefix}; S3 data events)} */
  public abstract Optional<String> arnPrefix();

  /** {@return the account that owns the resource} */
  public abstract Optional<String> accountId();

  /** {@return the resource type, e.g. {@code AWS::S3::Object} or {@code AWS::EKS::Cluster}} */
  public abstract Optional<String> type();

  /** {@return members this version of the library does not know, by wire name, kept exactly as they were} */
  public abstract Map<String, JsonValue> unknownFields();

  /** {@return a new builder for a {@code Resource}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Resource}; unset optional members are absent. */
  public static final class Builder extends ImmutableResource.Builder {
    Builder() {}
  }
}
