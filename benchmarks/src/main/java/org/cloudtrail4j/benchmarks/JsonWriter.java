package org.cloudtrail4j.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Compact JSON into a growable byte buffer, written as CloudTrail writes it: no spaces, fields in the order given.
 *
 * <p>Hand-written rather than a jackson {@code JsonGenerator} so that the corpus bytes depend on nothing but this file
 * and the seed: no library version can change them. Not thread-safe; the caller keeps the nesting balanced.
 */
final class JsonWriter {
  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  private byte[] buf;
  private int len;
  /** Whether the next name or value at the current level needs a comma before it. */
  private boolean comma;

  JsonWriter(int initialCapacity) {
    buf = new byte[initialCapacity];
  }

  /** Bytes written so far. */
  int length() {
    return len;
  }

  /** Forgets everything written, keeping the buffer. */
  void reset() {
    len = 0;
    comma = false;
  }

  /** A copy of the bytes from {@code from} to the end. */
  byte[] copy(int from) {
    return Arrays.copyOfRange(buf, from, len);
  }

  JsonWriter beginObject() {
    separate();
    put('{');
    comma = false;
    return this;
  }

  JsonWriter beginObject(String name) {
    return name(name).beginObject();
  }

  JsonWriter endObject() {
    put('}');
    comma = true;
    return this;
  }

  JsonWriter beginArray() {
    separate();
    put('[');
    comma = false;
    return this;
  }

  JsonWriter beginArray(String name) {
    return name(name).beginArray();
  }

  JsonWriter endArray() {
    put(']');
    comma = true;
    return this;
  }

  /** A field name; the next call writes its value. */
  JsonWriter name(String name) {
    separate();
    string(name);
    put(':');
    comma = false;
    return this;
  }

  JsonWriter value(String value) {
    separate();
    string(value);
    comma = true;
    return this;
  }

  JsonWriter value(long value) {
    separate();
    ascii(Long.toString(value));
    comma = true;
    return this;
  }

  JsonWriter value(boolean value) {
    separate();
    ascii(value ? "true" : "false");
    comma = true;
    return this;
  }

  JsonWriter nullValue() {
    separate();
    ascii("null");
    comma = true;
    return this;
  }

  /** A value already rendered as compact JSON, copied as it is. */
  JsonWriter rawValue(byte[] json) {
    separate();
    ensure(json.length);
    System.arraycopy(json, 0, buf, len, json.length);
    len += json.length;
    comma = true;
    return this;
  }

  JsonWriter field(String name, String value) {
    return name(name).value(value);
  }

  JsonWriter field(String name, long value) {
    return name(name).value(value);
  }

  JsonWriter field(String name, boolean value) {
    return name(name).value(value);
  }

  JsonWriter nullField(String name) {
    return name(name).nullValue();
  }

  /** An empty object, as CloudTrail writes {@code "webIdFederationData":{}}. */
  JsonWriter emptyObject(String name) {
    return name(name).beginObject().endObject();
  }

  /** Plain ASCII with nothing to escape: numbers and literals. */
  JsonWriter ascii(String s) {
    int n = s.length();
    ensure(n);
    for (int i = 0; i < n; i++) {
      buf[len++] = (byte) s.charAt(i);
    }
    return this;
  }

  private void separate() {
    if (comma) {
      put(',');
    }
  }

  private void put(char c) {
    ensure(1);
    buf[len++] = (byte) c;
  }

  private void string(String s) {
    int n = s.length();
    ensure(n + 2);
    buf[len++] = '"';
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
        ensure(1);
        buf[len++] = (byte) c;
      } else {
        escaped(s, i);
        // escaped(...) consumed a surrogate pair's second half too
        if (Character.isHighSurrogate(c) && i + 1 < n) {
          i++;
        }
      }
    }
    ensure(1);
    buf[len++] = '"';
  }

  private void escaped(String s, int i) {
    char c = s.charAt(i);
    ensure(12);
    switch (c) {
      case '"':
        buf[len++] = '\\';
        buf[len++] = '"';
        return;
      case '\\':
        buf[len++] = '\\';
        buf[len++] = '\\';
        return;
      case '\n':
        buf[len++] = '\\';
        buf[len++] = 'n';
        return;
      case '\r':
        buf[len++] = '\\';
        buf[len++] = 'r';
        return;
      case '\t':
        buf[len++] = '\\';
        buf[len++] = 't';
        return;
      default:
        break;
    }
    if (c < 0x20 || c == 0x7f) {
      buf[len++] = '\\';
      buf[len++] = 'u';
      buf[len++] = '0';
      buf[len++] = '0';
      buf[len++] = HEX[c >> 4];
      buf[len++] = HEX[c & 0xf];
      return;
    }
    int end = Character.isHighSurrogate(c) && i + 1 < s.length() ? i + 2 : i + 1;
    byte[] utf8 = s.substring(i, end).getBytes(StandardCharsets.UTF_8);
    ensure(utf8.length);
    System.arraycopy(utf8, 0, buf, len, utf8.length);
    len += utf8.length;
  }

  private void ensure(int more) {
    if (len + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
    }
  }
}
