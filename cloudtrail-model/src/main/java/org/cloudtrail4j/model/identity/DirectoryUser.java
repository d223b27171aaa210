package org.cloudtrail4j.model.identity;

/**
 * A Directory Service user ({@code type} {@code Directory}).
 *
 * <p>Immutable and thread-safe; see {@link UserIdentity} for the members.
 *
 * @since 0.1.0
 */
public final class DirectoryUser extends UserIdentity {
  DirectoryUser(Builder builder) {
    super(builder);
  }
}
