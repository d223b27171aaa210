package org.cloudtrail4j.model.identity;

/**
 * The account's root user ({@code type} {@code Root}). {@code principalId} is the account ID and the ARN is
 * {@code arn:aws:iam::<account>:root}.
 *
 * <p>Immutable and thread-safe; see {@link UserIdentity} for the members.
 *
 * @since 0.1.0
 */
public final class Root extends UserIdentity {
  Root(Builder builder) {
    super(builder);
  }
}
