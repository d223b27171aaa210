package org.cloudtrail4j.model.identity;

/**
 * A SAML federated user ({@code type} {@code SAMLUser}), with {@code userName} and {@code identityProvider}.
 *
 * <p>Immutable and thread-safe; see {@link UserIdentity} for the members.
 *
 * @since 0.1.0
 */
public final class SamlUser extends UserIdentity {
  SamlUser(Builder builder) {
    super(builder);
  }
}
