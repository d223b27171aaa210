package org.cloudtrail4j.spark.internal;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.cloudtrail4j.parser.LogFileKey;
import org.cloudtrail4j.parser.LogFileSelector;
import org.cloudtrail4j.parser.internal.LogFolder;

/**
 * CloudTrail's delivery layout, {@code [prefix/]AWSLogs/[o-org/]<account>/CloudTrail[-Insight|-Digest]/<region>/YYYY/MM/DD/<file>},
 * read from a path's segments: what a file's key says (account, region, delivery date) and which directories a
 * {@link Pruning} rules out before they are listed.
 *
 * <p>Files are read by the parser's {@link LogFileKey}, directories by its {@link LogFolder}: the layout is read in one
 * place.
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
   * without listing it. The layout is read by the parser's {@link LogFolder}, as its directory walk and the S3
   * listing read it; digest folders are ruled out here.
   */
  static boolean mayContain(List<String> segments, Pruning pruning) {
    LogFolder folder = LogFolder.of(segments);
    return !LogFileKey.CLOUDTRAIL_DIGEST.equals(folder.service()) && folder.prunedBy(selector(pruning)) == null;
  }

  /**
   * Whether {@code pruning} can rule out anything below the directory with {@code segments} (true outside the layout):
   * when it cannot, one flat listing of the directory (paginated on S3) replaces a LIST per sub-directory.
   */
  static boolean prunesBelow(List<String> segments, Pruning pruning) {
    LogFolder folder = LogFolder.of(segments);
    // above the service folders, the digest folders below may always be ruled out
    return folder.level().compareTo(LogFolder.Level.SERVICE) < 0 || folder.selectorPrunesBelow(selector(pruning));
  }

  /** The parser's rule for {@code pruning}, whose days already include the delivery lag. */
  private static LogFileSelector selector(Pruning pruning) {
    return LogFileSelector.of(pruning.accounts(), pruning.regions(),
        pruning.firstDay() == null ? null : pruning.firstDay().atStartOfDay(ZoneOffset.UTC).toInstant(),
        pruning.lastDay() == null ? null : pruning.lastDay().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
        Duration.ZERO);
  }
}
