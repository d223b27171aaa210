package org.cloudtrail4j.benchmarks;

import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudtrail4j.model.CloudTrailEvent;

/**
 * cloudtrail4j answering an analyst's question, "how many calls per service?", as a user writes it: a stream of the
 * tree's events collected by {@code eventSource}. The counts ({@code Map<String, Long>}) go to the sink once per read.
 */
final class C4jCountReader implements TrailReader {
  private final Supplier<Stream<CloudTrailEvent>> events;

  C4jCountReader(Supplier<Stream<CloudTrailEvent>> events) {
    this.events = events;
  }

  @Override
  public long read(Sink sink) {
    Map<String, Long> counts;
    try (Stream<CloudTrailEvent> stream = events.get()) {
      counts = stream.collect(Collectors.groupingBy(e -> e.eventSource().orElse(""), Collectors.counting()));
    }
    sink.consume(counts);
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }
}
