package org.cloudtrail4j.model.identity;

/**
 * An identity whose {@code type} this version of the library does not know, or that has no {@code type} at all
 * (AWS-internal records carry only {@code accountId} and {@code invokedBy}). {@link #type()} keeps the string as written.
 *
 * <p>Immutable and thread-safe; see {@link UserIdentity} for the members.
 */
public final class OtherIdentity extends UserIdentity {
  OtherIdentity(Builder builder) {
    super(builder);
  }
}
