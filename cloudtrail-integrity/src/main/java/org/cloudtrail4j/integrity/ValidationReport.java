package org.cloudtrail4j.integrity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything one validation found: a result per digest file and per log file, and the uncovered windows. Immutable.
 *
 * <p>Digests are ordered by chain, then oldest first; log files by key.
 *
 * @since 0.1.0
 */
public final class ValidationReport {
  private final List<DigestResult> digests;
  private final List<LogFileResult> logFiles;
  private final List<UncoveredWindow> uncoveredWindows;
  private final Optional<Instant> from;
  private final Optional<Instant> until;

  /**
   * A report over the given results.
   *
   * @param digests a result per digest file
   * @param logFiles a result per log file
   * @param uncoveredWindows the windows no valid digest covers
   * @param from the start of the requested range, if one was given
   * @param until the end of the requested range, if one was given
   */
  public ValidationReport(List<DigestResult> digests, List<LogFileResult> logFiles,
      List<UncoveredWindow> uncoveredWindows, Optional<Instant> from, Optional<Instant> until) {
    this.digests = List.copyOf(digests);
    this.logFiles = List.copyOf(logFiles);
    this.uncoveredWindows = List.copyOf(uncoveredWindows);
    this.from = from;
    this.until = until;
  }

  /**
   * The result of every digest file, missing ones included.
   *
   * @return the digest results, by chain and oldest first
   */
  public List<DigestResult> digests() {
    return digests;
  }

  /**
   * The result of every log file a digest lists, and of every log file present that none lists.
   *
   * @return the log-file results, by key
   */
  public List<LogFileResult> logFiles() {
    return logFiles;
  }

  /**
   * The windows of delivery time that no valid or unverified digest covers, per chain.
   *
   * @return the windows, by chain and time
   */
  public List<UncoveredWindow> uncoveredWindows() {
    return uncoveredWindows;
  }

  /**
   * The start of the requested range.
   *
   * @return the start, or empty when the whole tree was validated
   */
  public Optional<Instant> from() {
    return from;
  }

  /**
   * The end of the requested range.
   *
   * @return the end, or empty when the whole tree was validated
   */
  public Optional<Instant> until() {
    return until;
  }

  /**
   * How many digests (standard and backfill) have the given status.
   *
   * @param status the status to count
   * @return the number of digest results with it
   */
  public long digestCount(ValidationStatus status) {
    return digests.stream().filter(d -> d.status() == status).count();
  }

  /**
   * How many log files have the given status.
   *
   * @param status the status to count
   * @return the number of log-file results with it
   */
  public long logFileCount(ValidationStatus status) {
    return logFiles.stream().filter(l -> l.status() == status).count();
  }

  /**
   * Whether the trail passed: no digest, log file or window failed ({@link ValidationStatus#failure()}).
   * Unverified digests and restarts of a chain do not fail it, as in the AWS CLI.
   *
   * @return true when nothing failed
   */
  public boolean passed() {
    return digests.stream().noneMatch(d -> d.status().failure())
        && logFiles.stream().noneMatch(l -> l.status().failure())
        && uncoveredWindows.stream().noneMatch(UncoveredWindow::failure);
  }

  /**
   * The earliest {@code digestStartTime} of a valid digest.
   *
   * @return the start of the verified coverage, or empty when no digest is valid
   */
  public Optional<Instant> coveredFrom() {
    return digests.stream().filter(d -> d.status() == ValidationStatus.VALID).map(DigestResult::startTime)
        .flatMap(Optional::stream).min(Instant::compareTo);
  }

  /**
   * The latest {@code digestEndTime} of a valid digest.
   *
   * @return the end of the verified coverage, or empty when no digest is valid
   */
  public Optional<Instant> coveredUntil() {
    return digests.stream().filter(d -> d.status() == ValidationStatus.VALID).map(DigestResult::endTime)
        .flatMap(Optional::stream).max(Instant::compareTo);
  }

  @Override
  public String toString() {
    return "ValidationReport[digests=" + digests.size() + " (" + digestCount(ValidationStatus.VALID) + " valid), "
        + "logFiles=" + logFiles.size() + " (" + logFileCount(ValidationStatus.VALID) + " valid), uncoveredWindows="
        + uncoveredWindows.size() + ", passed=" + passed() + "]";
  }
}
