package org.cloudtrail4j.model.spi;

import java.util.Objects;
import java.util.Optional;
import org.cloudtrail4j.model.internal.EventSources;

/**
 * What records a mapper reads: one operation of one service ({@link #of(String, String)}), or every operation of a
 * service ({@link #anyOf(String)}), so that operations AWS adds after this library was built still reach the
 * service's mappers. An exact key wins over a source-wide key of the same service.
 *
 * <p>Event names are not unique across services ({@code CreateCluster} is an EKS, ECS, Redshift, DAX and MSK
 * operation), so a key always names the service. The short form {@code "eks"} means {@code "eks.amazonaws.com"}.
 *
 * <p>Immutable value; equal when source and name are.
 *
 * @since 0.1.0
 */
public final class EventKey {
  private final String eventSource;
  private final String eventName;

  private EventKey(String eventSource, String eventName) {
    this.eventSource = eventSource;
    this.eventName = eventName;
  }

  /**
   * The key of one operation: {@code EventKey.of("eks.amazonaws.com", "CreateCluster")}.
   *
   * @param eventSource the service, e.g. {@code eks.amazonaws.com} (or {@code eks})
   * @param eventName the operation, e.g. {@code CreateCluster}
   * @return the key
   * @throws IllegalArgumentException when {@code eventSource} is not an event source or {@code eventName} is empty
   */
  public static EventKey of(String eventSource, String eventName) {
    Objects.requireNonNull(eventName, "eventName");
    if (eventName.isEmpty()) {
      throw new IllegalArgumentException("eventName is empty");
    }
    return new EventKey(EventSources.normalize(eventSource, "eventSource"), eventName);
  }

  /**
   * The key of every operation of a service, those newer than this library included:
   * {@code EventKey.anyOf("eks.amazonaws.com")}.
   *
   * @param eventSource the service, e.g. {@code eks.amazonaws.com} (or {@code eks})
   * @return the key
   * @throws IllegalArgumentException when {@code eventSource} is not an event source
   */
  public static EventKey anyOf(String eventSource) {
    return new EventKey(EventSources.normalize(eventSource, "eventSource"), null);
  }

  /**
   * The service.
   *
   * @return the full event source, e.g. {@code eks.amazonaws.com}
   */
  public String eventSource() {
    return eventSource;
  }

  /**
   * The operation.
   *
   * @return the event name, or empty for a key of every operation of the service
   */
  public Optional<String> eventName() {
    return Optional.ofNullable(eventName);
  }

  /**
   * Whether this key covers every operation of its service.
   *
   * @return true for {@link #anyOf(String)} keys
   */
  public boolean isSourceWide() {
    return eventName == null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EventKey && eventSource.equals(((EventKey) o).eventSource)
        && Objects.equals(eventName, ((EventKey) o).eventName);
  }

  @Override
  public int hashCode() {
    return eventSource.hashCode() * 31 + Objects.hashCode(eventName);
  }

  /** {@code eks.amazonaws.com CreateCluster}, or {@code eks.amazonaws.com *} for a source-wide key. */
  @Override
  public String toString() {
    return eventSource + ' ' + (eventName == null ? "*" : eventName);
  }
}
