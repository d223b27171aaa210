package org.cloudtrail4j.parser.internal;

import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.parser.CloudTrailProblem;

/**
 * The stream's side: hands events to the stream, problems to the error policy, source markers to the listener.
 * Sequential (the stream is not splittable); parallelism is the reader's, not the stream's.
 */
final class EventSpliterator extends Spliterators.AbstractSpliterator<CloudTrailEvent> {
  private final ItemSource items;
  private final ReaderConfig config;

  EventSpliterator(ItemSource items, ReaderConfig config) {
    super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
    this.items = items;
    this.config = config;
  }

  @Override
  public boolean tryAdvance(Consumer<? super CloudTrailEvent> action) {
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
