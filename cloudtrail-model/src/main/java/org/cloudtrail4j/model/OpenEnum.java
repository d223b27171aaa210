package org.cloudtrail4j.model;

import java.util.Objects;

/**
 * A string-valued enumeration that the service may extend: the known constants plus any value a newer CloudTrail
 * writes, kept as-is, never an exception (as the AWS SDK's {@code UNKNOWN_TO_SDK_VERSION} enums, but keeping the
 * string in the value itself).
 *
 * <p>Switch on {@link #known()}, which is {@code UNRECOGNIZED} for a value this version of the library does not know;
 * {@link #value()} is always the string as written. Two instances are equal when their strings are equal.
 *
 * @param <K> the Java enum of the known values
 * @since 0.1.0
 */
public abstract class OpenEnum<K extends Enum<K>> {
  private final String value;
  private final K known;

  /**
   * For subclasses: {@code value} as written, {@code known} its constant or the {@code UNRECOGNIZED} one.
   *
   * @param value the value as written
   * @param known its constant, or the {@code UNRECOGNIZED} one
   */
  protected OpenEnum(String value, K known) {
    this.value = Objects.requireNonNull(value, "value");
    this.known = Objects.requireNonNull(known, "known");
  }

  /** {@return the value exactly as CloudTrail wrote it} */
  public final String value() {
    return value;
  }

  /** {@return the known constant, or {@code UNRECOGNIZED} for a value this version of the library does not know} */
  public final K known() {
    return known;
  }

  /** {@return true when {@link #known()} is not {@code UNRECOGNIZED}} */
  public final boolean isKnown() {
    return !known.name().equals("UNRECOGNIZED");
  }

  /** Equal when the same type and the same string. */
  @Override
  public final boolean equals(Object o) {
    return o == this || (o != null && o.getClass() == getClass() && ((OpenEnum<?>) o).value.equals(value));
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /** The value as written. */
  @Override
  public final String toString() {
    return value;
  }
}
