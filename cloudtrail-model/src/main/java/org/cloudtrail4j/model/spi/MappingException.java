package org.cloudtrail4j.model.spi;

import java.util.Optional;
import org.cloudtrail4j.model.EventOrigin;

/**
 * A mapper threw while making a typed view of an event ({@link org.cloudtrail4j.model.CloudTrailEvent#as(Class)}).
 * The message names the mapper, the operation and the record's origin; the cause is what the mapper threw.
 *
 * @since 0.1.0
 */
public final class MappingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Not serialized: an origin is a value of this library, not of the exception's readers. */
  private final transient EventOrigin origin;

  MappingException(String message, EventOrigin origin, Throwable cause) {
    super(message, cause);
    this.origin = origin;
  }

  /**
   * Where the record was read from.
   *
   * @return the origin, or empty for an event built in code (and after deserialization)
   */
  public Optional<EventOrigin> origin() {
    return Optional.ofNullable(origin);
  }
}
