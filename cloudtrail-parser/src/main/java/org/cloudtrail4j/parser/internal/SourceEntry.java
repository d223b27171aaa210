package org.cloudtrail4j.parser.internal;

import java.nio.file.Path;
import org.cloudtrail4j.parser.CloudTrailSource;

/**
 * One source to go through: a file found under a path or a {@link CloudTrailSource} given by the user, to be read;
 * or a file to skip as not a log, a folder or file pruned by the filter, or one to report because it could not be
 * visited.
 */
final class SourceEntry {
  /** The file, for entries of a directory walk; null for sources given by the user. */
  final Path path;
  /** What to open; null for entries that are skipped, pruned or failed. */
  final CloudTrailSource source;
  final String skipReason;
  final String visitError;
  final String pruneReason;
  private final String name;

  private SourceEntry(Path path, CloudTrailSource source, String name, String skipReason, String visitError,
      String pruneReason) {
    this.path = path;
    this.source = source;
    this.name = name;
    this.skipReason = skipReason;
    this.visitError = visitError;
    this.pruneReason = pruneReason;
  }

  static SourceEntry read(Path path) {
    return new SourceEntry(path, CloudTrailSource.of(path), path.toString(), null, null, null);
  }

  static SourceEntry of(CloudTrailSource source) {
    return new SourceEntry(null, source, source.name(), null, null, null);
  }

  static SourceEntry skip(Path path, String reason) {
    return new SourceEntry(path, null, path.toString(), reason, null, null);
  }

  static SourceEntry failed(Path path, String error) {
    return new SourceEntry(path, null, path.toString(), null, error, null);
  }

  /** A folder or file that the filter rules out by its place in CloudTrail's layout: not opened. */
  static SourceEntry pruned(Path path, String reason) {
    return new SourceEntry(path, null, path.toString(), null, null, reason);
  }

  String name() {
    return name;
  }

  /** True when the name says it is a log, so that content that is not JSON or gzip is a problem. */
  boolean claimsToBeLog() {
    String n = path == null ? name : path.getFileName() == null ? "" : path.getFileName().toString();
    return n.endsWith(".json") || n.endsWith(".gz") || n.endsWith(".jsonl") || n.endsWith(".ndjson");
  }
}
