package org.cloudtrail4j.model.json;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Maps a JSON value into a user type with jackson-core's streaming API, without a tree or data binding.
 *
 * <p>The parser given to {@link #map(JsonParser)} is already positioned on the value's first token
 * ({@link JsonParser#currentToken()} is {@code START_OBJECT} for an object) and covers exactly the value's bytes.
 *
 * @param <T> the type produced
 */
@FunctionalInterface
public interface JsonMapper<T> {
  /**
   * Reads the value from {@code parser} into a {@code T}.
   *
   * @throws IOException when the JSON does not have the shape the mapper needs; it reaches the caller as a
   *     {@link JsonValueException} with the position
   */
  T map(JsonParser parser) throws IOException;
}
