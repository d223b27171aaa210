package org.cloudtrail4j.model.internal;

import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.spi.CloudTrailEventMapper;
import org.cloudtrail4j.model.spi.EventKey;

/**
 * A mapper made of a type, its keys and a function: {@code CloudTrailEventMapper.of(...)}.
 *
 * @param <T> the type produced
 */
public final class FunctionMapper<T> implements CloudTrailEventMapper<T> {
  private final Class<T> type;
  private final Set<EventKey> keys;
  private final Function<CloudTrailEvent, T> function;

  /**
   * The mapper.
   *
   * @param type the type produced
   * @param keys the records read, not empty
   * @param function the mapping
   */
  public FunctionMapper(Class<T> type, Set<EventKey> keys, Function<CloudTrailEvent, T> function) {
    this.type = Objects.requireNonNull(type, "type");
    this.keys = Set.copyOf(Objects.requireNonNull(keys, "keys"));
    this.function = Objects.requireNonNull(function, "function");
    if (this.keys.isEmpty()) {
      throw new IllegalArgumentException("a mapper needs at least one EventKey");
    }
  }

  @Override
  public Class<T> type() {
    return type;
  }

  @Override
  public Set<EventKey> keys() {
    return keys;
  }

  @Override
  public T map(CloudTrailEvent event) {
    return function.apply(event);
  }

  @Override
  public String toString() {
    return "mapper of " + keys + " to " + type.getName();
  }
}
