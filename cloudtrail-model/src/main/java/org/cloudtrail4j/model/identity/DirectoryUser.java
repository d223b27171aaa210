package org.cloudtrail4j.model.identity;

/**
 * A Directory Service user ({@code type} {@code Directory}).
 *
 * <p>Immutable and thread-safe; see {@link UserIdentity} for the members.
 */
public final class DirectoryUser extends UserIdentity {
  DirectoryUser(Builder builder) {
    super(builder);
  }
}
