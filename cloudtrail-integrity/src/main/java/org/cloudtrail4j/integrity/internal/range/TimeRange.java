package org.cloudtrail4j.integrity.internal.range;

import java.time.Instant;
import java.util.Objects;

/**
 * The check of a validation's time range, as {@code between(from, until)} takes it: in {@code TrailValidator.Builder}
 * and in {@code cloudtrail-s3}'s {@code CloudTrailPublicKeys.Builder}, whose ranges must be the same. Its package is
 * exported to {@code org.cloudtrail4j.s3} only, and holds nothing else.
 */
public final class TimeRange {
  private TimeRange() {}

  /**
   * Checks {@code [from, until]}: both given, {@code from} not after {@code until}.
   *
   * @param from the start
   * @param until the end
   * @throws NullPointerException naming the missing argument
   * @throws IllegalArgumentException if {@code from} is after {@code until}
   */
  public static void check(Instant from, Instant until) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    if (from.isAfter(until)) {
      // "not after", as checked: from == until is a range, the AWS CLI's "must occur before" notwithstanding
      throw new IllegalArgumentException("start time " + from + " must not be after end time " + until);
    }
  }
}
