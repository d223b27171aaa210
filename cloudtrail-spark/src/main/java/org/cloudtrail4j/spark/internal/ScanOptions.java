package org.cloudtrail4j.spark.internal;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cloudtrail4j.model.json.JsonValue;
import org.cloudtrail4j.parser.CloudTrailReader;

/**
 * The options of {@code format("cloudtrail")}, read once, case-insensitively. See the module's README section for
 * what each does.
 */
record ScanOptions(List<String> paths, Mode mode, boolean pushdown, boolean pruneByRecordFields,
    Duration deliveryLag, Set<String> accounts, Set<String> regions, Instant from, Instant until,
    Long maxPartitionBytes, Long openCostBytes, Integer minPartitions, int readAheadFiles,
    Map<String, String> hadoop)
    implements Serializable {

  /**
   * Files each task has open and decoding at once, by default: 4, not 2. With two, taken in path order, the reader
   * threads sat parked in their pool (JFR) while a large file at the head of the window was still being read;
   * benchmarks/README, Spark: the 64 MB tree's full scan on local[2] took 0.32 s instead of 0.55 s (files are now
   * taken as they are ready, see EventPartitionReader).
   */
  static final int DEFAULT_READ_AHEAD = 4;

  static ScanOptions of(Map<String, String> options) {
    Map<String, String> o = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    o.putAll(options);
    List<String> paths = new ArrayList<>();
    if (o.containsKey("path")) {
      paths.add(o.get("path"));
    }
    if (o.containsKey("paths")) {
      for (JsonValue v : JsonValue.parse(o.get("paths")).elements()) {
        paths.add(v.asString().orElseThrow(() -> new IllegalArgumentException("paths: not a string: " + v)));
      }
    }
    if (paths.isEmpty()) {
      throw new IllegalArgumentException(
          "format(\"cloudtrail\") needs a path: load(\"s3a://bucket/AWSLogs/\") or option(\"path\", ...)");
    }
    Instant from = instant(o.get("from"), "from");
    Instant until = instant(o.get("until"), "until");
    if (from != null && until != null && from.isAfter(until)) {
      // a backward range would read nothing without a word, as the validator refuses it
      throw new IllegalArgumentException("from must not be after until: from " + o.get("from") + ", until "
          + o.get("until"));
    }
    // a century is more than any trail needs, and keeps the day pruning's date arithmetic in range
    Long lag = number(o, "deliveryLagDays", 0, 36_500, "a whole number of days, 0 to 36500");
    Long minPartitions = number(o, "minPartitions", 1, Integer.MAX_VALUE, "a whole number, 1 or more");
    Long readAhead = number(o, "readAheadFiles", 1, Integer.MAX_VALUE, "a whole number, 1 or more");
    return new ScanOptions(List.copyOf(paths),
        Mode.of(o.getOrDefault("mode", "PERMISSIVE")),
        bool(o, "pushdown", true),
        bool(o, "pruneByRecordFields", true),
        lag == null ? CloudTrailReader.DEFAULT_DELIVERY_LAG : Duration.ofDays(lag),
        set(o, "accounts", "account ID"),
        set(o, "regions", "region"),
        from,
        until,
        number(o, "maxPartitionBytes", 1, Long.MAX_VALUE, "a number of bytes, 1 or more"),
        number(o, "openCostBytes", 0, Long.MAX_VALUE, "a number of bytes, 0 or more"),
        minPartitions == null ? null : minPartitions.intValue(),
        readAhead == null ? DEFAULT_READ_AHEAD : readAhead.intValue(),
        hadoop(options));
  }

  /**
   * A whole-number option, or null when not given. Not a number, or outside {@code min..max}, is refused naming the
   * option: a negative delivery lag, say, would prune the days a record was delivered in, and read nothing without a
   * word.
   */
  private static Long number(Map<String, String> o, String name, long min, long max, String what) {
    String v = o.get(name);
    if (v == null) {
      return null;
    }
    long n;
    try {
      n = Long.parseLong(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be " + what + ": " + v, e);
    }
    if (n < min || n > max) {
      throw new IllegalArgumentException(name + " must be " + what + ": " + v);
    }
    return n;
  }

  /** Options that are Hadoop settings ({@code fs.*}), for this read only, as Spark's file sources take them. */
  private static Map<String, String> hadoop(Map<String, String> options) {
    Map<String, String> out = new TreeMap<>();
    options.forEach((k, v) -> {
      if (k.startsWith("fs.")) {
        out.put(k, v);
      }
    });
    return Map.copyOf(out);
  }

  private static boolean bool(Map<String, String> o, String name, boolean dflt) {
    String v = o.get(name);
    if (v == null) {
      return dflt;
    }
    switch (v.toLowerCase(Locale.ROOT)) {
      case "true":
        return true;
      case "false":
        return false;
      default:
        throw new IllegalArgumentException(name + " must be true or false: " + v);
    }
  }

  /**
   * A list of names separated by commas, or null when not given. One that names nothing ({@code ""}, {@code ","}) is
   * refused: as an empty set it would read no file.
   */
  private static Set<String> set(Map<String, String> o, String name, String what) {
    String v = o.get(name);
    if (v == null) {
      return null;
    }
    Set<String> out = new LinkedHashSet<>();
    for (String s : v.split(",")) {
      if (!s.isBlank()) {
        out.add(s.trim());
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(name + " must name at least one " + what + ", separated by commas: \"" + v
          + "\"");
    }
    return Set.copyOf(out);
  }

  private static Instant instant(String v, String name) {
    if (v == null) {
      return null;
    }
    try {
      return v.length() == 10 ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(v);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          name + " must be an ISO date (2024-05-01) or instant (2024-05-01T12:00:00Z): " + v, e);
    }
  }

  @Override
  public String toString() {
    return "paths=" + Arrays.toString(paths.toArray()) + " mode=" + mode;
  }
}
