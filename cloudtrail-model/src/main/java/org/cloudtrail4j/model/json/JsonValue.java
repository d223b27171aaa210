package org.cloudtrail4j.model.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.cloudtrail4j.model.internal.JsonScanner;
import org.cloudtrail4j.model.internal.JsonStrings;
import org.cloudtrail4j.model.internal.MalformedJsonException;
import org.cloudtrail4j.model.internal.Timestamps;

/**
 * A JSON value kept as the UTF-8 bytes it was read from, decoded only when asked.
 *
 * <p>CloudTrail's free-form members ({@code requestParameters}, {@code responseElements}, {@code additionalEventData},
 * {@code serviceEventDetails}, fields this library does not know) are held as a {@code JsonValue}: a view of a slice of
 * the record's bytes, so reading a record costs no tree and no {@code String} for them. Navigate with {@link #get} and
 * {@link #path}, read scalars with the {@code as*} accessors, or hand the bytes to your own code with {@link #raw()},
 * {@link #toJson()} or {@link #read(JsonValueReader)}:
 *
 * <pre>{@code
 * JsonValue request = event.requestParameters().orElseThrow();
 * List<JsonValue> subnets = request.path("resourcesVpcConfig", "subnetIds").elements();
 * Optional<String> name = request.get("name").asString();
 * }</pre>
 *
 * <p>Navigation never throws for a missing member: it returns {@link #missing()}, whose accessors return empty. A value
 * whose bytes are not well-formed JSON throws {@link JsonValueException} when navigated. When the same key appears
 * twice in an object, the last one wins (as in jackson-databind and JavaScript).
 *
 * <p>Instances are immutable and thread-safe. The bytes are shared, not copied: a value made by
 * {@link #ofSlice(byte[], int, int)} relies on the caller never modifying the array. {@link #equals} compares JSON
 * semantically (object member order and insignificant whitespace do not matter, numbers compare by value).
 *
 * @since 0.1.0
 */
public final class JsonValue {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();
  private static final byte[] EMPTY = new byte[0];
  private static final JsonValue MISSING = new JsonValue(EMPTY, 0, 0);
  /** Nesting depth navigation accepts, as jackson's default {@code StreamReadConstraints}. */
  private static final int MAX_DEPTH = 1000;
  /** Longest number the numeric accessors decode, as jackson's default {@code StreamReadConstraints}. */
  private static final int MAX_NUMBER_LENGTH = 1000;

  private final byte[] bytes;
  private final int offset;
  private final int length;

  private JsonValue(byte[] bytes, int offset, int length) {
    this.bytes = bytes;
    this.offset = offset;
    this.length = length;
  }

  /**
   * {@return a view of {@code length} bytes of {@code bytes} from {@code offset}, which must hold exactly one JSON
   * value (whitespace around it is allowed)} The array is not copied and must not be modified afterwards.
   *
   * @throws IndexOutOfBoundsException if the range is outside the array
   * @param bytes the array holding the value
   * @param offset where the value starts
   * @param length its length in bytes
   */
  public static JsonValue ofSlice(byte[] bytes, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, bytes.length);
    int start = JsonScanner.skipWhitespace(bytes, offset, offset + length);
    int end = offset + length;
    while (end > start && isWhitespace(bytes[end - 1])) {
      end--;
    }
    return start == end ? MISSING : new JsonValue(bytes, start, end - start);
  }

  /**
   * {@return a value over a copy of {@code json}'s UTF-8 bytes}
   *
   * @param json the value's UTF-8 bytes
   */
  public static JsonValue of(byte[] json) {
    byte[] copy = json.clone();
    return ofSlice(copy, 0, copy.length);
  }

  /**
   * {@return {@code json} parsed, after checking that it is exactly one well-formed JSON value}
   *
   * @throws JsonValueException if it is not
   * @param json JSON text
   */
  public static JsonValue parse(String json) {
    byte[] b = json.getBytes(StandardCharsets.UTF_8);
    JsonValue v = ofSlice(b, 0, b.length);
    if (v.isMissing()) {
      throw new JsonValueException("no JSON value in input", 0, null);
    }
    try {
      int end = JsonScanner.skipValue(b, v.offset, v.offset + v.length, MAX_DEPTH);
      if (end != v.offset + v.length) {
        throw new JsonValueException("unexpected data after the JSON value at offset " + end, end, null);
      }
    } catch (MalformedJsonException e) {
      throw new JsonValueException(e.reason() + " at offset " + e.index(), e.index(), e);
    }
    return v;
  }

  /** {@return the value that is not there: the result of navigating to a member or element that does not exist} */
  public static JsonValue missing() {
    return MISSING;
  }

  /** {@return the JSON type of this value, from its first byte} */
  public JsonType type() {
    if (length == 0) {
      return JsonType.MISSING;
    }
    switch (bytes[offset]) {
      case '{':
        return JsonType.OBJECT;
      case '[':
        return JsonType.ARRAY;
      case '"':
        return JsonType.STRING;
      case 't':
      case 'f':
        return JsonType.BOOLEAN;
      case 'n':
        return JsonType.NULL;
      default:
        return JsonType.NUMBER;
    }
  }

  /** {@return true when there is no value (a member or element that does not exist)} */
  public boolean isMissing() {
    return length == 0;
  }

  /** {@return true for the JSON literal {@code null}} */
  public boolean isNull() {
    return type() == JsonType.NULL;
  }

  /** {@return true for a JSON object} */
  public boolean isObject() {
    return type() == JsonType.OBJECT;
  }

  /** {@return true for a JSON array} */
  public boolean isArray() {
    return type() == JsonType.ARRAY;
  }

  /**
   * {@return the member {@code name} of this object, or {@link #missing()} when this is not an object or has no such
   * member} With duplicate keys, the last one wins.
   *
   * @throws JsonValueException if the object is not well-formed JSON
   * @param name the member name
   */
  public JsonValue get(String name) {
    if (type() != JsonType.OBJECT) {
      return MISSING;
    }
    JsonValue[] found = {MISSING};
    forEachMember((k0, k1, v0, v1) -> {
      if (keyEquals(k0, k1 - 1, name)) {
        found[0] = new JsonValue(bytes, v0, v1 - v0);
      }
    });
    return found[0];
  }

  /** True when the key literal with quotes at {@code quote} and {@code closeQuote} is {@code name}. */
  private boolean keyEquals(int quote, int closeQuote, String name) {
    if (JsonStrings.needsDecoding(bytes, quote, closeQuote)) {
      return name.equals(JsonStrings.decode(bytes, quote, closeQuote));
    }
    // plain ASCII bytes: compared with the name's characters, without encoding the name for every call
    int length = closeQuote - quote - 1;
    if (length != name.length()) {
      return false;
    }
    for (int k = 0; k < length; k++) {
      if (bytes[quote + 1 + k] != name.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@return the element at {@code index} of this array, or {@link #missing()} when this is not an array or is shorter}
   *
   * @throws JsonValueException if the array is not well-formed JSON
   * @param index the element index, from 0
   */
  public JsonValue get(int index) {
    if (type() != JsonType.ARRAY || index < 0) {
      return MISSING;
    }
    List<JsonValue> elements = elements();
    return index < elements.size() ? elements.get(index) : MISSING;
  }

  /**
   * {@return the value at {@code names} from this one: each step is a member name of an object, or, on an array, a decimal
   * element index ({@code path("items", "0", "name")})} Returns {@link #missing()} as soon as a step does not exist.
   *
   * @param names member names or element indices
   */
  public JsonValue path(String... names) {
    JsonValue v = this;
    for (String name : names) {
      if (v.type() == JsonType.ARRAY && isIndex(name)) {
        v = v.get(Integer.parseInt(name));
      } else {
        v = v.get(name);
      }
      if (v.isMissing()) {
        return MISSING;
      }
    }
    return v;
  }

  private static boolean isIndex(String s) {
    if (s.isEmpty() || s.length() > 9) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * {@return the members of this object in document order (with duplicate keys, the last value, at the first key's
   * position), or an empty map when this is not an object} The map is unmodifiable.
   */
  public Map<String, JsonValue> fields() {
    if (type() != JsonType.OBJECT) {
      return Collections.emptyMap();
    }
    Map<String, JsonValue> map = new LinkedHashMap<>();
    forEachMember((k0, k1, v0, v1) -> map.put(JsonStrings.decode(bytes, k0, k1 - 1), new JsonValue(bytes, v0, v1 - v0)));
    return Collections.unmodifiableMap(map);
  }

  /**
   * {@return the elements of this array in order, or an empty list when this is not an array} The list is unmodifiable.
   */
  public List<JsonValue> elements() {
    if (type() != JsonType.ARRAY) {
      return Collections.emptyList();
    }
    List<JsonValue> list = new ArrayList<>();
    int end = offset + length;
    try {
      int i = JsonScanner.skipWhitespace(bytes, offset + 1, end);
      if (i < end && bytes[i] == ']') {
        return Collections.emptyList();
      }
      while (true) {
        int v1 = JsonScanner.skipValue(bytes, i, end, MAX_DEPTH);
        list.add(new JsonValue(bytes, i, v1 - i));
        i = JsonScanner.skipWhitespace(bytes, v1, end);
        if (i < end && bytes[i] == ',') {
          i = JsonScanner.skipWhitespace(bytes, i + 1, end);
        } else if (i < end && bytes[i] == ']') {
          return Collections.unmodifiableList(list);
        } else {
          throw new MalformedJsonException(i, "expected ',' or ']' in array");
        }
      }
    } catch (MalformedJsonException e) {
      throw malformed(e);
    }
  }

  /** {@return the text of a JSON string; empty for any other type (a number is not converted)} */
  public Optional<String> asString() {
    if (type() != JsonType.STRING) {
      return Optional.empty();
    }
    try {
      int end = JsonScanner.skipString(bytes, offset, offset + length);
      return Optional.of(JsonStrings.decode(bytes, offset, end - 1));
    } catch (MalformedJsonException e) {
      throw malformed(e);
    }
  }

  /**
   * {@return a JSON number that is an integer in the range of {@code long}; empty otherwise (no rounding, no
   * strings)}
   *
   * @throws JsonValueException for bytes that are not a JSON number, or a number longer than 1000 characters
   */
  public OptionalLong asLong() {
    if (type() != JsonType.NUMBER) {
      return OptionalLong.empty();
    }
    String text = numberText();
    BigDecimal d = decimalOrNull(text);
    if (d == null) {
      // an exponent beyond BigDecimal's range: zero when the digits are, else far outside long's range
      return zeroDigits(text) ? OptionalLong.of(0) : OptionalLong.empty();
    }
    try {
      return OptionalLong.of(d.longValueExact());
    } catch (ArithmeticException e) {
      return OptionalLong.empty();
    }
  }

  /**
   * {@return a JSON number as a {@code double} (rounded to the nearest, infinite beyond its range); empty for any
   * other type}
   *
   * @throws JsonValueException for bytes that are not a JSON number, or a number longer than 1000 characters
   */
  public OptionalDouble asDouble() {
    if (type() != JsonType.NUMBER) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Double.parseDouble(numberText()));
  }

  /**
   * {@return a JSON number exactly, as written; empty for any other type}
   *
   * @throws JsonValueException for bytes that are not a JSON number; for a number longer than 1000 characters
   *     (jackson-core's default limit), which would cost time out of proportion to any real CloudTrail value; for a
   *     number whose exponent is outside the range of {@code BigDecimal} (beyond about ±2,147,483,647), such as
   *     {@code 1e2147483648}
   */
  public Optional<BigDecimal> asDecimal() {
    if (type() != JsonType.NUMBER) {
      return Optional.empty();
    }
    String text = numberText();
    BigDecimal d = decimalOrNull(text);
    if (d == null) {
      throw new JsonValueException("the JSON number " + abbreviated(text) + " is outside the range of BigDecimal", 0,
          null);
    }
    return Optional.of(d);
  }

  /** The number's text, checked to be one JSON number within the length limit. */
  private String numberText() {
    if (length > MAX_NUMBER_LENGTH) {
      throw new JsonValueException("number of " + length + " characters exceeds the limit of " + MAX_NUMBER_LENGTH,
          0, null);
    }
    int end = offset + length;
    boolean valid;
    try {
      valid = JsonScanner.skipNumber(bytes, offset, end) == end;
    } catch (MalformedJsonException e) {
      valid = false;
    }
    if (!valid) {
      throw new JsonValueException("not a JSON number: " + abbreviated(toJson()), 0, null);
    }
    return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
  }

  /** The exact value of a JSON number's text, or null when its exponent is outside BigDecimal's range. */
  private static BigDecimal decimalOrNull(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean zeroDigits(String text) {
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == 'e' || c == 'E') {
        return true;
      }
      if (c >= '1' && c <= '9') {
        return false;
      }
    }
    return true;
  }

  private static String abbreviated(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }

  /**
   * {@return {@code true} or {@code false}, also when written as the strings {@code "true"} or {@code "false"}
   * (CloudTrail writes several flags as strings, e.g. {@code mfaAuthenticated}); empty for anything else}
   */
  public Optional<Boolean> asBoolean() {
    switch (type()) {
      case BOOLEAN:
        return Optional.of(bytes[offset] == 't');
      case STRING:
        String s = asString().orElse("");
        if (s.equalsIgnoreCase("true")) {
          return Optional.of(Boolean.TRUE);
        }
        if (s.equalsIgnoreCase("false")) {
          return Optional.of(Boolean.FALSE);
        }
        return Optional.empty();
      default:
        return Optional.empty();
    }
  }

  /**
   * {@return an instant written as an ISO-8601 string ({@code 2024-05-01T10:00:00Z}, fractions and offsets allowed) or
   * as epoch seconds with an optional fraction (as EKS writes {@code createdAt}); empty for other types}
   *
   * @throws JsonValueException if it is a string that is not an ISO-8601 date-time, or a number that is not one
   *     ({@link #asDecimal()}) or is outside the range of {@link Instant}
   */
  public Optional<Instant> asInstant() {
    switch (type()) {
      case STRING:
        String s = asString().orElseThrow();
        try {
          return Optional.of(Timestamps.parse(s));
        } catch (DateTimeParseException e) {
          throw new JsonValueException("not an ISO-8601 timestamp: \"" + s + "\"", 0, e);
        }
      case NUMBER:
        BigDecimal seconds = asDecimal().orElseThrow();
        try {
          return Optional.of(Timestamps.fromEpochSeconds(seconds));
        } catch (ArithmeticException | java.time.DateTimeException e) {
          throw new JsonValueException("epoch seconds " + abbreviated(toJson()) + " are outside the range of Instant",
              0, e);
        }
      default:
        return Optional.empty();
    }
  }

  /** {@return a copy of the value's UTF-8 bytes, exactly as they were in the input} */
  public byte[] raw() {
    return Arrays.copyOfRange(bytes, offset, offset + length);
  }

  /** {@return the number of bytes of the value in the input} */
  public int byteLength() {
    return length;
  }

  /** {@return the value's JSON text, exactly as it was in the input; the empty string for {@link #missing()}} */
  public String toJson() {
    return new String(bytes, offset, length, StandardCharsets.UTF_8);
  }

  /**
   * Writes the value's bytes, exactly as they were in the input, to {@code out}.
   *
   * @param out where to write
   * @throws IOException if writing fails
   */
  public void writeTo(OutputStream out) throws IOException {
    out.write(bytes, offset, length);
  }

  /**
   * {@return a new jackson-core parser over the value's bytes, not yet advanced: call {@code nextToken()} first} The
   * caller closes it.
   *
   * @throws IOException if jackson-core cannot create the parser
   */
  public JsonParser parser() throws IOException {
    return FACTORY.createParser(bytes, offset, length);
  }

  /**
   * Reads the value into a user type with {@code reader}, which receives a parser positioned on the first token.
   *
   * @param reader reads the value with jackson-core
   * @param <T> the type produced
   * @return what {@code reader} returned
   * @throws JsonValueException if the reader throws an {@link IOException} or the value is missing
   */
  public <T> T read(JsonValueReader<T> reader) {
    if (isMissing()) {
      throw new JsonValueException("cannot read a missing value", -1, null);
    }
    try (JsonParser p = parser()) {
      p.nextToken();
      return reader.read(p);
    } catch (IOException e) {
      long at = e instanceof com.fasterxml.jackson.core.JsonProcessingException
          && ((com.fasterxml.jackson.core.JsonProcessingException) e).getLocation() != null
          ? ((com.fasterxml.jackson.core.JsonProcessingException) e).getLocation().getByteOffset()
          : -1;
      throw new JsonValueException("cannot read JSON value: " + e.getMessage(), at, e);
    }
  }

  /** The JSON text, as {@link #toJson()}. */
  @Override
  public String toString() {
    return toJson();
  }

  /**
   * Semantic JSON equality: same type and, for objects, the same members (order-insensitive), for arrays the same
   * elements in order, for numbers the same numeric value, for strings the same decoded text. Total: it never throws.
   * A value whose bytes cannot be decoded (not well-formed, invalid UTF-8, a number outside {@code BigDecimal}'s
   * range) equals only a value with the same bytes.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof JsonValue)) {
      return false;
    }
    JsonValue that = (JsonValue) o;
    JsonType type = type();
    if (type != that.type()) {
      return false;
    }
    if (length == that.length && Arrays.equals(bytes, offset, offset + length, that.bytes, that.offset,
        that.offset + that.length)) {
      return true;
    }
    try {
      switch (type) {
        case OBJECT:
          return fields().equals(that.fields());
        case ARRAY:
          return elements().equals(that.elements());
        case STRING:
          return asString().equals(that.asString());
        case NUMBER:
          return asDecimal().orElseThrow().compareTo(that.asDecimal().orElseThrow()) == 0;
        default:
          return false; // BOOLEAN, NULL, MISSING with different bytes
      }
    } catch (JsonValueException e) {
      return false; // one side cannot be decoded, and the bytes differ
    }
  }

  /**
   * A hash consistent with {@link #equals}: of the decoded value, or of the bytes when they cannot be decoded. Never
   * throws.
   */
  @Override
  public int hashCode() {
    try {
      switch (type()) {
        case OBJECT:
          return fields().hashCode();
        case ARRAY:
          return elements().hashCode();
        case STRING:
          return asString().orElseThrow().hashCode();
        case NUMBER:
          BigDecimal d = asDecimal().orElseThrow();
          return d.signum() == 0 ? 0 : d.stripTrailingZeros().hashCode();
        case BOOLEAN:
          return Boolean.hashCode(bytes[offset] == 't');
        case NULL:
          return 1;
        default:
          return 0;
      }
    } catch (JsonValueException e) {
      int h = 1;
      for (int k = offset; k < offset + length; k++) {
        h = 31 * h + bytes[k];
      }
      return h;
    }
  }

  /** Receives one object member: key quote positions {@code [k0, k1)} and value bytes {@code [v0, v1)}. */
  private interface MemberVisitor {
    void member(int k0, int k1, int v0, int v1);
  }

  private void forEachMember(MemberVisitor visitor) {
    int end = offset + length;
    try {
      int i = JsonScanner.skipWhitespace(bytes, offset + 1, end);
      if (i < end && bytes[i] == '}') {
        return;
      }
      while (true) {
        if (i >= end || bytes[i] != '"') {
          throw new MalformedJsonException(i, "expected a field name");
        }
        int k1 = JsonScanner.skipString(bytes, i, end);
        int c = JsonScanner.skipWhitespace(bytes, k1, end);
        if (c >= end || bytes[c] != ':') {
          throw new MalformedJsonException(c, "expected ':' after field name");
        }
        int v0 = JsonScanner.skipWhitespace(bytes, c + 1, end);
        int v1 = JsonScanner.skipValue(bytes, v0, end, MAX_DEPTH);
        visitor.member(i, k1, v0, v1);
        i = JsonScanner.skipWhitespace(bytes, v1, end);
        if (i < end && bytes[i] == ',') {
          i = JsonScanner.skipWhitespace(bytes, i + 1, end);
        } else if (i < end && bytes[i] == '}') {
          return;
        } else {
          throw new MalformedJsonException(i, "expected ',' or '}' in object");
        }
      }
    } catch (MalformedJsonException e) {
      throw malformed(e);
    }
  }

  private JsonValueException malformed(MalformedJsonException e) {
    long at = e.index() - offset;
    return new JsonValueException("malformed JSON value: " + e.reason() + " at offset " + at, at, e);
  }

  private static boolean isWhitespace(byte c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
  }
}
