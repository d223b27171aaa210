package org.cloudtrail4j.parser;

/**
 * Hears about the sources a reader goes through: for progress reports and totals. All methods have empty defaults.
 *
 * <p>Calls are made on the thread that consumes the stream, in source order, also for a parallel reader, so an
 * implementation need not be thread-safe if one stream uses it.
 *
 * @since 0.1.0
 */
public interface ReadListener {
  /**
   * A source (file or stream) is about to be read.
   *
   * @param source the file path, stream name or {@link CloudTrailSource#name()}
   */
  default void sourceStarted(String source) {}

  /**
   * A source has been read to its end.
   *
   * @param summary what was found in it
   */
  default void sourceFinished(SourceSummary summary) {}

  /**
   * A file in a directory tree was recognised as not a log file and skipped: a CloudTrail digest file, or a file that
   * is neither JSON nor gzip. Not a problem.
   *
   * @param source the file
   * @param reason why it was skipped
   */
  default void sourceSkipped(String source, String reason) {}

  /**
   * A folder or file of CloudTrail's layout was not opened because no record in it can pass the reader's filter: its
   * account, region or delivery time is outside the filter's (see {@link LogFileSelector}). Not a problem. A pruned
   * folder is one call, whatever it holds.
   *
   * @param source the folder or file (or S3 prefix or key)
   * @param reason why it cannot hold a record that passes, such as {@code "region not in the filter"}
   */
  default void sourcePruned(String source, String reason) {}

  /**
   * A mapper provider could not be loaded and was skipped (see
   * {@link org.cloudtrail4j.model.spi.CloudTrailMappers#loadProblems()}): told once per reader, before its first
   * stream's first source. Typed views from that provider are missing; everything else works.
   *
   * @param problem what went wrong, naming the services file and line
   */
  default void mapperProviderSkipped(String problem) {}
}
