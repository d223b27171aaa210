package org.cloudtrail4j.model.identity;

/**
 * Another AWS account ({@code type} {@code AWSAccount}): a cross-account call; {@code accountId} is the caller's.
 *
 * <p>Immutable and thread-safe; see {@link UserIdentity} for the members.
 *
 * @since 0.1.0
 */
public final class AwsAccount extends UserIdentity {
  AwsAccount(Builder builder) {
    super(builder);
  }
}
