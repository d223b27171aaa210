package org.cloudtrail4j.spark.internal;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cloudtrail4j.parser.LogFileKey;

/**
 * CloudTrail's delivery layout, {@code [prefix/]AWSLogs/[o-org/]<account>/CloudTrail[-Insight|-Digest]/<region>/YYYY/MM/DD/<file>},
 * read from the path segments that follow the last {@code AWSLogs} segment: what a file's key says (account, region,
 * delivery date) and which directories a {@link Pruning} rules out before they are listed.
 *
 * <p>Files are read by the parser's {@link LogFileKey}; directories (which it does not parse) here, by the same
 * rules.
 */
final class KeyLayout {
  private KeyLayout() {}

  /** What a log file's key says; fields are null when the path is not in the layout. */
  record FileKey(String account, String region, LocalDate date, String kind) implements Serializable {
    static final FileKey NONE = new FileKey(null, null, null, null);

    boolean isDigest() {
      return "CloudTrail-Digest".equals(kind);
    }
  }

  /** The key of the file at {@code path} (its {@code /}-separated path), read by the parser's {@link LogFileKey}. */
  static FileKey fileKey(String path) {
    Optional<LogFileKey> parsed = LogFileKey.parse(path);
    if (parsed.isEmpty()) {
      return FileKey.NONE;
    }
    LogFileKey k = parsed.get();
    return new FileKey(k.accountId(), k.region().orElse(null), k.date().orElse(null),
        k.kind() == LogFileKey.Kind.DIGEST ? "CloudTrail-Digest" : k.service());
  }

  /**
   * Whether the directory with {@code segments} can hold a file that {@code pruning} keeps: false rules it out
   * without listing it.
   */
  static boolean mayContain(List<String> segments, Pruning pruning) {
    int at = segments.lastIndexOf("AWSLogs");
    if (at < 0) {
      return true;
    }
    int i = at + 1;
    if (i < segments.size() && isOrg(segments.get(i))) {
      i++;
    }
    int depth = segments.size() - i; // 1: account, 2: kind, 3: region, 4: year, 5: month, 6: day
    if (depth >= 1 && !pruning.accountAllowed(segments.get(i))) {
      return false;
    }
    if (depth >= 2 && "CloudTrail-Digest".equals(segments.get(i + 1))) {
      return false;
    }
    if (depth >= 3 && !pruning.regionAllowed(segments.get(i + 2))) {
      return false;
    }
    if (depth >= 4) {
      int year = number(segments.get(i + 3));
      int month = depth >= 5 ? number(segments.get(i + 4)) : -1;
      int day = depth >= 6 ? number(segments.get(i + 5)) : -1;
      if (year < 0) {
        return true;
      }
      LocalDate first = LocalDate.of(year, month > 0 && month <= 12 ? month : 1, 1);
      LocalDate last = LocalDate.of(year, month > 0 && month <= 12 ? month : 12, 1);
      last = last.withDayOfMonth(last.lengthOfMonth());
      if (day > 0 && day <= first.lengthOfMonth() && month > 0) {
        first = first.withDayOfMonth(day);
        last = first;
      }
      return pruning.datesOverlap(first, last);
    }
    return true;
  }

  /**
   * Whether {@code pruning} can rule out anything below the directory with {@code segments} (true outside the layout):
   * when it cannot, one flat listing of the directory (paginated on S3) replaces a LIST per sub-directory.
   */
  static boolean prunesBelow(List<String> segments, Pruning pruning) {
    int at = segments.lastIndexOf("AWSLogs");
    if (at < 0) {
      return true;
    }
    int i = at + 1;
    if (i < segments.size() && isOrg(segments.get(i))) {
      i++;
    }
    int depth = segments.size() - i; // 0: AWSLogs (or the organization), 1: account, 2: kind, 3: region, ...
    if (depth < 2) {
      return true; // the digest folders are one level down, and accounts and regions may be pruned
    }
    boolean dates = pruning.firstDay() != null || pruning.lastDay() != null;
    return dates ? depth < 6 : depth < 3 && pruning.regions() != null;
  }

  private static boolean isOrg(String segment) {
    return segment.startsWith("o-") && segment.length() > 2;
  }

  private static int number(String s) {
    if (s.isEmpty() || s.length() > 4) {
      return -1;
    }
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }
}
