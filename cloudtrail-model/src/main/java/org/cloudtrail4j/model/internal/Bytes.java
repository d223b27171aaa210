package org.cloudtrail4j.model.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Compares short byte ranges eight bytes at a time: faster than {@code Arrays.equals} for the 5 to 60 byte keys and
 * values of a CloudTrail record, where the vectorised intrinsic's set-up costs more than the compare.
 *
 * <p>Not part of the API: exported only to the cloudtrail4j parser module.
 */
public final class Bytes {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private Bytes() {}

  /** The eight bytes at {@code i}, little-endian. */
  public static long load(byte[] b, int i) {
    return (long) LONGS.get(b, i);
  }

  /** The four bytes at {@code i}, little-endian. */
  public static int loadInt(byte[] b, int i) {
    return (int) (long) LONGS.get(b, i);
  }

  /** The four ASCII characters of {@code four} as {@link #loadInt} reads them from bytes. */
  public static int loadInt(String four) {
    byte[] b = (four + "    ").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    return loadInt(b, 0);
  }

  /** True when {@code a[aOff, aOff+len)} equals {@code b[bOff, bOff+len)}. */
  public static boolean equal(byte[] a, int aOff, byte[] b, int bOff, int len) {
    int k = 0;
    for (; k + 8 <= len; k += 8) {
      if ((long) LONGS.get(a, aOff + k) != (long) LONGS.get(b, bOff + k)) {
        return false;
      }
    }
    if (k < len) {
      // the last eight bytes, overlapping what was compared, when the range is long enough
      if (len >= 8) {
        return (long) LONGS.get(a, aOff + len - 8) == (long) LONGS.get(b, bOff + len - 8);
      }
      for (; k < len; k++) {
        if (a[aOff + k] != b[bOff + k]) {
          return false;
        }
      }
    }
    return true;
  }
}
