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
   * Packs files into groups as Spark's file sources size them: each file costs its length plus {@code openCost}, and
   * there are as many groups as it takes to hold the total cost in groups of at most {@code maxSplitBytes} =
   * min(maxPartitionBytes, max(openCost, total cost / minPartitions)). Unlike Spark's next-fit packing, which leaves
   * the last group a remainder (100 equal files: 31, 31, 31 and 7, so that on two cores the second wave runs one
   * full task alone), the files are spread evenly over that many groups, and keep their (path) order, so that a
   * day's files stay together: each group costs about total / groups (within one file), and never more than
   * {@code maxPartitionBytes} unless it is a single file. (Not {@code maxSplitBytes}: when that is the per-core share,
   * a file straddling the share would start a group of its own, and the midpoint then another, a third task on two
   * cores.)
   */
  static List<FileGroup> pack(List<Listing.LogFile> files, long maxPartitionBytes, long openCost,
      int minPartitions) {
    if (files.isEmpty()) {
      return List.of();
    }
    long total = 0;
    for (Listing.LogFile f : files) {
      total += f.length() + openCost;
    }
    // rounded up: Spark's rounding down makes minPartitions + 1 groups of an odd total, a second wave of tasks
    long perCore = (total + Math.max(1, minPartitions) - 1) / Math.max(1, minPartitions);
    long maxSplit = Math.max(1, Math.min(maxPartitionBytes, Math.max(openCost, perCore)));
    long groups = Math.min(files.size(), Math.max(1, (total + maxSplit - 1) / maxSplit));
    // a file goes to the group its cost's midpoint falls in: contiguous groups of nearly equal cost
    double target = (double) total / groups;
    List<FileGroup> out = new ArrayList<>((int) groups);
    List<Listing.LogFile> current = new ArrayList<>();
    long before = 0;
    long index = 0;
    long size = 0;
    for (Listing.LogFile f : files) {
      long cost = f.length() + openCost;
      long g = Math.min(groups - 1, (long) ((before + cost / 2.0) / target));
      if (!current.isEmpty() && (g > index || size + cost > maxPartitionBytes)) {
        out.add(new FileGroup(List.copyOf(current)));
        current.clear();
        size = 0;
      }
      index = Math.max(index, g);
      current.add(f);
      size += cost;
      before += cost;
    }
    out.add(new FileGroup(List.copyOf(current)));
    return out;
  }
}
