package org.cloudtrail4j.model.json;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Reads a JSON value into a user type with jackson-core's streaming API, without a tree or data binding:
 * {@code value.read(p -> ...)}.
 *
 * <p>The parser given to {@link #read(JsonParser)} is already positioned on the value's first token
 * ({@link JsonParser#currentToken()} is {@code START_OBJECT} for an object) and covers exactly the value's bytes.
 *
 * @param <T> the type produced
 * @since 0.1.0
 */
@FunctionalInterface
public interface JsonValueReader<T> {
  /**
   * Reads the value from {@code parser} into a {@code T}.
   *
   * @param parser a parser positioned on the value's first token
   * @return the value read
   * @throws IOException when the JSON does not have the shape the reader needs; it reaches the caller as a
   *     {@link JsonValueException} with the position
   */
  T read(JsonParser parser) throws IOException;
}
