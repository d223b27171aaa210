package org.cloudtrail4j.parser.internal;

import java.util.Arrays;
import org.cloudtrail4j.model.internal.Bytes;

/**
 * Remembers the value decoded from a JSON value's exact bytes, so that a value a trail repeats byte for byte is
 * decoded once and then shared: the {@code userIdentity} of one session's calls (type, ARN, access key, session
 * issuer, creation time) is the same in every record the session writes, and decoding it is about a quarter of what
 * reading a record allocates.
 *
 * <p>Only for immutable values that depend on nothing but the bytes (not on where they are: no {@code JsonValue}
 * slices of the source, which would also keep the source's buffer alive): equal bytes then decode to an equal value,
 * so handing out the one decoded before is invisible, except to {@code ==}. Bytes that decoded with an error are
 * never stored, so a hit never skips a check the decoder would have made.
 *
 * <p>A direct-mapped table: a miss replaces the slot, so memory stays bounded whatever the input. Keys live in one
 * ring of bytes, as in {@link StringCache}, so a miss allocates nothing; the ring is allocated on first use and grows
 * once, so one small input does not pay for a table built for a large one. One instance per reading thread; not
 * thread-safe.
 *
 * @param <T> the decoded values
 */
final class RepeatCache<T> {
  private static final int MAX_LENGTH = 2048;
  private static final int SMALL_SLOTS = 64;
  private static final int SMALL_RING = 16 * 1024;
  private static final int SLOTS = 512;
  private static final int RING = 128 * 1024;

  private int slots;
  private int ringSize;
  private byte[] ring;
  private long written;
  private long[] keyStarts;
  private int[] keyLengths;
  private Object[] values;
  private long lookups;
  // the slot of the last get(), for the put() that follows a miss
  private int lastSlot = -1;

  /**
   * The value decoded before from the bytes {@code [start, end)}, or null; a miss is followed by
   * {@link #put} of the same bytes once they have decoded without an error.
   */
  @SuppressWarnings("unchecked")
  T get(byte[] b, int start, int end) {
    int len = end - start;
    if (len > MAX_LENGTH) {
      lastSlot = -1;
      return null;
    }
    if (ring == null) {
      resize(SMALL_SLOTS, SMALL_RING);
    } else if (++lookups == SMALL_SLOTS * 8L && slots == SMALL_SLOTS) {
      resize(SLOTS, RING); // a long input: the full table (its entries start empty; it is a cache)
    }
    long h = len;
    int i = start;
    for (; i + 8 <= end; i += 8) {
      h = (h ^ Bytes.load(b, i)) * 0x9E3779B97F4A7C15L;
    }
    for (; i < end; i++) {
      h = (h ^ b[i]) * 0x100000001B3L;
    }
    int slot = (int) (h ^ (h >>> 32) ^ (h >>> 17)) & (slots - 1);
    lastSlot = slot;
    Object cached = values[slot];
    long keyStart = keyStarts[slot];
    if (cached != null && keyLengths[slot] == len && written <= keyStart + ringSize) {
      int at = (int) (keyStart & (ringSize - 1));
      if (Arrays.equals(ring, at, at + len, b, start, end)) {
        return (T) cached;
      }
    }
    return null;
  }

  /** Remembers {@code value} as decoded from {@code [start, end)}, the bytes of the {@link #get} just missed. */
  void put(byte[] b, int start, int end, T value) {
    int len = end - start;
    if (lastSlot < 0 || len > MAX_LENGTH) {
      return;
    }
    int at = (int) (written & (ringSize - 1));
    if (at + len > ringSize) { // no key wraps around the ring's end
      written += ringSize - at;
      at = 0;
    }
    System.arraycopy(b, start, ring, at, len);
    keyStarts[lastSlot] = written;
    keyLengths[lastSlot] = len;
    values[lastSlot] = value;
    written += len;
    lastSlot = -1;
  }

  private void resize(int slots, int ringSize) {
    this.slots = slots;
    this.ringSize = ringSize;
    this.ring = new byte[ringSize];
    this.keyStarts = new long[slots];
    this.keyLengths = new int[slots];
    this.values = new Object[slots];
    this.written = 0;
  }
}
