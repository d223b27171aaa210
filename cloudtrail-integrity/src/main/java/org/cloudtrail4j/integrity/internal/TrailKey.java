package org.cloudtrail4j.integrity.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * A key in CloudTrail's S3 layout, {@code [prefix/]AWSLogs/[o-org/]<account>/CloudTrail[-Digest]/<region>/YYYY/MM/DD/
 * <file>}: a log file or a digest file. Digest file names are parsed from both ends, because a trail name may
 * contain {@code _} and {@code .} while account, regions and time never do.
 *
 * <p>(cloudtrail-parser's {@code LogFileKey} will do the same for the reader; this module does not depend on the
 * parser, and digest names need the trail and home region that a log key lacks.)
 */
public final class TrailKey {
  /** What the key names. */
  public enum Kind { LOG, DIGEST }

  private static final DateTimeFormatter DIGEST_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
  private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'");

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
  /** A digest's end time or a log's delivery time, from the file name; null when the name does not say. */
  public final Instant time;

  private TrailKey(String key, Kind kind, String prefix, String organizationId, String accountId, String region,
      String trailName, String homeRegion, boolean backfill, Instant time) {
    this.key = key;
    this.kind = kind;
    this.prefix = prefix;
    this.organizationId = organizationId;
    this.accountId = accountId;
    this.region = region;
    this.trailName = trailName;
    this.homeRegion = homeRegion;
    this.backfill = backfill;
    this.time = time;
  }

  /** The key parsed, or null when it is not a CloudTrail log or digest key ({@code CloudTrail-Insight} included). */
  public static TrailKey parse(String key) {
    int at = key.startsWith("AWSLogs/") ? 0 : key.indexOf("/AWSLogs/") + 1;
    if (at < 0 || !key.endsWith(".json.gz")) {
      return null;
    }
    String prefix = at == 0 ? "" : key.substring(0, at - 1);
    String[] s = key.substring(at + "AWSLogs/".length()).split("/", -1);
    int i = 0;
    String org = null;
    if (s.length == 8 && s[0].startsWith("o-")) {
      org = s[0];
      i = 1;
    }
    if (s.length - i != 7) {
      return null;
    }
    String account = s[i];
    String type = s[i + 1];
    String region = s[i + 2];
    String file = s[i + 6];
    if (account.isEmpty() || region.isEmpty()) {
      return null;
    }
    if (type.equals("CloudTrail")) {
      return new TrailKey(key, Kind.LOG, prefix, org, account, region, null, null, false, logTime(file, account,
          region));
    }
    if (!type.equals("CloudTrail-Digest")) {
      return null;
    }
    String name = file.substring(0, file.length() - ".json.gz".length());
    boolean backfill = name.endsWith("_backfill");
    if (backfill) {
      name = name.substring(0, name.length() - "_backfill".length());
    }
    String head = account + "_CloudTrail-Digest_" + region + "_";
    if (name.length() < head.length() + 16 + 4 || !name.startsWith(head) || name.charAt(name.length() - 17) != '_') {
      return null;
    }
    Instant time;
    try {
      time = LocalDateTime.parse(name.substring(name.length() - 16), DIGEST_TIME).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
    String middle = name.substring(head.length(), name.length() - 17); // <trail>_<home region>
    int cut = middle.lastIndexOf('_');
    if (cut <= 0 || cut == middle.length() - 1) {
      return null;
    }
    return new TrailKey(key, Kind.DIGEST, prefix, org, account, region, middle.substring(0, cut),
        middle.substring(cut + 1), backfill, time);
  }

  private static Instant logTime(String file, String account, String region) {
    String head = account + "_CloudTrail_" + region + "_";
    if (!file.startsWith(head) || file.length() < head.length() + 14) {
      return null;
    }
    try {
      return LocalDateTime.parse(file.substring(head.length(), head.length() + 14), LOG_TIME)
          .toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** {@code [prefix/]AWSLogs/[org/]<account>/} */
  public String accountRoot() {
    return (prefix.isEmpty() ? "" : prefix + "/") + "AWSLogs/" + (organizationId == null ? "" : organizationId + "/")
        + accountId + "/";
  }

  /** The subtree of the log files a digest may list: {@code [prefix/]AWSLogs/[org/]<account>/CloudTrail/<region>/}. */
  public String logScope() {
    return accountRoot() + "CloudTrail/" + region + "/";
  }

  /** The chain this digest belongs to: one per trail, delivering region, account and kind (standard, backfill). */
  public String chain() {
    return accountRoot() + "CloudTrail-Digest/" + region + " " + trailName + (backfill ? " (backfill)" : "");
  }

  @Override
  public String toString() {
    return key;
  }
}
