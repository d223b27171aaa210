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

  private static final int SMALL_SLOTS = 64;
  private static final int SMALL_RING = 16 * 1024;
  private static final int FULL_SLOTS = 512;
  private static final int FULL_RING = 128 * 1024;
  private long uses;

  /**
   * For a table of decoded values ({@link RepeatCache}, {@link StructureMemo}), sized by use before each look-up: a
   * small table (64 slots, 16 KB of keys) at the first, so that a short input does not pay for a table built for a
   * long one, and the full one (512 slots, 128 KB) after 512 look-ups, its entries empty (it is a cache).
   *
   * @return true when the table was made anew
   */
  final boolean sizedByUse() {
    if (slots == 0) {
      resize(SMALL_SLOTS, SMALL_RING);
      return true;
    }
    if (++uses == SMALL_SLOTS * 8L && slots == SMALL_SLOTS) {
      resize(FULL_SLOTS, FULL_RING);
      return true;
    }
    return false;
  }

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
   *
   * <p>Each word is multiplied on its own and folded in with a rotation, so the words' multiplications do not wait
   * for one another: a chain of {@code h = (h ^ w) * K} made a 200-byte user agent or a 500-byte identity wait for
   * one multiplication after the other. The last word of a key of eight bytes or more is read overlapping the one
   * before it; a shorter key is gathered into one word. {@link #slotOf} mixes the result.
   */
  final long hash(byte[] b, int start, int end) {
    int len = end - start;
    long h = len;
    long s = 0;
    int i = start;
    for (; i + 8 <= end; i += 8) {
      long w = Bytes.load(b, i);
      long x = w ^ BACKSLASHES;
      s |= w | ((x - ONES) & ~x);
      h = Long.rotateLeft(h, 23) ^ (w * 0x9E3779B97F4A7C15L);
    }
    if (i < end) {
      long w;
      if (len >= 8) {
        w = Bytes.load(b, end - 8);
      } else {
        w = 0;
        for (int k = 0; k < len; k++) {
          w |= (b[start + k] & 0xFFL) << (k << 3);
        }
      }
      long x = w ^ BACKSLASHES;
      s |= w | ((x - ONES) & ~x);
      h = Long.rotateLeft(h, 23) ^ (w * 0xC2B2AE3D27D4EB4FL);
    }
    special = s;
    return h;
  }

  /**
   * A hash of the long key {@code b[start, end)} from some of its bytes: its first and last 64 and every 32nd word
   * in between, enough to tell apart the values {@link RepeatCache} holds (identities of 300 to 600 bytes differ in
   * their ARNs, keys and session dates) without reading every word twice, here and in the compare of a hit. Only a
   * slot's choice: a hit still compares every byte. Does not set {@link #special}.
   */
  final long sampledHash(byte[] b, int start, int end) {
    int len = end - start;
    if (len <= 192) {
      return hash(b, start, end);
    }
    long h = hash(b, start, start + 64) ^ Long.rotateLeft(hash(b, end - 64, end), 31) ^ len;
    for (int i = start + 64; i + 8 <= end - 64; i += 32) {
      h = Long.rotateLeft(h, 23) ^ (Bytes.load(b, i) * 0x9E3779B97F4A7C15L);
    }
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

  /**
   * The length of the key in {@code slot} when the bytes from {@code b[start]} (and before {@code end}) begin with
   * it, else -1: for a table whose keys' lengths the caller does not know yet.
   */
  final int prefixAt(int slot, byte[] b, int start, int end) {
    long keyStart = keyStarts[slot];
    int len = keyLengths[slot];
    if (values[slot] == null || len > end - start || written > keyStart + ringSize) {
      return -1;
    }
    int at = (int) (keyStart & (ringSize - 1));
    boolean same = len <= SHORT_KEY ? Bytes.equal(ring, at, b, start, len) : longKeyEqual(at, b, start, len);
    return same ? len : -1;
  }

  /** The value in {@code slot}, whatever its key; null when empty. */
  final Object valueIn(int slot) {
    return values[slot];
  }

  /** Replaces the value in {@code slot}, keeping its key. */
  final void replaceValue(int slot, Object value) {
    values[slot] = value;
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
