package org.cloudtrail4j.model.identity;

/**
 * A web identity federated user ({@code type} {@code WebIdentityUser}), with {@code userName} and
 * {@code identityProvider}.
 *
 * <p>Immutable and thread-safe; see {@link UserIdentity} for the members.
 *
 * @since 0.1.0
 */
public final class WebIdentityUser extends UserIdentity {
  WebIdentityUser(Builder builder) {
    super(builder);
  }
}
