package org.cloudtrail4j.eks.internal;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.cloudtrail4j.eks.EksEvent;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.spi.CloudTrailEventMapper;
import org.cloudtrail4j.model.spi.EventKey;

/**
 * A mapper of {@code eks.amazonaws.com} records of some operations to one {@link EksEvent} class. Stateless and
 * thread-safe.
 *
 * @param <T> the typed event
 */
public abstract class EksEventMapper<T extends EksEvent> implements CloudTrailEventMapper<T> {
  private final Class<T> type;
  private final Set<String> eventNames;
  private final Set<EventKey> keys;
  private final Function<CloudTrailEvent, T> read;

  /** A mapper of the known operations {@code eventNames}, or of every EKS operation when {@code sourceWide}. */
  EksEventMapper(Class<T> type, Set<String> eventNames, boolean sourceWide, Function<CloudTrailEvent, T> read) {
    this.type = type;
    this.eventNames = Set.copyOf(eventNames);
    this.read = read;
    if (sourceWide) {
      this.keys = Set.of(EventKey.anyOf(EksEvent.EVENT_SOURCE));
    } else {
      Set<EventKey> k = new HashSet<>();
      for (String name : eventNames) {
        k.add(EventKey.of(EksEvent.EVENT_SOURCE, name));
      }
      this.keys = Set.copyOf(k);
    }
  }

  EksEventMapper(Class<T> type, String eventName, Function<CloudTrailEvent, T> read) {
    this(type, Set.of(eventName), false, read);
  }

  @Override
  public final Class<T> type() {
    return type;
  }

  /**
   * The {@code eventSource} this mapper reads.
   *
   * @return {@code eks.amazonaws.com}
   */
  public final String eventSource() {
    return EksEvent.EVENT_SOURCE;
  }

  /**
   * The known operations this mapper reads; a source-wide mapper reads newer ones too.
   *
   * @return the event names
   */
  public final Set<String> eventNames() {
    return eventNames;
  }

  @Override
  public final Set<EventKey> keys() {
    return keys;
  }

  @Override
  public final T map(CloudTrailEvent event) {
    return read.apply(Objects.requireNonNull(event, "event"));
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + type.getSimpleName() + " for " + eventNames.size() + " EKS operations]";
  }
}
