package org.cloudtrail4j.parser;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An input stream that synthesises its bytes from parts repeated many times, so that tests can read gigabytes, a
 * 200 MB string or a million records without storing them: {@code GeneratedInput.of("{\"Records\":[")
 * .repeat(record + ",", n - 1).then(record).then("]}")}. Memory is the parts, whatever the length.
 */
final class GeneratedInput extends InputStream {
  private final List<byte[]> parts = new ArrayList<>();
  private final List<Long> repeats = new ArrayList<>();
  private int part;
  private long left; // repeats left of the current part, counting the current one
  private int pos;
  private long produced;

  private GeneratedInput() {}

  /** A stream that starts with {@code text}. */
  static GeneratedInput of(String text) {
    return new GeneratedInput().then(text);
  }

  /** Appends {@code text} once. */
  GeneratedInput then(String text) {
    return repeat(text, 1);
  }

  /** Appends {@code text} {@code times} times. */
  GeneratedInput repeat(String text, long times) {
    return repeat(text.getBytes(StandardCharsets.UTF_8), times);
  }

  /** Appends {@code bytes} {@code times} times. */
  GeneratedInput repeat(byte[] bytes, long times) {
    if (times > 0 && bytes.length > 0) {
      parts.add(bytes);
      repeats.add(times);
      if (parts.size() == 1) {
        left = times;
      }
    }
    return this;
  }

  /** The total length of the stream. */
  long length() {
    long n = 0;
    for (int k = 0; k < parts.size(); k++) {
      n += parts.get(k).length * repeats.get(k);
    }
    return n;
  }

  /** Bytes handed out so far. */
  long produced() {
    return produced;
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    int n = 0;
    while (n < len && part < parts.size()) {
      byte[] p = parts.get(part);
      int k = Math.min(len - n, p.length - pos);
      System.arraycopy(p, pos, b, off + n, k);
      n += k;
      pos += k;
      if (pos == p.length) {
        pos = 0;
        if (--left == 0) {
          part++;
          left = part < parts.size() ? repeats.get(part) : 0;
        }
      }
    }
    produced += n;
    return n == 0 ? -1 : n;
  }
}
