package org.cloudtrail4j.model.identity;

/**
 * An IAM Identity Center user ({@code type} {@code IdentityCenterUser}), with {@code onBehalfOf} and
 * {@code credentialId}.
 *
 * <p>Immutable and thread-safe; see {@link UserIdentity} for the members.
 */
public final class IdentityCenterUser extends UserIdentity {
  IdentityCenterUser(Builder builder) {
    super(builder);
  }
}
