package org.cloudtrail4j.model.json;

/**
 * The JSON type of a {@link JsonValue}, read from its first byte; {@link #MISSING} when there is no value.
 *
 * @since 0.1.0
 */
public enum JsonType {
  /** A JSON object, {@code {...}}. */
  OBJECT,
  /** A JSON array, {@code [...]}. */
  ARRAY,
  /** A JSON string. */
  STRING,
  /** A JSON number. */
  NUMBER,
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** The JSON literal {@code null}. */
  NULL,
  /** No value: the field or element navigated to is not there. */
  MISSING
}
