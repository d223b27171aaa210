package org.cloudtrail4j.model.identity;

/**
 * An identity whose {@code type} this version of the library does not know, or that has no {@code type} at all
 * (AWS-internal records carry only {@code accountId} and {@code invokedBy}). {@link #type()} keeps the string as written.
 *
 * <p>Immutable and thread-safe; see {@link UserIdentity} for the members.
 *
 * @since 0.1.0
 */
public final class UnrecognizedIdentity extends UserIdentity {
  UnrecognizedIdentity(Builder builder) {
    super(builder);
  }
}
