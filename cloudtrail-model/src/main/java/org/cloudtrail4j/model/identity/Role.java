package org.cloudtrail4j.model.identity;

/**
 * A role ({@code type} {@code Role}); rare, with the same members as a session issuer.
 *
 * <p>Immutable and thread-safe; see {@link UserIdentity} for the members.
 *
 * @since 0.1.0
 */
public final class Role extends UserIdentity {
  Role(Builder builder) {
    super(builder);
  }
}
