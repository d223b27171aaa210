package org.cloudtrail4j.parser.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.cloudtrail4j.model.internal.Bytes;
import org.cloudtrail4j.model.internal.JsonStrings;

/**
 * Interns short ASCII strings by their bytes, so values that repeat across records (event sources and names,
 * regions, ARNs, user agents, account IDs) cost a hash and a compare instead of a new {@code String}.
 *
 * <p>A fixed-size, direct-mapped table: a miss replaces the slot, so memory stays bounded whatever the input. The
 * hash reads eight bytes at a time and checks them for non-ASCII bytes and backslashes on the way, a hit is a compare
 * of eight bytes at a time, and a miss allocates only its String. One instance per reading thread; not thread-safe.
 */
final class StringCache {
  private static final int MAX_SLOTS = 16384; // power of two
  private static final int MAX_RING = 1 << 19;
  private static final int MAX_CACHED_LENGTH = 256;
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGHS = 0x8080808080808080L;
  private static final long ONES = 0x0101010101010101L;
  private static final long BACKSLASHES = ONES * '\\';

  // Keys live in one ring of bytes, not in an array each, so that a miss allocates only its String. A slot's key is
  // valid while the ring has not written over it: its absolute start plus the ring size is still ahead of the
  // ring's absolute write position.
  private int slots;
  private int ringSize;
  private byte[] ring;
  private long written;
  private long[] keyStarts;
  private int[] keyLengths;
  private String[] values;
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

  private void resize(int slots, int ringSize) {
    this.slots = slots;
    this.ringSize = ringSize;
    this.ring = new byte[ringSize];
    this.keyStarts = new long[slots];
    this.keyLengths = new int[slots];
    this.values = new String[slots];
    this.written = 0;
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
    int start = quote + 1;
    int len = closeQuote - start;
    if (len > MAX_CACHED_LENGTH) {
      return JsonStrings.decode(b, quote, closeQuote);
    }
    long h = len;
    long special = 0;
    int i = start;
    for (; i + 8 <= closeQuote; i += 8) {
      long w = (long) LONGS.get(b, i);
      long s = w ^ BACKSLASHES;
      special |= w | ((s - ONES) & ~s);
      h = (h ^ w) * 0x9E3779B97F4A7C15L;
    }
    for (; i < closeQuote; i++) {
      byte c = b[i];
      special |= c == '\\' ? HIGHS : c;
      h = (h ^ c) * 0x100000001B3L;
    }
    if ((special & HIGHS) != 0) {
      return JsonStrings.decode(b, quote, closeQuote); // escapes or non-ASCII: decode, do not cache
    }
    if (++lookups > slots * 16L && slots < MAX_SLOTS) {
      // a long input: a bigger table (its entries start empty; it is a cache)
      resize(Math.min(MAX_SLOTS, slots * 4), Math.min(MAX_RING, ringSize * 4));
      lookups = 0;
    }
    int slot = (int) (h ^ (h >>> 32) ^ (h >>> 17)) & (slots - 1);
    String cached = values[slot];
    long keyStart = keyStarts[slot];
    if (cached != null && keyLengths[slot] == len && written <= keyStart + ringSize
        && Bytes.equal(ring, (int) (keyStart & (ringSize - 1)), b, start, len)) {
      return cached;
    }
    String s = JsonStrings.decode(b, quote, closeQuote);
    int at = (int) (written & (ringSize - 1));
    if (at + len > ringSize) { // no key wraps around the ring's end
      written += ringSize - at;
      at = 0;
    }
    System.arraycopy(b, start, ring, at, len);
    keyStarts[slot] = written;
    keyLengths[slot] = len;
    written += len;
    values[slot] = s;
    return s;
  }
}
