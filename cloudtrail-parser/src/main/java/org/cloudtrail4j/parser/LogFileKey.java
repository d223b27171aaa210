package org.cloudtrail4j.parser;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.cloudtrail4j.parser.internal.LogFolder;

/**
 * Where a file sits in the layout CloudTrail writes to S3, read from its key or path alone:
 * {@code [prefix/]AWSLogs/[o-org/]<account>/CloudTrail[-Digest|-Insight]/<region>/YYYY/MM/DD/<file>}. The directory
 * walker, the S3 source and the other modules prune with it, without opening a file.
 *
 * <pre>{@code
 * LogFileKey key = LogFileKey.parse(
 *     "logs/AWSLogs/111122223333/CloudTrail/eu-west-1/2024/03/01/111122223333_CloudTrail_eu-west-1_20240301T1205Z_Ab12.json.gz")
 *     .orElseThrow();
 * key.accountId();     // "111122223333"
 * key.region();        // Optional[eu-west-1]
 * key.deliveryTime();  // Optional[2024-03-01T12:05:00Z]
 * key.kind();          // LOG
 * }</pre>
 *
 * <p>Other services share the {@code AWSLogs/<account>/} layout (AWS Config, Elastic Load Balancing, VPC Flow Logs):
 * their keys parse with {@link Kind#OTHER}. The date folders and the time in the file name are when the file was
 * <em>delivered</em>; a file holds events from before that time (CloudTrail documents "a log file delivered at a
 * specific time can contain records written at any point before that time"). Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class LogFileKey {
  /** The service folder of CloudTrail's log files. */
  public static final String CLOUDTRAIL = "CloudTrail";
  /** The service folder of CloudTrail's digest files. */
  public static final String CLOUDTRAIL_DIGEST = "CloudTrail-Digest";
  /** The service folder of CloudTrail Insights event files. */
  public static final String CLOUDTRAIL_INSIGHT = "CloudTrail-Insight";

  /**
   * What a file under {@code AWSLogs/} is, by its layout.
   *
   * @since 0.1.0
   */
  public enum Kind {
    /** A CloudTrail log file (management and data events): the reader's input. */
    LOG,
    /** A CloudTrail digest file (log file integrity validation): not events. */
    DIGEST,
    /** A CloudTrail Insights file: Insights events, read only when asked for. */
    INSIGHT,
    /** A file of another service sharing the bucket (AWS Config, Elastic Load Balancing, VPC Flow Logs...). */
    OTHER
  }

  private final String prefix;
  private final String organizationId;
  private final String accountId;
  private final String service;
  private final String region;
  private final LocalDate date;
  private final Instant deliveryTime;
  private final String fileName;
  private final Kind kind;

  private LogFileKey(String prefix, String organizationId, String accountId, String service, String region,
      LocalDate date, Instant deliveryTime, String fileName, Kind kind) {
    this.prefix = prefix;
    this.organizationId = organizationId;
    this.accountId = accountId;
    this.service = service;
    this.region = region;
    this.date = date;
    this.deliveryTime = deliveryTime;
    this.fileName = fileName;
    this.kind = kind;
  }

  /**
   * Reads a key ({@code /}-separated, as in S3, or a path written with {@code /}).
   *
   * @param key an S3 key or a file path
   * @return the key's parts, or empty when the key is not under {@code AWSLogs/<account>/<service>/}
   */
  public static Optional<LogFileKey> parse(String key) {
    Objects.requireNonNull(key, "key");
    String[] s = key.split("/", -1);
    for (int i = s.length - 3; i >= 0; i--) {
      if (!s[i].equals("AWSLogs")) {
        continue;
      }
      int a = i + 1;
      String org = null;
      if (LogFolder.isOrganizationId(s[a]) && a + 1 < s.length) {
        org = s[a];
        a++;
      }
      if (!LogFolder.isAccountId(s[a]) || a + 2 >= s.length) {
        continue;
      }
      String prefix = i == 0 ? "" : String.join("/", java.util.Arrays.copyOfRange(s, 0, i));
      return Optional.of(of(prefix, org, s, a));
    }
    return Optional.empty();
  }

  private static LogFileKey of(String prefix, String org, String[] s, int a) {
    String account = s[a];
    String service = s[a + 1];
    String file = s[s.length - 1];
    int r = a + 2;
    String region = r < s.length - 1 ? s[r] : null;
    LocalDate date = null;
    if (r + 4 == s.length - 1) {
      date = date(s[r + 1], s[r + 2], s[r + 3]);
    }
    Kind kind;
    switch (service) {
      case CLOUDTRAIL:
        kind = file.contains("_CloudTrail-Digest_") ? Kind.DIGEST : Kind.LOG;
        break;
      case CLOUDTRAIL_DIGEST:
        kind = Kind.DIGEST;
        break;
      case CLOUDTRAIL_INSIGHT:
        kind = Kind.INSIGHT;
        break;
      default:
        kind = Kind.OTHER;
    }
    Instant delivered = kind == Kind.OTHER ? null : deliveryTime(file);
    return new LogFileKey(prefix, org, account, service, region, date, delivered, file, kind);
  }

  private static LocalDate date(String y, String m, String d) {
    int year = LogFolder.digits(y, 4);
    int month = LogFolder.digits(m, 2);
    int day = LogFolder.digits(d, 2);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * The delivery time in a CloudTrail file name: the first {@code _YYYYMMDDTHHmmZ} or {@code _YYYYMMDDTHHmmssZ}
   * part, after the account, service and region parts.
   */
  private static Instant deliveryTime(String file) {
    String[] parts = file.split("_");
    for (int i = 3; i < parts.length; i++) {
      String p = parts[i];
      int dot = p.indexOf('.');
      if (dot > 0) {
        p = p.substring(0, dot);
      }
      if ((p.length() == 14 || p.length() == 16) && p.charAt(8) == 'T' && p.charAt(p.length() - 1) == 'Z') {
        int y = LogFolder.digits(p.substring(0, 4), 4);
        int mo = LogFolder.digits(p.substring(4, 6), 2);
        int d = LogFolder.digits(p.substring(6, 8), 2);
        int h = LogFolder.digits(p.substring(9, 11), 2);
        int mi = LogFolder.digits(p.substring(11, 13), 2);
        int sec = p.length() == 16 ? LogFolder.digits(p.substring(13, 15), 2) : 0;
        if (y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || sec < 0) {
          continue;
        }
        try {
          return LocalDateTime.of(y, mo, d, h, mi, sec).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
          return null;
        }
      }
    }
    return null;
  }

  /**
   * What comes before {@code AWSLogs/}, without the trailing slash: the trail's S3 key prefix, or a local
   * directory; empty when the key starts with {@code AWSLogs/}.
   *
   * @return the prefix, possibly empty
   */
  public String prefix() {
    return prefix;
  }

  /**
   * The AWS Organizations id of an organization trail ({@code o-...}).
   *
   * @return the organization id, or empty for a trail of one account
   */
  public Optional<String> organizationId() {
    return Optional.ofNullable(organizationId);
  }

  /**
   * The account the file's events were recorded in (their {@code recipientAccountId}).
   *
   * @return the 12-digit account id
   */
  public String accountId() {
    return accountId;
  }

  /**
   * The service folder: {@link #CLOUDTRAIL}, {@link #CLOUDTRAIL_DIGEST}, {@link #CLOUDTRAIL_INSIGHT}, or another
   * service's ({@code Config}, {@code elasticloadbalancing}, {@code vpcflowlogs}...).
   *
   * @return the folder name as written
   */
  public String service() {
    return service;
  }

  /**
   * The region folder (the events' {@code awsRegion}).
   *
   * @return the region, or empty when the key stops above it
   */
  public Optional<String> region() {
    return Optional.ofNullable(region);
  }

  /**
   * The UTC day the file was delivered, from the {@code YYYY/MM/DD} folders.
   *
   * @return the day, or empty when the folders are not a valid zero-padded date
   */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  /**
   * When the file was delivered, to the minute (or second, for digest files), from its name. The file holds events
   * up to the end of that minute.
   *
   * @return the delivery time, or empty when the name does not carry one
   */
  public Optional<Instant> deliveryTime() {
    return Optional.ofNullable(deliveryTime);
  }

  /**
   * The last segment of the key.
   *
   * @return the file name
   */
  public String fileName() {
    return fileName;
  }

  /**
   * What the file is, by its layout.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof LogFileKey)) {
      return false;
    }
    LogFileKey k = (LogFileKey) o;
    return prefix.equals(k.prefix) && Objects.equals(organizationId, k.organizationId)
        && accountId.equals(k.accountId) && service.equals(k.service) && Objects.equals(region, k.region)
        && Objects.equals(date, k.date) && Objects.equals(deliveryTime, k.deliveryTime)
        && fileName.equals(k.fileName) && kind == k.kind;
  }

  @Override
  public int hashCode() {
    return Objects.hash(prefix, organizationId, accountId, service, region, date, fileName);
  }

  @Override
  public String toString() {
    return "LogFileKey{" + kind + " account=" + accountId + (organizationId == null ? "" : " org=" + organizationId)
        + " service=" + service + " region=" + region + " date=" + date + " delivered=" + deliveryTime + " file="
        + fileName + (prefix.isEmpty() ? "" : " prefix=" + prefix) + "}";
  }
}
