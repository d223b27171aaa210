package org.cloudtrail4j.parser.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.cloudtrail4j.parser.LogFileKey;
import org.cloudtrail4j.parser.LogFileSelector;

/**
 * A folder of CloudTrail's layout, {@code [prefix/]AWSLogs/[o-org/]<account>/<service>/<region>/YYYY/MM/DD/}, read
 * one name at a time from the top: where it sits, the account, service, region and delivery dates it implies, and
 * whether a {@link LogFileSelector} (whose last day includes the delivery lag) rules out every file below it. The one
 * reading of the layout for folders, used by the directory walk, {@code cloudtrail-s3}'s listing and
 * {@code cloudtrail-spark}'s (files are read by {@link LogFileKey}); what to do with another service's folder is
 * theirs.
 *
 * <p>A name that does not fit its place (an account that is not 12 digits, a month 13, a day 30 in February) leaves
 * the layout: nothing below it is pruned, unless an {@code AWSLogs} folder starts the layout again. Immutable.
 */
public final class LogFolder {
  /** Where a folder sits. */
  public enum Level {
    /** Not in the layout: above {@code AWSLogs}, or below a name that does not fit. */
    OUTSIDE,
    /** {@code AWSLogs}. */
    AWSLOGS,
    /** An organization trail's {@code o-xxxxxxxxxx}. */
    ORGANIZATION,
    /** A 12-digit account id. */
    ACCOUNT,
    /** A service: {@code CloudTrail}, {@code CloudTrail-Digest}, {@code CloudTrail-Insight} or another's. */
    SERVICE,
    /** A region. */
    REGION,
    /** A delivery year. */
    YEAR,
    /** A delivery month. */
    MONTH,
    /** A delivery day, which holds the files. */
    DAY
  }

  /** Not in the layout: the folder a walk starts from before it has read a name. */
  public static final LogFolder OUTSIDE = new LogFolder(Level.OUTSIDE, null, null, null, 0, 0, 0, null);
  private static final String TIME_RANGE = "delivered outside the filter's time range";

  private final Level level;
  private final String account;
  private final String service;
  private final String region;
  private final int year;
  private final int month;
  private final int day;
  /** The key from {@code AWSLogs/} down to this folder, with a trailing slash; null outside the layout. */
  private final String key;

  private LogFolder(Level level, String account, String service, String region, int year, int month, int day,
      String key) {
    this.level = level;
    this.account = account;
    this.service = service;
    this.region = region;
    this.year = year;
    this.month = month;
    this.day = day;
    this.key = key;
  }

  /**
   * The folder at {@code names}, read from the top; empty names (of doubled or trailing slashes) are passed over.
   *
   * @param names the path's names, e.g. a key's or a path's segments
   * @return the folder
   */
  public static LogFolder of(Iterable<String> names) {
    LogFolder f = OUTSIDE;
    for (String name : names) {
      if (!name.isEmpty()) {
        f = f.child(name);
      }
    }
    return f;
  }

  /**
   * The folder {@code name} in this one.
   *
   * @param name a folder name
   * @return the child
   */
  public LogFolder child(String name) {
    switch (level) {
      case AWSLOGS:
        if (isOrganizationId(name)) {
          return next(Level.ORGANIZATION, null, null, null, 0, 0, 0, name);
        }
        return isAccountId(name) ? next(Level.ACCOUNT, name, null, null, 0, 0, 0, name) : restart(name);
      case ORGANIZATION:
        return isAccountId(name) ? next(Level.ACCOUNT, name, null, null, 0, 0, 0, name) : restart(name);
      case ACCOUNT:
        return next(Level.SERVICE, account, name, null, 0, 0, 0, name);
      case SERVICE:
        return isRegion(name) ? next(Level.REGION, account, service, name, 0, 0, 0, name) : restart(name);
      case REGION: {
        int y = digits(name, 4);
        return y >= 0 ? next(Level.YEAR, account, service, region, y, 0, 0, name) : restart(name);
      }
      case YEAR: {
        int m = digits(name, 2);
        return m >= 1 && m <= 12 ? next(Level.MONTH, account, service, region, year, m, 0, name) : restart(name);
      }
      case MONTH: {
        int d = digits(name, 2);
        return d >= 1 && d <= YearMonth.of(year, month).lengthOfMonth()
            ? next(Level.DAY, account, service, region, year, month, d, name) : restart(name);
      }
      default:
        return restart(name);
    }
  }

  private LogFolder next(Level l, String a, String s, String r, int y, int m, int d, String name) {
    return new LogFolder(l, a, s, r, y, m, d, key + name + "/");
  }

  private static LogFolder restart(String name) {
    return name.equals("AWSLogs") ? new LogFolder(Level.AWSLOGS, null, null, null, 0, 0, 0, "AWSLogs/") : OUTSIDE;
  }

  /** {@return where this folder sits} */
  public Level level() {
    return level;
  }

  /** {@return the service folder's name (e.g. {@code CloudTrail}) at {@link Level#SERVICE} and below, else null} */
  public String service() {
    return service;
  }

  /** {@return whether this folder is or lies in a {@code CloudTrail} (log files) service folder} */
  public boolean inCloudTrailLogs() {
    return LogFileKey.CLOUDTRAIL.equals(service);
  }

  /**
   * The key of the file {@code fileName} in this folder, from {@code AWSLogs/}, for {@link LogFileKey#parse}.
   *
   * @param fileName the file's name
   * @return the key, or the name alone outside the layout
   */
  public String keyOf(String fileName) {
    return key == null ? fileName : key + fileName;
  }

  /**
   * Why {@code selector} rules out every file below this folder, or null when a file below may be kept: by its
   * account, its region, or its delivery dates (a year, month or day folder) against the selector's first and last
   * day, whose last day includes the delivery lag.
   *
   * @param selector the reader's pruning rule
   * @return the reason, as the listener is told it, or null
   */
  public String prunedBy(LogFileSelector selector) {
    if (account != null && !selector.selectsAccount(account)) {
      return "account not in the filter";
    }
    if (region != null && !selector.selectsRegion(region)) {
      return "region not in the filter";
    }
    switch (level) {
      case YEAR:
        return selector.selectsYear(year) ? null : TIME_RANGE;
      case MONTH:
        return selector.selectsMonth(YearMonth.of(year, month)) ? null : TIME_RANGE;
      case DAY:
        return selector.selectsDay(LocalDate.of(year, month, day)) ? null : TIME_RANGE;
      default:
        return null;
    }
  }

  /**
   * Whether {@code selector} can rule out a folder below this one, by account, region or date (true outside the
   * layout, where the layout may start below): when it cannot, a listing of everything below loses nothing to one
   * listing per folder. Files in a day folder may still be ruled out by their delivery time.
   *
   * @param selector the reader's pruning rule
   * @return whether a folder below may be pruned
   */
  public boolean selectorPrunesBelow(LogFileSelector selector) {
    boolean dates = selector.firstDay().isPresent() || selector.lastDay().isPresent();
    boolean regions = selector.regions().isPresent();
    switch (level) {
      case OUTSIDE:
        return true;
      case AWSLOGS:
      case ORGANIZATION:
        return selector.accountIds().isPresent() || regions || dates;
      case ACCOUNT:
      case SERVICE:
        return regions || dates;
      case REGION:
      case YEAR:
      case MONTH:
        return dates;
      default:
        return false;
    }
  }

  /**
   * Whether {@code s} is an account folder's name: a 12-digit AWS account id.
   *
   * @param s a name
   * @return whether it is an account id
   */
  public static boolean isAccountId(String s) {
    return digits(s, 12) >= 0;
  }

  /**
   * Whether {@code s} is an organization trail's folder name: an AWS Organizations id, {@code o-} and lower-case
   * letters or digits.
   *
   * @param s a name
   * @return whether it is an organization id
   */
  public static boolean isOrganizationId(String s) {
    if (s.length() < 3 || !s.startsWith("o-")) {
      return false;
    }
    for (int i = 2; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isRegion(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /**
   * The value of {@code s} when it is exactly {@code n} decimal digits, else -1; for more than 9 digits (an account
   * id), 0 when they are digits.
   *
   * @param s a name or part of one
   * @param n how many digits
   * @return the value, 0, or -1
   */
  public static int digits(String s, int n) {
    if (s.length() != n) {
      return -1;
    }
    int v = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = n > 9 ? 0 : v * 10 + (c - '0');
    }
    return v;
  }

  @Override
  public String toString() {
    return "LogFolder{" + level + " " + Objects.toString(key) + "}";
  }
}
