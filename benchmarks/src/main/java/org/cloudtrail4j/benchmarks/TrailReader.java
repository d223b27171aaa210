package org.cloudtrail4j.benchmarks;

import java.io.IOException;

/**
 * One contender, ready to read its trail: made once per trial by {@link Contender#create}, then {@link #read} is the
 * measured operation. Implementations hold everything that is set up once (factories, mappers, thread pools, buffers)
 * so that {@link #read} does only what a user's read does.
 */
interface TrailReader extends AutoCloseable {
  /**
   * Reads the whole trail once.
   *
   * @return the records read, or for a contender that only decompresses, the bytes inflated
   */
  long read(Sink sink) throws IOException;

  /** Releases what the reader holds (threads); by default nothing. */
  @Override
  default void close() {}
}
