package org.cloudtrail4j.eks.internal;

import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.cloudtrail4j.eks.EksEvent;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.parser.spi.CloudTrailEventMapper;

/**
 * A mapper of {@code eks.amazonaws.com} records of some operations to one {@link EksEvent} class. Stateless and
 * thread-safe.
 *
 * @param <T> the typed event
 */
public abstract class EksEventMapper<T extends EksEvent> implements CloudTrailEventMapper<T> {
  private final Class<T> type;
  private final Set<String> eventNames;
  private final Function<CloudTrailEvent, T> read;

  EksEventMapper(Class<T> type, Set<String> eventNames, Function<CloudTrailEvent, T> read) {
    this.type = type;
    this.eventNames = Set.copyOf(eventNames);
    this.read = read;
  }

  EksEventMapper(Class<T> type, String eventName, Function<CloudTrailEvent, T> read) {
    this(type, Set.of(eventName), read);
  }

  @Override
  public final Class<T> type() {
    return type;
  }

  @Override
  public final String eventSource() {
    return EksEvent.EVENT_SOURCE;
  }

  @Override
  public final Set<String> eventNames() {
    return eventNames;
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
