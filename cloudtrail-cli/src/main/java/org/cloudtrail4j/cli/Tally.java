package org.cloudtrail4j.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts by key, and lists the most frequent: by count, then by key, so equal inputs give equal reports. */
final class Tally {
  /** A key and its count. */
  static final class Entry {
    final String key;
    final long count;

    Entry(String key, long count) {
      this.key = key;
      this.count = count;
    }
  }

  private static final Comparator<Entry> ORDER =
      Comparator.comparingLong((Entry e) -> e.count).reversed().thenComparing(e -> e.key);

  private final Map<String, long[]> counts = new HashMap<>();
  private long total;

  void add(String key) {
    counts.computeIfAbsent(key, k -> new long[1])[0]++;
    total++;
  }

  /** The number of distinct keys. */
  int distinct() {
    return counts.size();
  }

  /** The sum of all counts. */
  long total() {
    return total;
  }

  /** The {@code n} most frequent keys ({@code n <= 0}: all), most frequent first, ties by key. */
  List<Entry> top(int n) {
    List<Entry> all = new ArrayList<>(counts.size());
    counts.forEach((k, v) -> all.add(new Entry(k, v[0])));
    all.sort(ORDER);
    return n <= 0 || n >= all.size() ? all : all.subList(0, n);
  }
}
