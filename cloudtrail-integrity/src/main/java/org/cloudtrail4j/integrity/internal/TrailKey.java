package org.cloudtrail4j.integrity.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.cloudtrail4j.parser.LogFileKey;

/**
 * A log or digest key in CloudTrail's S3 layout, as the validator needs it. The layout itself
 * ({@code [prefix/]AWSLogs/[o-org/]<account>/CloudTrail[-Digest]/<region>/YYYY/MM/DD/<file>}) is the parser's
 * {@link LogFileKey}, the one place it is read; what is left here is digest-specific: the trail name, home region,
 * backfill mark and end time in a digest's file name, which is parsed from both ends, because a trail name may
 * contain {@code _} and {@code .} while account, regions and time never do (spec 1.1, edge case 20).
 */
public final class TrailKey {
  /** What the key names. */
  public enum Kind { LOG, DIGEST }

  private static final DateTimeFormatter DIGEST_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
  private static final String SUFFIX = ".json.gz";
  private static final String BACKFILL = "_backfill";

  public final String key;
  public final Kind kind;
  /** Everything before {@code AWSLogs/}, without the trailing slash; empty when none. */
  public final String prefix;
  /** {@code o-...} for an organization trail, else null. */
  public final String organizationId;
  public final String accountId;
  /** The region the file was delivered from (a digest's signing region). */
  public final String region;
  /** Digests only: trail name and home region; null for logs. */
  public final String trailName;
  public final String homeRegion;
  public final boolean backfill;
  /** A digest's end time (to the second, from the end of its name) or a log's delivery time; null when unnamed. */
  public final Instant time;

  private TrailKey(String key, Kind kind, LogFileKey layout, String trailName, String homeRegion, boolean backfill,
      Instant time) {
    this.key = key;
    this.kind = kind;
    this.prefix = layout.prefix();
    this.organizationId = layout.organizationId().orElse(null);
    this.accountId = layout.accountId();
    this.region = layout.region().orElseThrow();
    this.trailName = trailName;
    this.homeRegion = homeRegion;
    this.backfill = backfill;
    this.time = time;
  }

  /**
   * The key parsed, or null when it is not a CloudTrail log or digest {@code .json.gz} at its place in the layout
   * (Insights files, other services' files and sidecars such as {@code <digest>.sig} are not).
   */
  public static TrailKey parse(String key) {
    if (!key.endsWith(SUFFIX)) {
      return null;
    }
    LogFileKey layout = LogFileKey.parse(key).orElse(null);
    if (layout == null || layout.region().isEmpty() || layout.date().isEmpty()) {
      return null;
    }
    if (layout.kind() == LogFileKey.Kind.LOG && layout.service().equals(LogFileKey.CLOUDTRAIL)) {
      return new TrailKey(key, Kind.LOG, layout, null, null, false, layout.deliveryTime().orElse(null));
    }
    if (layout.kind() != LogFileKey.Kind.DIGEST || !layout.service().equals(LogFileKey.CLOUDTRAIL_DIGEST)) {
      return null;
    }
    // <account>_CloudTrail-Digest_<region>_<trail>_<home region>_<YYYYMMDDTHHMMSSZ>[_backfill].json.gz
    String name = layout.fileName().substring(0, layout.fileName().length() - SUFFIX.length());
    boolean backfill = name.endsWith(BACKFILL);
    if (backfill) {
      name = name.substring(0, name.length() - BACKFILL.length());
    }
    String head = layout.accountId() + "_CloudTrail-Digest_" + layout.region().get() + "_";
    if (name.length() < head.length() + 16 + 4 || !name.startsWith(head) || name.charAt(name.length() - 17) != '_') {
      return null;
    }
    Instant time = digestTime(name.substring(name.length() - 16));
    if (time == null) {
      return null;
    }
    String middle = name.substring(head.length(), name.length() - 17); // <trail>_<home region>
    int cut = middle.lastIndexOf('_');
    if (cut <= 0 || cut == middle.length() - 1) {
      return null;
    }
    return new TrailKey(key, Kind.DIGEST, layout, middle.substring(0, cut), middle.substring(cut + 1), backfill,
        time);
  }

  /**
   * A digest name's end time ({@code yyyyMMddTHHmmssZ}, UTC) as {@link #DIGEST_TIME} reads it, or null when it does
   * not. A well-formed time in range is read directly: the formatter's generality costs more than the rest of the
   * key's parsing, on every digest listed. Anything else (such as hour 24 or June 31, which the formatter's smart
   * resolution moves to a valid time, or year 0, which it refuses) is left to the formatter, so both read the same.
   */
  static Instant digestTime(String text) {
    if (text.length() == 16 && text.charAt(8) == 'T' && text.charAt(15) == 'Z') {
      int year = digits(text, 0, 4);
      int month = digits(text, 4, 2);
      int day = digits(text, 6, 2);
      int hour = digits(text, 9, 2);
      int minute = digits(text, 11, 2);
      int second = digits(text, 13, 2);
      if (year >= 1 && month >= 1 && month <= 12 && day >= 1 && hour >= 0 && hour < 24 && minute >= 0
          && minute < 60 && second >= 0 && second < 60 && day <= YearMonth.of(year, month).lengthOfMonth()) {
        return Instant.ofEpochSecond(LocalDate.of(year, month, day).toEpochDay() * 86_400L + hour * 3_600L
            + minute * 60L + second);
      }
    }
    try {
      return LocalDateTime.parse(text, DIGEST_TIME).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The decimal value of {@code length} ASCII digits at {@code from}, or -1 when one is not a digit. */
  static int digits(String text, int from, int length) {
    int value = 0;
    for (int i = from; i < from + length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** {@code [prefix/]AWSLogs/[org/]<account>/} */
  public String accountRoot() {
    return (prefix.isEmpty() ? "" : prefix + "/") + "AWSLogs/" + (organizationId == null ? "" : organizationId + "/")
        + accountId + "/";
  }

  /** The subtree of the log files a digest may list: {@code [prefix/]AWSLogs/[org/]<account>/CloudTrail/<region>/}. */
  public String logScope() {
    return accountRoot() + LogFileKey.CLOUDTRAIL + "/" + region + "/";
  }

  /** The chain this digest belongs to: one per trail, delivering region, account and kind (standard, backfill). */
  public String chain() {
    return accountRoot() + LogFileKey.CLOUDTRAIL_DIGEST + "/" + region + " " + trailName
        + (backfill ? " (backfill)" : "");
  }

  @Override
  public String toString() {
    return key;
  }
}
