package org.cloudtrail4j.spark.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeProjection;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.parser.CloudTrailReader;

/**
 * The row path of the full scan without Spark's scheduling or the reader's threads: the CPU time one thread takes to
 * turn every event of a tree into this data source's rows of every column, then also into Spark's {@code UnsafeRow}
 * through Spark's generated projection (what the {@code ProjectExec} after a row-based scan does), with a new
 * converter (cold caches) per pass, as a task has. Events are read into memory first. Run with another version's
 * classes first on the class path to compare two row writers. "Rows alone" is not the same work for two writers: a
 * converter to generic rows hands Spark objects it made or cached before, a writer of {@code UnsafeRow}s copies
 * their bytes; rows plus projection is the work a scan's task does either way.
 *
 * <pre>
 * java -cp ... org.cloudtrail4j.spark.internal.RowWriteProbe TREE [PASSES]
 * </pre>
 *
 * Not a test: benchmarks/README.md, Spark, session 9.
 */
public final class RowWriteProbe {
  private static final int WARM_UP_PASSES = 10;

  private RowWriteProbe() {}

  /**
   * Prints the median and range of the CPU time per pass, for the rows alone and for rows plus projection.
   *
   * @param args the tree's AWSLogs folder and the number of measured passes (default 15)
   * @throws Exception when the tree cannot be read
   */
  public static void main(String[] args) throws Exception {
    Path tree = Path.of(args[0]);
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    List<CloudTrailEvent> events = new ArrayList<>();
    try (Stream<CloudTrailEvent> s = CloudTrailReader.builder().parallelism(2).ordered(true).build().read(tree)) {
      s.forEach(events::add);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    UnsafeProjection project = UnsafeProjection.create(EventSchema.SCHEMA);
    double[] rows = new double[passes];
    double[] projected = new double[passes];
    long check = 0;
    for (int pass = -WARM_UP_PASSES; pass < passes; pass++) {
      RowConverter converter = new RowConverter(EventSchema.SCHEMA);
      long t0 = threads.getCurrentThreadCpuTime();
      for (CloudTrailEvent e : events) {
        InternalRow row = converter.event(e);
        check += row.isNullAt(1) ? 1 : 0;
      }
      long t1 = threads.getCurrentThreadCpuTime();
      converter = new RowConverter(EventSchema.SCHEMA);
      long t2 = threads.getCurrentThreadCpuTime();
      for (CloudTrailEvent e : events) {
        check += project.apply(converter.event(e)).getSizeInBytes();
      }
      long t3 = threads.getCurrentThreadCpuTime();
      if (pass >= 0) {
        rows[pass] = (t1 - t0) / 1e6;
        projected[pass] = (t3 - t2) / 1e6;
      }
    }
    System.out.printf(Locale.ROOT, "%d events, %d passes, ms of CPU per pass: rows %s; rows + Spark's UnsafeProjection "
        + "%s (check %d)%n", events.size(), passes, summary(rows), summary(projected), check);
  }

  private static String summary(double[] times) {
    double[] sorted = times.clone();
    Arrays.sort(sorted);
    return String.format(Locale.ROOT, "median %.1f (%.1f-%.1f)", sorted[sorted.length / 2], sorted[0],
        sorted[sorted.length - 1]);
  }
}
