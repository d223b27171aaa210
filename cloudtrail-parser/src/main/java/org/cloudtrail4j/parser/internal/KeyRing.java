package org.cloudtrail4j.parser.internal;

import java.util.Arrays;
import org.cloudtrail4j.model.internal.Bytes;

/**
 * A direct-mapped table keyed by byte strings: the one mechanism under {@link StringCache} (strings by their bytes)
 * and {@link RepeatCache} (decoded values by their bytes). A miss replaces the slot, so memory stays bounded whatever
 * the input.
 *
 * <p>Keys live in one ring of bytes, not in an array each, so that a miss allocates nothing but its value. A slot's
 * key is valid while the ring has not written over it: its absolute start plus the ring size is still ahead of the
 * ring's absolute write position. No key wraps around the ring's end. One instance per reading thread; not
 * thread-safe.
 */
abstract class KeyRing {
  /** The high bit of every byte: set in {@link #special} by a byte that is not ASCII, or by a backslash. */
  static final long HIGHS = 0x8080808080808080L;
  private static final long ONES = 0x0101010101010101L;
  private static final long BACKSLASHES = ONES * '\\';
  /** Keys longer than this compare with the vectorised {@code Arrays.equals}; shorter ones eight bytes at a time. */
  private static final int SHORT_KEY = 64;

  /** The number of slots, a power of two; 0 before the first {@link #resize}. */
  int slots;
  /** The size of the ring of key bytes, a power of two. */
  int ringSize;
  private byte[] ring;
  private long written;
  private long[] keyStarts;
  private int[] keyLengths;
  private Object[] values;
  /**
   * After {@link #hash}: {@link #HIGHS} bits are set when the key holds a non-ASCII byte or a backslash (a string that
   * must be decoded, not copied).
   */
  long special;

  /** Starts an empty table of {@code slots} slots over a ring of {@code ringSize} bytes (both powers of two). */
  final void resize(int slots, int ringSize) {
    this.slots = slots;
    this.ringSize = ringSize;
    this.ring = new byte[ringSize];
    this.keyStarts = new long[slots];
    this.keyLengths = new int[slots];
    this.values = new Object[slots];
    this.written = 0;
  }

  /**
   * The hash of the key {@code b[start, end)}, read eight bytes at a time; notes in {@link #special} whether it holds
   * a non-ASCII byte or a backslash, on the same pass.
   */
  final long hash(byte[] b, int start, int end) {
    long h = end - start;
    long s = 0;
    int i = start;
    for (; i + 8 <= end; i += 8) {
      long w = Bytes.load(b, i);
      long x = w ^ BACKSLASHES;
      s |= w | ((x - ONES) & ~x);
      h = (h ^ w) * 0x9E3779B97F4A7C15L;
    }
    for (; i < end; i++) {
      byte c = b[i];
      s |= c == '\\' ? HIGHS : c;
      h = (h ^ c) * 0x100000001B3L;
    }
    special = s;
    return h;
  }

  /**
   * The slot of a key of hash {@code h}. The hash ends with a multiplication, which carries a difference in a key's
   * bytes only towards the high bits: without this mix, keys that differ only in the sixth to eighth byte of an
   * eight-byte word ("TLSv1.2" and "TLSv1.3", two IP addresses) always shared a slot and evicted each other.
   */
  final int slotOf(long h) {
    long x = (h ^ (h >>> 29)) * 0xBF58476D1CE4E5B9L;
    return (int) (x ^ (x >>> 32)) & (slots - 1);
  }

  /** The value in {@code slot} when its key is {@code b[start, start+len)}, else null. */
  final Object valueAt(int slot, byte[] b, int start, int len) {
    Object cached = values[slot];
    long keyStart = keyStarts[slot];
    if (cached == null || keyLengths[slot] != len || written > keyStart + ringSize) {
      return null;
    }
    int at = (int) (keyStart & (ringSize - 1));
    boolean same = len <= SHORT_KEY ? Bytes.equal(ring, at, b, start, len) : longKeyEqual(at, b, start, len);
    return same ? cached : null;
  }

  // out of line: the vectorised compare's code would make this method too big for the JIT to inline it into the
  // string cache's lookup, the hot path, once it has been compiled on its own
  private boolean longKeyEqual(int at, byte[] b, int start, int len) {
    return Arrays.equals(ring, at, at + len, b, start, start + len);
  }

  /** Puts {@code value} in {@code slot} under the key {@code b[start, start+len)}, replacing what was there. */
  final void store(int slot, byte[] b, int start, int len, Object value) {
    int at = (int) (written & (ringSize - 1));
    if (at + len > ringSize) { // no key wraps around the ring's end
      written += ringSize - at;
      at = 0;
    }
    System.arraycopy(b, start, ring, at, len);
    keyStarts[slot] = written;
    keyLengths[slot] = len;
    values[slot] = value;
    written += len;
  }
}
