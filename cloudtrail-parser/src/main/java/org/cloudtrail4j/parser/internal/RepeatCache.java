package org.cloudtrail4j.parser.internal;

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
 * <p>A {@link KeyRing}, as the {@link StringCache} is: a miss allocates nothing. The table is allocated on first use
 * and grows once, so one small input does not pay for a table built for a large one. One instance per reading
 * thread; not thread-safe.
 *
 * @param <T> the decoded values
 */
final class RepeatCache<T> extends KeyRing {
  private static final int MAX_LENGTH = 2048;

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
    sizedByUse();
    int slot = slotOf(sampledHash(b, start, end));
    lastSlot = slot;
    return (T) valueAt(slot, b, start, len);
  }

  /** Remembers {@code value} as decoded from {@code [start, end)}, the bytes of the {@link #get} just missed. */
  void put(byte[] b, int start, int end, T value) {
    int len = end - start;
    if (lastSlot < 0 || len > MAX_LENGTH) {
      return;
    }
    store(lastSlot, b, start, len, value);
    lastSlot = -1;
  }
}
