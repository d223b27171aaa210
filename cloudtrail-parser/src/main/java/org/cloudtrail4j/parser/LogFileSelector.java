package org.cloudtrail4j.parser;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which account, region and day folders and which files of CloudTrail's layout can hold records a reader's filter
 * accepts: the pruning rule shared by the directory walker, the S3 source and the other modules. Get a reader's with
 * {@link CloudTrailReader#logFileSelector()}.
 *
 * <p>The rule: a folder or file is skipped only when no record in it can pass the filter. Account and region folders
 * are the records' {@code recipientAccountId} and {@code awsRegion}. The day folders and the time in a file's name are
 * when the file was delivered, and a file holds only records from before its delivery, so a lower time bound
 * {@code from} is exact: days before {@code from}'s day and files delivered in a minute that ended by {@code from} are
 * skipped. Delivery can lag the records by minutes, rarely more, so an upper bound {@code until} keeps files delivered
 * before {@code until + deliveryLag} ({@link CloudTrailReader.Builder#deliveryLag}, one day by default). The record
 * filter then makes the result exact: pruning never changes which records come out, only how many files are opened
 * (as long as no file arrived later than the lag). Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class LogFileSelector {
  private static final LogFileSelector ALL = new LogFileSelector(null, null, null, null, Duration.ZERO);

  private final Set<String> accountIds;
  private final Set<String> regions;
  private final Instant from;
  private final Instant until;
  private final Duration deliveryLag;
  private final LocalDate firstDay;
  private final LocalDate lastDay;

  private LogFileSelector(Set<String> accountIds, Set<String> regions, Instant from, Instant until,
      Duration deliveryLag) {
    this.accountIds = accountIds == null ? null : Set.copyOf(accountIds);
    this.regions = regions == null ? null : Set.copyOf(regions);
    this.from = from;
    this.until = until;
    this.deliveryLag = deliveryLag;
    this.firstDay = from == null ? null : LocalDate.ofInstant(from, ZoneOffset.UTC);
    // the last day whose start is before until + lag
    this.lastDay = until == null ? null
        : LocalDate.ofInstant(until.plus(deliveryLag).minusNanos(1), ZoneOffset.UTC);
  }

  /**
   * Selects everything.
   *
   * @return the selector that prunes nothing
   */
  public static LogFileSelector all() {
    return ALL;
  }

  /**
   * A selector from a filter's facts.
   *
   * @param accountIds the accounts whose records can pass, or null for any
   * @param regions the regions whose records can pass, or null for any
   * @param from the earliest event time that can pass, or null for none
   * @param until the first event time, after {@code from}, that cannot pass, or null for none
   * @param deliveryLag how long after its records a file may be delivered; not negative
   * @return the selector
   * @throws IllegalArgumentException if {@code deliveryLag} is negative
   */
  public static LogFileSelector of(Set<String> accountIds, Set<String> regions, Instant from, Instant until,
      Duration deliveryLag) {
    Objects.requireNonNull(deliveryLag, "deliveryLag");
    if (deliveryLag.isNegative()) {
      throw new IllegalArgumentException("deliveryLag must not be negative: " + deliveryLag);
    }
    if (accountIds == null && regions == null && from == null && until == null) {
      return ALL;
    }
    return new LogFileSelector(accountIds, regions, from, until, deliveryLag);
  }

  /**
   * True when this selector prunes nothing.
   *
   * @return whether every folder and file is selected
   */
  public boolean selectsAll() {
    return accountIds == null && regions == null && from == null && until == null;
  }

  /**
   * The accounts selected.
   *
   * @return the account ids, or empty for any
   */
  public Optional<Set<String>> accountIds() {
    return Optional.ofNullable(accountIds);
  }

  /**
   * The regions selected.
   *
   * @return the regions, or empty for any
   */
  public Optional<Set<String>> regions() {
    return Optional.ofNullable(regions);
  }

  /**
   * The first delivery day selected (UTC), from the lower time bound.
   *
   * @return the first day, or empty without a lower bound
   */
  public Optional<LocalDate> firstDay() {
    return Optional.ofNullable(firstDay);
  }

  /**
   * The last delivery day selected (UTC), from the upper time bound plus the delivery lag.
   *
   * @return the last day, or empty without an upper bound
   */
  public Optional<LocalDate> lastDay() {
    return Optional.ofNullable(lastDay);
  }

  /**
   * Whether records of {@code accountId} can pass.
   *
   * @param accountId an account folder's name
   * @return false when the folder can be skipped
   */
  public boolean selectsAccount(String accountId) {
    return accountIds == null || accountIds.contains(accountId);
  }

  /**
   * Whether records of {@code region} can pass.
   *
   * @param region a region folder's name
   * @return false when the folder can be skipped
   */
  public boolean selectsRegion(String region) {
    return regions == null || regions.contains(region);
  }

  /**
   * Whether files delivered in {@code year} can hold records that pass.
   *
   * @param year a year folder's value
   * @return false when the folder can be skipped
   */
  public boolean selectsYear(int year) {
    return (firstDay == null || year >= firstDay.getYear()) && (lastDay == null || year <= lastDay.getYear());
  }

  /**
   * Whether files delivered in {@code month} can hold records that pass.
   *
   * @param month a month folder's value
   * @return false when the folder can be skipped
   */
  public boolean selectsMonth(YearMonth month) {
    return (firstDay == null || !month.isBefore(YearMonth.from(firstDay)))
        && (lastDay == null || !month.isAfter(YearMonth.from(lastDay)));
  }

  /**
   * Whether files delivered on {@code day} (UTC) can hold records that pass.
   *
   * @param day a day folder's date
   * @return false when the folder can be skipped
   */
  public boolean selectsDay(LocalDate day) {
    return (firstDay == null || !day.isBefore(firstDay)) && (lastDay == null || !day.isAfter(lastDay));
  }

  /**
   * Whether a file delivered at {@code deliveryTime} (to the minute, as in its name) can hold records that pass.
   *
   * @param deliveryTime the time in the file's name
   * @return false when the file can be skipped
   */
  public boolean selectsDelivery(Instant deliveryTime) {
    // the name is truncated to the minute: the file was delivered before the end of that minute
    return (from == null || deliveryTime.plusSeconds(60).isAfter(from))
        && (until == null || deliveryTime.isBefore(until.plus(deliveryLag)));
  }

  /**
   * Whether the file at {@code key} can hold records that pass, by its account, region, day and delivery time; its
   * {@link LogFileKey#kind() kind} is not considered.
   *
   * @param key a parsed key
   * @return false when the file can be skipped
   */
  public boolean selects(LogFileKey key) {
    Objects.requireNonNull(key, "key");
    return selectsAccount(key.accountId()) && key.region().map(this::selectsRegion).orElse(true)
        && key.date().map(this::selectsDay).orElse(true)
        && key.deliveryTime().map(this::selectsDelivery).orElse(true);
  }

  @Override
  public String toString() {
    return selectsAll() ? "LogFileSelector{all}"
        : "LogFileSelector{accounts=" + accountIds + " regions=" + regions + " from=" + from + " until=" + until
            + " lag=" + deliveryLag + "}";
  }
}
