package org.cloudtrail4j.spark.internal;

import java.util.function.Function;

/**
 * The converted values of one column's recent model values, by the identity of the model value. The reader hands the
 * same instance for a value that repeats across records (its string cache interns services, operations, regions and
 * ARNs; its repeat cache shares a {@code userIdentity} or a resource seen before), so such a value is converted to
 * Spark's form (UTF-8, a struct row) once per task instead of once per row. Model values are immutable and Spark
 * never changes a value it is given, so one converted value serves every row that has it. A direct-mapped table: a
 * collision only costs the conversion it would have cost anyway. One per column per task; not thread-safe.
 *
 * @param <K> the model value
 * @param <V> its Spark form
 */
final class IdentityCache<K, V> {
  private static final int SIZE = 256; // power of two
  private final Object[] keys = new Object[SIZE];
  private final Object[] values = new Object[SIZE];
  private final Function<? super K, ? extends V> convert;

  IdentityCache(Function<? super K, ? extends V> convert) {
    this.convert = convert;
  }

  /** {@code k}'s Spark form: the one converted for this instance before, if still cached; null for null. */
  @SuppressWarnings("unchecked")
  V get(K k) {
    if (k == null) {
      return null;
    }
    int i = System.identityHashCode(k) & (SIZE - 1);
    if (keys[i] == k) {
      return (V) values[i];
    }
    V v = convert.apply(k);
    keys[i] = k;
    values[i] = v;
    return v;
  }
}
