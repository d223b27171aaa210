package org.cloudtrail4j.model.identity;

/**
 * An AWS service principal ({@code type} {@code AWSService}), named by {@code invokedBy}.
 *
 * <p>Immutable and thread-safe; see {@link UserIdentity} for the members.
 *
 * @since 0.1.0
 */
public final class AwsService extends UserIdentity {
  AwsService(Builder builder) {
    super(builder);
  }
}
