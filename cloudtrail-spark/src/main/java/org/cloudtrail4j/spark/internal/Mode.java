package org.cloudtrail4j.spark.internal;

import java.util.Locale;

/** What to do with a bad record or file, as Spark's JSON source names it. */
enum Mode {
  /** Keep it as a row: data columns null, {@code _problem} and {@code _raw} set; count it. */
  PERMISSIVE,
  /** Skip it and count it. */
  DROPMALFORMED,
  /** Fail the query on the first one. */
  FAILFAST;

  static Mode of(String s) {
    try {
      return valueOf(s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("mode must be PERMISSIVE, DROPMALFORMED or FAILFAST: " + s, e);
    }
  }
}
