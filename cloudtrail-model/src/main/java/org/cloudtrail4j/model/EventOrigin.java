package org.cloudtrail4j.model;

import org.cloudtrail4j.model.internal.CloudTrailStyle;
import org.immutables.value.Value;

/**
 * Where a record came from: the source (file path or stream name), the byte offset of the record's first byte in the
 * (decompressed) source, and its index among the records of that source, counting from 0.
 *
 * <p>For a record embedded as a JSON string (CloudWatch Logs {@code message}, LookupEvents {@code CloudTrailEvent}),
 * the offset is that of the string in the source.
 *
 * @since 0.1.0
 */
@Value.Immutable
@CloudTrailStyle
public abstract class EventOrigin {
  EventOrigin() {}

  /** {@return the file path or the stream name given to the reader} */
  @Value.Parameter
  public abstract String source();

  /** {@return byte offset of the record's first byte in the decompressed source} */
  @Value.Parameter
  public abstract long byteOffset();

  /** {@return index of the record in the source, from 0, counting bad records too} */
  @Value.Parameter
  public abstract long recordIndex();

  /**
   * {@return the origin of the record at {@code recordIndex}, {@code byteOffset} of {@code source}}
   *
   * @param source the file path or stream name
   * @param byteOffset the offset of the record's first byte in the decompressed source
   * @param recordIndex the index of the record in the source, from 0
   */
  public static EventOrigin of(String source, long byteOffset, long recordIndex) {
    return ImmutableEventOrigin.of(source, byteOffset, recordIndex);
  }

  /** {@code source @ byte offset, record index}, the form used in error messages. */
  @Override
  public String toString() {
    return source() + " @ byte " + byteOffset() + ", record " + recordIndex();
  }

  /** {@return a new builder for a {@code EventOrigin}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link EventOrigin}; unset optional members are absent. */
  public static final class Builder extends ImmutableEventOrigin.Builder {
    Builder() {}
  }
}
