package org.cloudtrail4j.codegen;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document read with jackson-core into plain Java values, in document order: objects as {@code Map}, arrays as
 * {@code List}, strings, numbers, booleans and {@code null}. Service models are small (a few hundred KB).
 */
final class Json {
  private static final JsonFactory FACTORY = new JsonFactory();

  private Json() {}

  static Object parse(String json) {
    try (JsonParser p = FACTORY.createParser(json)) {
      p.nextToken();
      return value(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object value(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT:
        Map<String, Object> object = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          object.put(name, value(p));
        }
        return Collections.unmodifiableMap(object);
      case START_ARRAY:
        List<Object> array = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(p));
        }
        return Collections.unmodifiableList(array);
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return p.getNumberValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw new IllegalArgumentException("unexpected " + t + " at " + p.currentLocation());
    }
  }

  /** The object member {@code name} of {@code object} as an object; empty when absent. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Object object, String name) {
    Object v = ((Map<String, Object>) object).get(name);
    return v == null ? Map.of() : (Map<String, Object>) v;
  }

  /** The member {@code name} of {@code object} as a string; null when absent. */
  @SuppressWarnings("unchecked")
  static String string(Object object, String name) {
    return (String) ((Map<String, Object>) object).get(name);
  }

  /** The member {@code name} of {@code object} as a list; empty when absent. */
  @SuppressWarnings("unchecked")
  static List<Object> list(Object object, String name) {
    Object v = ((Map<String, Object>) object).get(name);
    return v == null ? List.of() : (List<Object>) v;
  }
}
