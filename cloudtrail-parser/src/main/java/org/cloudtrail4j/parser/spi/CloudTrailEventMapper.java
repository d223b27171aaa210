package org.cloudtrail4j.parser.spi;

import java.util.Set;
import org.cloudtrail4j.model.CloudTrailEvent;

/**
 * Maps CloudTrail events of one service's operations to a typed view, e.g. EKS {@code CreateCluster} records to
 * {@code CreateClusterEvent}.
 *
 * <p>A mapper is keyed on the pair ({@link #eventSource()}, {@link #eventNames()}), never on the event name alone:
 * {@code CreateCluster} is also an ECS, Redshift, DAX and MSK operation. It reads the event's lazy
 * {@code requestParameters} and {@code responseElements} with jackson-core (see
 * {@link org.cloudtrail4j.model.json.JsonValue#map}) into its own immutable type.
 *
 * <p>Mappers are found with {@link java.util.ServiceLoader} (declare {@code provides
 * org.cloudtrail4j.parser.spi.CloudTrailEventMapper with ...} in {@code module-info.java} and list the class in
 * {@code META-INF/services/org.cloudtrail4j.parser.spi.CloudTrailEventMapper}), or registered with
 * {@code CloudTrailReader.builder().mapper(...)}. Implementations must be stateless and thread-safe, with a public
 * no-argument constructor when loaded by {@code ServiceLoader}.
 *
 * <p>A mapper that throws on a record does not stop the stream: the reader reports the failure like any bad record,
 * with the record's source, byte offset and index.
 *
 * @param <T> the typed view this mapper produces
 */
public interface CloudTrailEventMapper<T> {
  /** The type this mapper produces; {@code reader.typed(type)} selects mappers whose type is a subtype of it. */
  Class<T> type();

  /** The {@code eventSource} this mapper reads, e.g. {@code eks.amazonaws.com}. */
  String eventSource();

  /** The {@code eventName}s this mapper reads, e.g. {@code CreateCluster}. */
  Set<String> eventNames();

  /**
   * Maps one event whose {@code eventSource} and {@code eventName} match this mapper.
   *
   * @throws Exception when the record does not have the shape the mapper needs; the reader reports it with the
   *     record's origin and goes on
   */
  T map(CloudTrailEvent event) throws Exception;
}
