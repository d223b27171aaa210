package org.cloudtrail4j.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Sink} that keeps everything it is given: each {@link #eventId} starts a record, and the values consumed
 * after it (booleans and numbers boxed) are that record's; values given before any eventId (counts, totals) are kept
 * apart.
 */
final class RecordingSink implements Sink {
  final List<String> eventIds = new ArrayList<>();
  final List<List<Object>> records = new ArrayList<>();
  final List<Object> loose = new ArrayList<>();
  long consumed;

  @Override
  public void consume(Object value) {
    consumed++;
    (records.isEmpty() ? loose : records.get(records.size() - 1)).add(value);
  }

  @Override
  public void consume(long value) {
    consume((Object) value);
  }

  @Override
  public void consume(boolean value) {
    consume((Object) value);
  }

  @Override
  public void eventId(Object eventId) {
    eventIds.add(String.valueOf(eventId));
    records.add(new ArrayList<>());
  }
}
