package org.cloudtrail4j.benchmarks;

import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.parser.CloudTrailReader;

/**
 * cloudtrail4j: a {@link CloudTrailReader} stream over the trail, each event handed to a {@link C4jWorkload}, which
 * reads from it what an application would and puts that in the sink.
 */
final class C4jReader implements TrailReader {
  private final Supplier<Stream<CloudTrailEvent>> events;
  private final C4jWorkload workload;

  /**
   * @param events opens the stream of events one read consumes
   * @param workload what is read from each event
   */
  C4jReader(Supplier<Stream<CloudTrailEvent>> events, C4jWorkload workload) {
    this.events = events;
    this.workload = workload;
  }

  /** Reads {@code json} in memory with {@code reader}. */
  static C4jReader of(CloudTrailReader reader, byte[] json, C4jWorkload workload) {
    return new C4jReader(() -> reader.read(json), workload);
  }

  @Override
  public long read(Sink sink) {
    Counter counter = new Counter(workload, sink);
    try (Stream<CloudTrailEvent> stream = events.get()) {
      stream.forEach(counter);
    }
    return counter.records;
  }

  /** Hands each event to the workload and counts them. */
  private static final class Counter implements Consumer<CloudTrailEvent> {
    private final C4jWorkload workload;
    private final Sink sink;
    long records;

    Counter(C4jWorkload workload, Sink sink) {
      this.workload = workload;
      this.sink = sink;
    }

    @Override
    public void accept(CloudTrailEvent e) {
      workload.accept(e, sink);
      records++;
    }
  }
}
