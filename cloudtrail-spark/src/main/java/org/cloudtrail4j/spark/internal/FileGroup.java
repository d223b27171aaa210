package org.cloudtrail4j.spark.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.connector.read.InputPartition;

/** The files one task reads, in path order. */
record FileGroup(List<Listing.LogFile> files) implements InputPartition {
  long bytes() {
    long n = 0;
    for (Listing.LogFile f : files) {
      n += f.length();
    }
    return n;
  }

  /**
   * Packs files into groups as Spark's file sources do: each file costs its length plus {@code openCost}, a group
   * holds up to {@code maxSplitBytes} = min(maxPartitionBytes, max(openCost, total cost / minPartitions)), and files
   * keep their (path) order, so that a day's files stay together.
   */
  static List<FileGroup> pack(List<Listing.LogFile> files, long maxPartitionBytes, long openCost,
      int minPartitions) {
    long total = 0;
    for (Listing.LogFile f : files) {
      total += f.length() + openCost;
    }
    long perCore = total / Math.max(1, minPartitions);
    long maxSplit = Math.min(maxPartitionBytes, Math.max(openCost, perCore));
    List<FileGroup> out = new ArrayList<>();
    List<Listing.LogFile> current = new ArrayList<>();
    long size = 0;
    for (Listing.LogFile f : files) {
      long cost = f.length() + openCost;
      if (!current.isEmpty() && size + cost > maxSplit) {
        out.add(new FileGroup(List.copyOf(current)));
        current.clear();
        size = 0;
      }
      current.add(f);
      size += cost;
    }
    if (!current.isEmpty()) {
      out.add(new FileGroup(List.copyOf(current)));
    }
    return out;
  }
}
