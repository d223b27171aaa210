package org.cloudtrail4j.parser.internal;

import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.parser.CloudTrailProblem;

/**
 * The stream's side: hands events to the stream, problems to the error policy, source markers to the listener.
 *
 * <p>It never splits: {@link #trySplit()} returns null, so {@code .parallel()} on a reader's stream runs its
 * pipeline in one thread and holds no more than the sequential stream does. The inherited {@code trySplit} copied
 * ever larger batches of events into arrays (1,024, 2,048, ...) while the size stayed unknown, so a parallel
 * terminal operation buffered the input without bound. Parallelism is the reader's ({@code parallelism(n)}), not the
 * stream's.
 */
final class EventSpliterator extends Spliterators.AbstractSpliterator<CloudTrailEvent> {
  private final ItemSource items;
  private final ReaderConfig config;
  private boolean started;

  EventSpliterator(ItemSource items, ReaderConfig config) {
    super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
    this.items = items;
    this.config = config;
  }

  @Override
  public Spliterator<CloudTrailEvent> trySplit() {
    return null;
  }

  @Override
  public boolean tryAdvance(Consumer<? super CloudTrailEvent> action) {
    if (!started) {
      started = true;
      config.tellMapperProblems();
    }
    while (true) {
      Object item = items.next();
      if (item == null) {
        return false;
      }
      if (item instanceof CloudTrailEvent) {
        action.accept((CloudTrailEvent) item);
        return true;
      }
      if (item instanceof CloudTrailProblem) {
        config.report((CloudTrailProblem) item);
      } else if (config.listener != null) {
        ((SourceMarker) item).tell(config.listener);
      }
    }
  }
}
