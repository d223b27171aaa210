package org.cloudtrail4j.benchmarks;

/**
 * Where a contender puts what it decoded: in a benchmark a JMH {@code Blackhole}, so that nothing decoded can be
 * eliminated as dead code; in a test a recorder, so that contenders can be compared.
 *
 * <p>Called on the thread that called {@link TrailReader#read}, never concurrently.
 */
interface Sink {
  /** Something decoded: a record, a field's value. */
  void consume(Object value);

  /** A decoded number or count. */
  void consume(long value);

  /** A decoded flag. */
  void consume(boolean value);

  /** The eventID of one record, for contenders that decode it (a String, or the UUID CPL makes of it). */
  void eventId(Object eventId);
}
