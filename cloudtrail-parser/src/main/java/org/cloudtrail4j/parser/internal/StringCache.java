package org.cloudtrail4j.parser.internal;

import java.util.Arrays;
import org.cloudtrail4j.model.internal.JsonStrings;

/**
 * Interns short ASCII strings by their bytes, so values that repeat across records (event sources and names,
 * regions, ARNs, user agents, account IDs) cost a hash and a compare instead of a new {@code String}.
 *
 * <p>A fixed-size, direct-mapped table: a miss replaces the slot, so memory stays bounded whatever the input. One
 * instance per reading thread; not thread-safe.
 */
final class StringCache {
  private static final int SLOTS = 4096; // power of two
  private static final int MAX_CACHED_LENGTH = 128;

  private final byte[][] keys = new byte[SLOTS][];
  private final String[] values = new String[SLOTS];

  /**
   * The string literal with quotes at {@code quote} and {@code closeQuote}, from the cache when it is short ASCII
   * without escapes.
   */
  String get(byte[] b, int quote, int closeQuote) {
    int start = quote + 1;
    int len = closeQuote - start;
    if (len > MAX_CACHED_LENGTH) {
      return JsonStrings.decode(b, quote, closeQuote);
    }
    int h = 0;
    for (int i = start; i < closeQuote; i++) {
      byte c = b[i];
      if (c < 0 || c == '\\') {
        return JsonStrings.decode(b, quote, closeQuote);
      }
      h = 31 * h + c;
    }
    int slot = (h ^ (h >>> 12)) & (SLOTS - 1);
    byte[] key = keys[slot];
    if (key != null && Arrays.equals(key, 0, key.length, b, start, closeQuote)) {
      return values[slot];
    }
    String s = JsonStrings.decode(b, quote, closeQuote);
    keys[slot] = Arrays.copyOfRange(b, start, closeQuote);
    values[slot] = s;
    return s;
  }
}
