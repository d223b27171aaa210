package org.cloudtrail4j.model.identity;

/**
 * Temporary credentials from {@code GetFederationToken} ({@code type} {@code FederatedUser}). The ARN is
 * {@code arn:aws:sts::<account>:federated-user/<name>}; the issuing user is in {@code sessionContext.sessionIssuer}.
 *
 * <p>Immutable and thread-safe; see {@link UserIdentity} for the members.
 *
 * @since 0.1.0
 */
public final class FederatedUser extends UserIdentity {
  FederatedUser(Builder builder) {
    super(builder);
  }
}
