package org.cloudtrail4j.eks.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.cloudtrail4j.model.json.JsonValue;
import org.cloudtrail4j.model.json.JsonValueException;

/**
 * The members of one JSON object while it is read into a typed EKS shape. Each accessor takes a member out if it has
 * the expected JSON type; whatever is left, because the library does not know it or because it has a type the model
 * does not allow, is {@link #unknown()} and ends up in the shape's {@code unknownFields()}: nothing a record says is
 * lost.
 *
 * <p>A JSON {@code null} reads as absent, and is taken out. Model constraints (required members, lengths, patterns)
 * are not checked: CloudTrail records what the client sent, e.g. {@code "tags": {}}.
 *
 * <p>Not thread-safe; one instance reads one object once.
 */
public final class Members {
  private final Map<String, JsonValue> remaining;

  private Members(Map<String, JsonValue> remaining) {
    this.remaining = remaining;
  }

  /** The members of {@code object}; none when it is not an object (missing, {@code null}, another type). */
  public static Members of(JsonValue object) {
    return new Members(object.isObject() ? new LinkedHashMap<>(object.fields()) : new LinkedHashMap<>());
  }

  /** The members of {@code object}, or none when it is absent. */
  public static Members of(Optional<JsonValue> object) {
    return of(object.orElse(JsonValue.missing()));
  }

  /** A JSON string. */
  public Optional<String> string(String name) {
    return take(name, JsonValue::asString);
  }

  /**
   * A JSON string that is a URI path label in the EKS REST API ({@code principalArn}, {@code policyArn},
   * {@code resourceArn}, ...): CloudTrail records it percent-encoded ({@code arn%3Aaws%3Aiam...}), so it is decoded.
   */
  public Optional<String> pathLabel(String name) {
    return string(name).map(PercentDecoder::decode);
  }

  /** {@code true} or {@code false}, also written as a string. */
  public Optional<Boolean> bool(String name) {
    return take(name, JsonValue::asBoolean);
  }

  /** A JSON number that is an integer in the range of {@code int}. */
  public Optional<Integer> integer(String name) {
    return take(name, Members::asInt);
  }

  /** Epoch seconds with an optional fraction, as EKS writes timestamps, or an ISO-8601 string. */
  public Optional<Instant> instant(String name) {
    return take(name, Members::asInstant);
  }

  /** A JSON string read as an open enum with {@code of}. */
  public <E> Optional<E> enumValue(String name, Function<String, E> of) {
    return string(name).map(of);
  }

  /** An array of strings. */
  public List<String> strings(String name) {
    return list(name, JsonValue::asString);
  }

  /** An array of strings read as open enums with {@code of}. */
  public <E> List<E> enumValues(String name, Function<String, E> of) {
    return list(name, v -> v.asString().map(of));
  }

  /** An object whose members are all strings, e.g. {@code tags} or {@code labels}. */
  public Map<String, String> stringMap(String name) {
    return take(name, Members::asStringMap).orElse(Collections.emptyMap());
  }

  /** An object read into a shape with {@code reader}. */
  public <T> Optional<T> object(String name, Function<JsonValue, T> reader) {
    return take(name, v -> v.isObject() ? Optional.of(reader.apply(v)) : Optional.empty());
  }

  /** An array of objects, each read into a shape with {@code reader}. */
  public <T> List<T> objects(String name, Function<JsonValue, T> reader) {
    return list(name, v -> v.isObject() ? Optional.of(reader.apply(v)) : Optional.empty());
  }

  /** The members not taken so far, in document order. */
  public Map<String, JsonValue> unknown() {
    return remaining;
  }

  private <T> Optional<T> take(String name, Function<JsonValue, Optional<T>> convert) {
    JsonValue v = remaining.get(name);
    if (v == null) {
      return Optional.empty();
    }
    if (v.isNull()) {
      remaining.remove(name);
      return Optional.empty();
    }
    Optional<T> t = convert.apply(v);
    if (t.isPresent()) {
      remaining.remove(name);
    }
    return t;
  }

  // an array is taken only when every element converts: a partly understood array stays whole in unknownFields
  private <T> List<T> list(String name, Function<JsonValue, Optional<T>> element) {
    return take(name, v -> {
      if (!v.isArray()) {
        return Optional.empty();
      }
      List<JsonValue> elements = v.elements();
      List<T> out = new ArrayList<>(elements.size());
      for (JsonValue e : elements) {
        Optional<T> t = element.apply(e);
        if (t.isEmpty()) {
          return Optional.empty();
        }
        out.add(t.get());
      }
      return Optional.of(out);
    }).orElse(Collections.emptyList());
  }

  private static Optional<Map<String, String>> asStringMap(JsonValue v) {
    if (!v.isObject()) {
      return Optional.empty();
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> e : v.fields().entrySet()) {
      Optional<String> s = e.getValue().asString();
      if (s.isEmpty()) {
        return Optional.empty();
      }
      out.put(e.getKey(), s.get());
    }
    return Optional.of(out);
  }

  private static Optional<Integer> asInt(JsonValue v) {
    OptionalLong l = v.asLong();
    return l.isPresent() && l.getAsLong() == (int) l.getAsLong() ? Optional.of((int) l.getAsLong()) : Optional.empty();
  }

  // a string that is not ISO-8601 (other services write "Feb 19, 2025, 4:32:39 PM") stays an unknown field
  private static Optional<Instant> asInstant(JsonValue v) {
    try {
      return v.asInstant();
    } catch (JsonValueException e) {
      return Optional.empty();
    }
  }
}
