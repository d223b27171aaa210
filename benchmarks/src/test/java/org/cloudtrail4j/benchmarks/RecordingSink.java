package org.cloudtrail4j.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** A {@link Sink} that keeps the eventIDs it is given, as strings, and counts the rest. */
final class RecordingSink implements Sink {
  final List<String> eventIds = new ArrayList<>();
  long consumed;

  @Override
  public void consume(Object value) {
    consumed++;
  }

  @Override
  public void consume(long value) {
    consumed++;
  }

  @Override
  public void consume(boolean value) {
    consumed++;
  }

  @Override
  public void eventId(Object eventId) {
    eventIds.add(String.valueOf(eventId));
  }
}
