package org.cloudtrail4j.model.identity;

/**
 * An identity the service could not resolve ({@code type} {@code Unknown}), e.g. at an Identity Center
 * sign-in. This is CloudTrail's own type; a type this library does not know is an {@link UnrecognizedIdentity}.
 *
 * <p>Immutable and thread-safe; see {@link UserIdentity} for the members.
 *
 * @since 0.1.0
 */
public final class UnknownIdentity extends UserIdentity {
  UnknownIdentity(Builder builder) {
    super(builder);
  }
}
