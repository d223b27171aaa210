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

  /**
   * A folder or file of CloudTrail's layout was not opened because no record in it can pass the reader's filter: its
   * account, region or delivery time is outside the filter's (see {@link LogFileSelector}). Not a problem. A pruned
   * folder is one call, whatever it holds.
   *
   * @param source the folder or file (or S3 prefix or key)
   * @param reason why it cannot hold a record that passes, such as {@code "region not in the filter"}
   */
  default void sourcePruned(String source, String reason) {}
}
