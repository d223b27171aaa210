package org.cloudtrail4j.parser.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.cloudtrail4j.model.internal.Bytes;
import org.cloudtrail4j.model.internal.JsonScanner;
import org.cloudtrail4j.model.internal.JsonStrings;
import org.cloudtrail4j.model.internal.MalformedJsonException;
import org.cloudtrail4j.model.internal.Timestamps;
import org.cloudtrail4j.model.json.JsonValue;
import org.cloudtrail4j.parser.ProblemKind;
import org.cloudtrail4j.parser.ReadLimits;

/**
 * Reads a record's scalar members from its bytes, with the reader's leniency: strings (short repeated ones through
 * the {@link StringCache}), booleans also written as strings, timestamps, {@code null} as absent, free-form values as
 * {@link JsonValue} slices. A member of the wrong JSON type, or a bad value, is a {@link RecordProblemException} with
 * its path. Shared by the {@link RecordScanner} (the header) and the decoders of one reading thread; {@link #b} is the
 * bytes of the record being read.
 */
final class Scalars {
  private final ReadLimits limits;
  private final StringCache cache;
  /** The bytes of the record being read. */
  byte[] b;
  /** Where the record being read ends: keys are scanned up to it. */
  int recordEnd;
  /** How many {@link JsonValue} slices of the source were made: a decoded value holding one is not shared. */
  int slices;
  // the last timestamp parsed, by its bytes: records come in time order, many in the same second
  private final byte[] lastTimeBytes = new byte[32];
  private int lastTimeLength = -1;
  private Instant lastTime;
  private Optional<Instant> lastTimeOptional = Optional.empty();

  Scalars(ReadLimits limits, StringCache cache) {
    this.limits = limits;
    this.cache = cache;
  }


  boolean isNull(int v0) {
    return b[v0] == 'n';
  }

  /** True for an object, false for null; any other type is a WRONG_TYPE problem. */
  boolean isObject(int v0, int v1, String path) {
    if (b[v0] == '{') {
      return true;
    }
    if (isNull(v0)) {
      return false;
    }
    throw wrongType(v0, path, "an object");
  }

  /** A string that repeats across records, through the cache; null for JSON null. */
  String str(int v0, int v1, String path) {
    if (!string(v0, v1, path)) {
      return null;
    }
    try {
      return cache.get(b, v0, v1 - 1);
    } catch (MalformedJsonException e) {
      throw malformed(e, path);
    }
  }

  /**
   * As {@link #str}, as the {@code Optional} an event's accessor returns, shared by every record with the same
   * cached string; empty for JSON null.
   */
  Optional<String> strOptional(int v0, int v1, String path) {
    if (!string(v0, v1, path)) {
      return Optional.empty();
    }
    try {
      return cache.optional(b, v0, v1 - 1);
    } catch (MalformedJsonException e) {
      throw malformed(e, path);
    }
  }

  /** A string unique to the record (IDs): decoded without the cache, which it would only churn. */
  String unique(int v0, int v1, String path) {
    if (!string(v0, v1, path)) {
      return null;
    }
    return decodeUnique(v0, v1, path);
  }

  private String decodeUnique(int v0, int v1, String path) {
    try {
      return JsonStrings.decode(b, v0, v1 - 1);
    } catch (MalformedJsonException e) {
      throw malformed(e, path);
    }
  }

  /** What {@link #checkUnique} returns for a string that is only ASCII; compared by identity. */
  static final String ASCII = new String("ASCII");

  /**
   * Checks a string unique to the record that the event decodes only when it is asked for: its type, its length
   * and, when it is not all ASCII, its UTF-8 (by decoding it now). Its escapes were checked by the scan, so an ASCII
   * string cannot fail to decode later.
   *
   * @return {@link #ASCII} for an ASCII string, the decoded string for another, null for JSON null
   */
  String checkUnique(int v0, int v1, String path) {
    if (!string(v0, v1, path)) {
      return null;
    }
    return isAscii(b, v0 + 1, v1 - 1) ? ASCII : decodeUnique(v0, v1, path);
  }

  /**
   * The checks every string member gets before it is decoded, in one place: true for a string within the length
   * limit, false for JSON null (absent).
   *
   * @throws RecordProblemException for a string over the limit ({@code LIMIT_EXCEEDED}) or another type
   *     ({@code WRONG_TYPE})
   */
  private boolean string(int v0, int v1, String path) {
    if (b[v0] == '"') {
      checkStringLength(v0, v1, path);
      return true;
    }
    if (isNull(v0)) {
      return false;
    }
    throw wrongType(v0, path, "a string");
  }

  private static RecordProblemException malformed(MalformedJsonException e, String path) {
    return new RecordProblemException(ProblemKind.MALFORMED_JSON, path, e.index(), e.reason(), null);
  }

  /** True when every byte of {@code b[start, end)} is ASCII. */
  static boolean isAscii(byte[] b, int start, int end) {
    long or = 0;
    int k = start;
    for (; k + 8 <= end; k += 8) {
      or |= Bytes.load(b, k);
    }
    for (; k < end; k++) {
      or |= b[k];
    }
    return (or & KeyRing.HIGHS) == 0;
  }

  private void checkStringLength(int v0, int v1, String path) {
    if (v1 - v0 - 2 > limits.maxStringBytes()) {
      throw new RecordProblemException(ProblemKind.LIMIT_EXCEEDED, path, v0,
          "string of " + (v1 - v0 - 2) + " bytes exceeds the limit of " + limits.maxStringBytes(), null);
    }
  }

  /** true/false, or the strings "true"/"false" as CloudTrail writes some flags; null for JSON null. */
  Boolean bool(int v0, int v1, String path) {
    byte c = b[v0];
    if (c == 't') {
      return Boolean.TRUE;
    }
    if (c == 'f') {
      return Boolean.FALSE;
    }
    if (c == 'n') {
      return null;
    }
    if (c == '"') {
      // CloudTrail writes some flags as strings; pipelines re-case them ("True", "FALSE")
      if (v1 - v0 == 6 && regionMatchesIgnoreCase(v0 + 1, "true")) {
        return Boolean.TRUE;
      }
      if (v1 - v0 == 7 && regionMatchesIgnoreCase(v0 + 1, "false")) {
        return Boolean.FALSE;
      }
      if (v1 - v0 <= 32 && hasBackslash(b, v0 + 1, v1 - v0 - 2)) {
        // written with escapes ("\u0074rue"): valid JSON for the same string
        String text = escaped(v0, v1, path);
        if (text.equalsIgnoreCase("true")) {
          return Boolean.TRUE;
        }
        if (text.equalsIgnoreCase("false")) {
          return Boolean.FALSE;
        }
      }
      throw new RecordProblemException(ProblemKind.INVALID_VALUE, path, v0,
          "expected true or false, found " + JsonScanner.describe(b, v0, v1), null);
    }
    throw wrongType(v0, path, "a boolean");
  }

  private boolean regionMatchesIgnoreCase(int at, String lower) {
    for (int k = 0; k < lower.length(); k++) {
      if ((b[at + k] | 0x20) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  Instant time(int v0, int v1, String path) {
    if (b[v0] == '"') {
      if (v1 - v0 > 2 + 64 * 6) { // 64 characters, each of which may be written as a six-byte escape
        throw new RecordProblemException(ProblemKind.INVALID_VALUE, path, v0, "timestamp too long", null);
      }
      try {
        if (hasBackslash(b, v0 + 1, v1 - v0 - 2)) {
          return Timestamps.parse(escaped(v0, v1, path)); // written with escapes: valid JSON for the same string
        }
        int length = v1 - v0;
        if (length == lastTimeLength && java.util.Arrays.equals(lastTimeBytes, 0, length, b, v0, v1)) {
          return lastTime; // the same bytes parsed without a problem before, to an immutable Instant
        }
        Instant t = Timestamps.parse(b, v0 + 1, v1 - 1);
        if (length <= lastTimeBytes.length) {
          System.arraycopy(b, v0, lastTimeBytes, 0, length);
          lastTimeLength = length;
          lastTime = t;
        }
        return t;
      } catch (DateTimeParseException e) {
        throw new RecordProblemException(ProblemKind.INVALID_VALUE, path, v0,
            "not an ISO-8601 timestamp: " + new String(b, v0, v1 - v0, java.nio.charset.StandardCharsets.UTF_8), e);
      }
    }
    if (isNull(v0)) {
      return null;
    }
    throw wrongType(v0, path, "an ISO-8601 timestamp string");
  }

  /**
   * As {@link #time}, as the {@code Optional} an event's accessor returns: shared by the records of one second, as the
   * {@code Instant} is; empty for JSON null.
   */
  Optional<Instant> timeOptional(int v0, int v1, String path) {
    Instant t = time(v0, v1, path);
    if (t == null) {
      return Optional.empty();
    }
    if (t != lastTimeOptional.orElse(null)) {
      lastTimeOptional = Optional.of(t);
    }
    return lastTimeOptional;
  }

  /** The decoded text of a short string written with escapes. */
  private String escaped(int v0, int v1, String path) {
    try {
      return JsonStrings.decode(b, v0, v1 - 1);
    } catch (MalformedJsonException e) {
      throw malformed(e, path);
    }
  }

  JsonValue json(int v0, int v1) {
    slices++;
    return JsonValue.ofSlice(b, v0, v1 - v0);
  }

  /** The name of the member {@code c} is on. */
  String keyName(ObjectCursor c) {
    return keyName(c.keyQuote);
  }

  /** The value of the member {@code c} is on, as JSON. */
  JsonValue json(ObjectCursor c) {
    return json(c.valueStart, c.valueEnd());
  }

  /** The string value of the member {@code c} is on, or null for JSON {@code null}. */
  String str(ObjectCursor c, String path) {
    return str(c.valueStart, c.valueEnd(), path);
  }

  String keyName(int quote) {
    int close = JsonScanner.skipString(b, quote, recordEnd) - 1;
    try {
      return cache.get(b, quote, close);
    } catch (MalformedJsonException e) {
      throw malformed(e, "");
    }
  }

  RecordProblemException wrongType(int v0, String path, String expected) {
    return new RecordProblemException(ProblemKind.WRONG_TYPE, path, v0,
        "expected " + expected + ", found " + typeName(b[v0]), null);
  }

  private static String typeName(byte c) {
    switch (c) {
      case '{': return "an object";
      case '[': return "an array";
      case '"': return "a string";
      case 't':
      case 'f': return "a boolean";
      case 'n': return "null";
      default: return "a number";
    }
  }

  private static final long ONES = 0x0101010101010101L;
  private static final long BACKSLASHES = ONES * '\\';

  /** True when {@code b[start, start+length)} holds a backslash: a string written with escapes. */
  static boolean hasBackslash(byte[] b, int start, int length) {
    int end = start + length;
    int k = start;
    // eight bytes at a time (the keys it checks are 14 to 30 bytes): a byte equal to '\\' becomes zero, and a zero
    // byte is the one whose high bit the subtraction sets while the byte's own high bit is clear
    for (; k + 8 <= end; k += 8) {
      long x = Bytes.load(b, k) ^ BACKSLASHES;
      if (((x - ONES) & ~x & KeyRing.HIGHS) != 0) {
        return true;
      }
    }
    for (; k < end; k++) {
      if (b[k] == '\\') {
        return true;
      }
    }
    return false;
  }
}
