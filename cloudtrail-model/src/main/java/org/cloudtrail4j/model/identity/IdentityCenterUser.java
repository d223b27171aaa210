package org.cloudtrail4j.model.identity;

/**
 * An IAM Identity Center user ({@code type} {@code IdentityCenterUser}), with {@code onBehalfOf} and
 * {@code credentialId}.
 *
 * <p>Immutable and thread-safe; see {@link UserIdentity} for the members.
 *
 * @since 0.1.0
 */
public final class IdentityCenterUser extends UserIdentity {
  IdentityCenterUser(Builder builder) {
    super(builder);
  }
}
