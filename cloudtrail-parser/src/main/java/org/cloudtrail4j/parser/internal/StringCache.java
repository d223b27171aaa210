package org.cloudtrail4j.parser.internal;

import java.util.Optional;
import org.cloudtrail4j.model.internal.JsonStrings;

/**
 * Interns short ASCII strings by their bytes, so values that repeat across records (event sources and names,
 * regions, ARNs, user agents, account IDs) cost a hash and a compare instead of a new {@code String}.
 *
 * <p>A {@link KeyRing}: the hash reads eight bytes at a time and checks them for non-ASCII bytes and backslashes on
 * the way, a hit is a compare of eight bytes at a time, and a miss allocates only its String (and Optional). One instance per
 * reading thread; not thread-safe. It keeps each string in the {@code Optional} an event hands out (see
 * {@link #optional}).
 */
final class StringCache extends KeyRing {
  private static final int MAX_SLOTS = 16384; // power of two
  private static final int MAX_RING = 1 << 19;
  private static final int MAX_CACHED_LENGTH = 256;

  private long lookups;

  /**
   * A cache that starts small (about 9 KB) and grows with use to its full size (about 850 KB), so that a short input
   * (one EventBridge event in a Lambda function) does not pay for a cache built for a 50 MB log file.
   */
  StringCache() {
    this(256, 4096);
  }

  private StringCache(int slots, int ringSize) {
    resize(slots, ringSize);
  }

  /**
   * A cache sized for an input of {@code bytes} bytes: a single EventBridge event read in a Lambda function should not
   * pay for a cache built for a 50 MB log file.
   */
  static StringCache forInputOf(long bytes) {
    // grows further with use, like any cache
    int slots = (int) Math.min(MAX_SLOTS, Math.max(256, Long.highestOneBit(Math.max(1, bytes / 64)) * 2));
    int ring = (int) Math.min(MAX_RING, Math.max(4096, Long.highestOneBit(Math.max(1, bytes / 8)) * 2));
    return new StringCache(slots, ring);
  }

  /**
   * The string literal with quotes at {@code quote} and {@code closeQuote}, from the cache when it is short ASCII
   * without escapes.
   */
  String get(byte[] b, int quote, int closeQuote) {
    Optional<String> cached = cached(b, quote, closeQuote);
    return cached != null ? cached.get() : JsonStrings.decode(b, quote, closeQuote);
  }

  /**
   * As {@link #get}, as the {@code Optional} an event's accessor returns: one a cached string shares with every
   * record that has it, so that an accessor returns it without allocating one for each call (on JDK 17 the JIT does
   * not remove those).
   */
  Optional<String> optional(byte[] b, int quote, int closeQuote) {
    Optional<String> cached = cached(b, quote, closeQuote);
    return cached != null ? cached : Optional.of(JsonStrings.decode(b, quote, closeQuote));
  }

  /** The cached string, cached now on a miss; null when it is not to be cached (long, escapes or not ASCII). */
  @SuppressWarnings("unchecked")
  private Optional<String> cached(byte[] b, int quote, int closeQuote) {
    int start = quote + 1;
    int len = closeQuote - start;
    if (len > MAX_CACHED_LENGTH) {
      return null;
    }
    long h = hash(b, start, closeQuote);
    if ((special & HIGHS) != 0) {
      return null; // escapes or non-ASCII: decode, do not cache
    }
    if (++lookups > slots * 16L && slots < MAX_SLOTS) {
      // a long input: a bigger table (its entries start empty; it is a cache)
      resize(Math.min(MAX_SLOTS, slots * 4), Math.min(MAX_RING, ringSize * 4));
      lookups = 0;
    }
    int slot = slotOf(h);
    Object cached = valueAt(slot, b, start, len);
    if (cached != null) {
      return (Optional<String>) cached;
    }
    Optional<String> s = Optional.of(JsonStrings.decode(b, quote, closeQuote));
    store(slot, b, start, len, s);
    return s;
  }
}
