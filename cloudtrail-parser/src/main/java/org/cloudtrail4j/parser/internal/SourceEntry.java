package org.cloudtrail4j.parser.internal;

import java.nio.file.Path;

/**
 * One file found under a path: to be read, skipped as not a log, pruned by the filter, or reported because it could
 * not be visited.
 */
final class SourceEntry {
  final Path path;
  final String skipReason;
  final String visitError;
  final String pruneReason;

  private SourceEntry(Path path, String skipReason, String visitError, String pruneReason) {
    this.path = path;
    this.skipReason = skipReason;
    this.visitError = visitError;
    this.pruneReason = pruneReason;
  }

  static SourceEntry read(Path path) {
    return new SourceEntry(path, null, null, null);
  }

  static SourceEntry skip(Path path, String reason) {
    return new SourceEntry(path, reason, null, null);
  }

  static SourceEntry failed(Path path, String error) {
    return new SourceEntry(path, null, error, null);
  }

  /** A folder or file that the filter rules out by its place in CloudTrail's layout: not opened. */
  static SourceEntry pruned(Path path, String reason) {
    return new SourceEntry(path, null, null, reason);
  }

  String name() {
    return path.toString();
  }

  /** True when the file name says it is a log, so that content that is not JSON or gzip is a problem. */
  boolean claimsToBeLog() {
    String n = path.getFileName() == null ? "" : path.getFileName().toString();
    return n.endsWith(".json") || n.endsWith(".gz") || n.endsWith(".jsonl") || n.endsWith(".ndjson");
  }
}
