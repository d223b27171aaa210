package org.cloudtrail4j.model.identity;

/**
 * An IAM user ({@code type} {@code IAMUser}) with long-term or console session credentials.
 *
 * <p>Immutable and thread-safe; see {@link UserIdentity} for the members.
 *
 * @since 0.1.0
 */
public final class IamUser extends UserIdentity {
  IamUser(Builder builder) {
    super(builder);
  }
}
