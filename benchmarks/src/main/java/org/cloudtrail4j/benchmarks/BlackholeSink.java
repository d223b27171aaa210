package org.cloudtrail4j.benchmarks;

import org.openjdk.jmh.infra.Blackhole;

/** A {@link Sink} that hands everything to JMH. */
final class BlackholeSink implements Sink {
  private final Blackhole blackhole;

  BlackholeSink(Blackhole blackhole) {
    this.blackhole = blackhole;
  }

  @Override
  public void consume(Object value) {
    blackhole.consume(value);
  }

  @Override
  public void consume(long value) {
    blackhole.consume(value);
  }

  @Override
  public void consume(boolean value) {
    blackhole.consume(value);
  }

  @Override
  public void eventId(Object eventId) {
    blackhole.consume(eventId);
  }
}
