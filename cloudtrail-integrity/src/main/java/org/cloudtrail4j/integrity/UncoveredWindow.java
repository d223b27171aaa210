package org.cloudtrail4j.integrity;

import java.time.Instant;
import java.util.Objects;

/**
 * A delivery-time window of one digest chain that no valid or unverified digest covers.
 *
 * <p>{@link ValidationStatus#TIME_GAP} as the cause means the chain simply restarted (logging stopped and started,
 * validation disabled and enabled): CloudTrail delivered no digest for the window, and the AWS CLI prints it as
 * "No log files were delivered by CloudTrail between ..." without failing. Any other cause names what made the hole:
 * missing digests ({@link ValidationStatus#NOT_FOUND}, two deleted digests make one two-hour window), or digests that
 * failed validation; the requested range's tail after the newest digest is reported with
 * {@link ValidationStatus#NOT_FOUND} too (deleted newest digests leave no other trace).
 *
 * @param chain the chain, as {@code [prefix/]AWSLogs/[org/]<account>/CloudTrail-Digest/<region> <trail>}, with
 *     {@code (backfill)} appended for backfill digests
 * @param from start of the window (inclusive)
 * @param until end of the window (exclusive)
 * @param cause {@link ValidationStatus#TIME_GAP} for a restart, otherwise the failure that opened the window
 * @since 0.1.0
 */
public record UncoveredWindow(String chain, Instant from, Instant until, ValidationStatus cause) {
  /**
   * Checks the members.
   *
   * @param chain see the record description
   * @param from see the record description
   * @param until see the record description
   * @param cause see the record description
   */
  public UncoveredWindow {
    Objects.requireNonNull(chain, "chain");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(cause, "cause");
  }

  /**
   * Whether the window is a failure (anything but a restart of the chain).
   *
   * @return true unless the cause is {@link ValidationStatus#TIME_GAP}
   */
  public boolean failure() {
    return cause != ValidationStatus.TIME_GAP;
  }
}
