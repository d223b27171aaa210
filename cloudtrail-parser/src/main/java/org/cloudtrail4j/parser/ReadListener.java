package org.cloudtrail4j.parser;

/**
 * Hears about the sources a reader goes through: for progress reports and totals. All methods have empty defaults.
 *
 * <p>Calls are made on the thread that consumes the stream, in source order, also for a parallel reader, so an
 * implementation need not be thread-safe if one stream uses it.
 */
public interface ReadListener {
  /** A source (file or stream) is about to be read. */
  default void sourceStarted(String source) {}

  /**
   * A source has been read to its end.
   *
   * @param records records delivered to the stream
   * @param problems problems reported for this source (bad records and source-level problems)
   * @param filteredOut records the {@link EventFilter} rejected
   * @param bytes bytes of JSON read, after decompression
   */
  default void sourceFinished(String source, long records, long problems, long filteredOut, long bytes) {}

  /**
   * A file in a directory tree was recognised as not a log file and skipped: a CloudTrail digest file, or a file that
   * is neither JSON nor gzip. Not a problem.
   */
  default void sourceSkipped(String source, String reason) {}
}
