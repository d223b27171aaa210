package org.cloudtrail4j.parser.internal;

import org.cloudtrail4j.model.internal.JsonStrings;

/**
 * Interns short ASCII strings by their bytes, so values that repeat across records (event sources and names,
 * regions, ARNs, user agents, account IDs) cost a hash and a compare instead of a new {@code String}.
 *
 * <p>A fixed-size, direct-mapped table: a miss replaces the slot, so memory stays bounded whatever the input. The
 * cached string is its own key (its hash, then its characters, are compared with the bytes), so a miss allocates
 * only the string. One instance per reading thread; not thread-safe.
 */
final class StringCache {
  private static final int SLOTS = 16384; // power of two
  private static final int MAX_CACHED_LENGTH = 128;

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
    String cached = values[slot];
    // String.hashCode of an ASCII string is this same hash, and it is cached in the String: a cheap first test
    if (cached != null && cached.hashCode() == h && cached.length() == len && sameChars(cached, b, start)) {
      return cached;
    }
    String s = JsonStrings.decode(b, quote, closeQuote);
    values[slot] = s;
    return s;
  }

  private static boolean sameChars(String s, byte[] b, int start) {
    for (int k = 0, n = s.length(); k < n; k++) {
      if (s.charAt(k) != b[start + k]) {
        return false;
      }
    }
    return true;
  }
}
