package org.cloudtrail4j.model.spi;

import java.util.Set;
import java.util.function.Function;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.internal.FunctionMapper;

/**
 * Maps CloudTrail events of some operations to a typed view, e.g. EKS {@code CreateCluster} records to
 * {@code CreateClusterEvent}. The common case is a lambda:
 *
 * <pre>{@code
 * record Bucket(String name) {}
 * CloudTrailEventMapper<Bucket> createBucket = CloudTrailEventMapper.of(Bucket.class,
 *     EventKey.of("s3.amazonaws.com", "CreateBucket"),
 *     e -> new Bucket(e.requestParameters().orElseThrow().get("bucketName").asString().orElseThrow()));
 * }</pre>
 *
 * <p>A mapper is keyed on {@link EventKey}s, never on the event name alone: {@code CreateCluster} is also an ECS,
 * Redshift, DAX and MSK operation. A mapper may claim a whole service with {@link EventKey#anyOf(String)}, so that
 * operations newer than the mapper reach it; a mapper with an exact key for the same type wins over it. It reads
 * the event's lazy {@code requestParameters} and {@code responseElements} (see
 * {@link org.cloudtrail4j.model.json.JsonValue#read}) into its own immutable type.
 *
 * <p>Register mappers with {@code CloudTrailReader.builder().mapper(...)}, {@link CloudTrailMappers#with}, or, to
 * have them found by {@link java.util.ServiceLoader}, through a {@link CloudTrailMapperProvider}. Implementations must
 * be stateless and thread-safe.
 *
 * <p>When {@link #map} throws, {@link CloudTrailEvent#as(Class)} throws a {@link MappingException} with the record's
 * origin; {@code reader.typed(type)} hands the failure to the reader's error policy instead: a fail-fast reader (the
 * default) throws, a reader with {@code onProblem(...)} reports it and goes on.
 *
 * @param <T> the typed view this mapper produces
 * @since 0.1.0
 */
public interface CloudTrailEventMapper<T> {
  /**
   * The type this mapper produces; {@code event.as(type)} selects mappers whose type is a subtype of {@code type}.
   *
   * @return the produced type
   */
  Class<T> type();

  /**
   * The records this mapper reads.
   *
   * @return one or more keys
   */
  Set<EventKey> keys();

  /**
   * Maps one event that matches one of {@link #keys()}.
   *
   * @param event the event
   * @return the typed view, or {@code null} to decline this record (the next matching mapper is tried)
   * @throws RuntimeException when the record does not have the shape the mapper needs; callers see it as a
   *     {@link MappingException} or a reported problem
   */
  T map(CloudTrailEvent event);

  /**
   * A mapper from a function, for one key.
   *
   * @param type the type produced
   * @param key the records read
   * @param function the mapping
   * @param <T> the type produced
   * @return the mapper
   */
  static <T> CloudTrailEventMapper<T> of(Class<T> type, EventKey key, Function<CloudTrailEvent, T> function) {
    return new FunctionMapper<>(type, Set.of(key), function);
  }

  /**
   * A mapper from a function, for several keys.
   *
   * @param type the type produced
   * @param keys the records read; not empty
   * @param function the mapping
   * @param <T> the type produced
   * @return the mapper
   * @throws IllegalArgumentException when {@code keys} is empty
   */
  static <T> CloudTrailEventMapper<T> of(Class<T> type, Set<EventKey> keys, Function<CloudTrailEvent, T> function) {
    return new FunctionMapper<>(type, keys, function);
  }
}
