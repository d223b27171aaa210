package org.cloudtrail4j.spark.internal;

import org.apache.spark.unsafe.types.UTF8String;

/**
 * The UTF-8 form of one string column's recent values, slotted by {@link String#hashCode} with an {@code equals}
 * check: a value that repeats across records is encoded once per task, whether the reader hands the same instance
 * (its string cache interns services, operations, regions, ARNs) or an equal new one (the strings of a
 * {@code userIdentity} decoded anew, such as its principalId and accessKeyId). Unlike {@link IdentityCache}, a new
 * instance costs no identity hash (a call into the VM the first time an object is asked for one), only a pass over
 * its bytes, which its {@code hashCode} then keeps. A direct-mapped table: a collision only costs the encoding it
 * would have cost anyway. Spark never changes a value it is given, so one {@code UTF8String} serves every row that
 * has it. One per column per task; not thread-safe.
 */
final class Utf8Cache {
  private static final int SIZE = 256; // power of two
  private final String[] keys = new String[SIZE];
  private final UTF8String[] values = new UTF8String[SIZE];

  /** The UTF-8 of {@code s}: the one encoded for an equal string before, if still cached; null for null. */
  UTF8String get(String s) {
    if (s == null) {
      return null;
    }
    int h = s.hashCode();
    int i = (h ^ (h >>> 16)) & (SIZE - 1);
    String k = keys[i];
    if (k == s || s.equals(k)) {
      return values[i];
    }
    UTF8String v = UTF8String.fromString(s);
    keys[i] = s;
    values[i] = v;
    return v;
  }
}
