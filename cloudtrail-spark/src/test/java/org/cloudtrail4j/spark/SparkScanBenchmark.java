package org.cloudtrail4j.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.cloudtrail4j.spark.internal.EventSchema;

/**
 * The Spark harness behind benchmarks/README.md's Spark table: format("cloudtrail") against Spark's own JSON source
 * (with the schema declared, as users do today, and with inference) over a generated tree, in one JVM, same run.
 *
 * <pre>
 * java [Spark's --add-opens flags] -cp ... org.cloudtrail4j.spark.SparkScanBenchmark TREE MASTER [RUNS]
 * </pre>
 *
 * Not a test: cloudtrail-spark/bench.sh builds the class path, generates the corpus and runs it for local[2] and
 * local[1].
 */
public final class SparkScanBenchmark {
  private SparkScanBenchmark() {}

  /**
   * Runs every query of every contender {@code RUNS} times after one warm-up and prints the medians.
   *
   * @param args the tree's AWSLogs folder, the Spark master, and the number of measured runs (default 5), and
   *     optionally the sources to run, as comma-separated name prefixes
   * @throws Exception when a query fails unexpectedly
   */
  public static void main(String[] args) throws Exception {
    Path tree = Path.of(args[0]).toAbsolutePath();
    String master = args.length > 1 ? args[1] : "local[2]";
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    List<String> only = args.length > 3 && !args[3].isEmpty() ? List.of(args[3].split(",")) : List.of();
    long jsonBytes = jsonBytes(tree);
    SparkSession spark = SparkSession.builder().master(master).appName("cloudtrail4j-spark-bench")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.session.timeZone", "UTC").getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    String path = tree.toUri().toString();
    StructType declared = new StructType().add("Records", DataTypes.createArrayType(withoutMaps(EventSchema.SCHEMA)));

    Map<String, Supplier<Dataset<Row>>> sources = new LinkedHashMap<>();
    sources.put("cloudtrail", () -> spark.read().format("cloudtrail").load(path));
    // files open and decoding at once per task (the default is 2): one, as before, and four
    sources.put("cloudtrail, readAheadFiles=1", () -> spark.read().format("cloudtrail")
        .option("readAheadFiles", "1").load(path));
    sources.put("cloudtrail, readAheadFiles=4", () -> spark.read().format("cloudtrail")
        .option("readAheadFiles", "4").load(path));
    // one task per core: no second wave of tasks, each task's set-up paid once per core
    sources.put("cloudtrail, one task per core", () -> spark.read().format("cloudtrail")
        .option("maxPartitionBytes", String.valueOf(Long.MAX_VALUE)).load(path));
    sources.put("json, declared schema", () -> spark.read().schema(declared).option("recursiveFileLookup", "true")
        .json(path).selectExpr("explode(Records) AS r").selectExpr("r.*"));
    sources.put("json, inferred schema", () -> spark.read().option("recursiveFileLookup", "true").json(path)
        .selectExpr("explode(Records) AS r").selectExpr("r.*"));
    // what a user tuning by hand declares for the two grouping queries: only the members they read
    StructType narrow = new StructType().add("Records", DataTypes.createArrayType(new StructType()
        .add("eventSource", DataTypes.StringType).add("eventName", DataTypes.StringType)));
    sources.put("json, 2 declared columns", () -> spark.read().schema(narrow).option("recursiveFileLookup", "true")
        .json(path).selectExpr("explode(Records) AS r").selectExpr("r.*"));

    Map<String, java.util.function.Function<Dataset<Row>, Object>> queries = new LinkedHashMap<>();
    queries.put("full scan (every column, noop sink)", df -> {
      df.write().format("noop").mode("overwrite").save();
      return "-";
    });
    queries.put("count by eventSource", df -> total(df.groupBy("eventSource").count().collectAsList()));
    queries.put("eventSource = 'eks.amazonaws.com', count by eventName",
        df -> total(df.where("eventSource = 'eks.amazonaws.com'").groupBy("eventName").count().collectAsList()));

    System.out.printf(Locale.ROOT, "tree %s: %,d bytes of JSON; master %s; JDK %s; %d measured runs after 1 warm-up%n",
        tree, jsonBytes, master, System.getProperty("java.version"), runs);
    System.out.printf(Locale.ROOT,
        "| source | query | median s | min-max s | MB/s | rows | runs (s) |%n|---|---|---:|---:|---:|---:|---|%n");
    for (Map.Entry<String, Supplier<Dataset<Row>>> s : sources.entrySet()) {
      if (!only.isEmpty() && only.stream().noneMatch(s.getKey()::startsWith)) {
        continue;
      }
      for (Map.Entry<String, java.util.function.Function<Dataset<Row>, Object>> q : queries.entrySet()) {
        if (s.getKey().startsWith("json, 2") && q.getKey().startsWith("full")) {
          continue; // two columns are not a full scan
        }
        double[] times = new double[runs];
        String failure = null;
        Object result = null;
        for (int i = -1; i < runs && failure == null; i++) {
          long t0 = System.nanoTime();
          try {
            result = q.getValue().apply(s.getValue().get());
          } catch (Exception e) {
            String m = String.valueOf(e.getMessage());
            failure = "fails: " + m.substring(0, Math.min(m.length(), 90)).replace('\n', ' ')
                + String.format(Locale.ROOT, " (after %.1f s)", (System.nanoTime() - t0) / 1e9);
          }
          if (i >= 0 && failure == null) {
            times[i] = (System.nanoTime() - t0) / 1e9;
          }
        }
        if (failure != null) {
          System.out.printf(Locale.ROOT, "| %s | %s | %s | | |%n", s.getKey(), q.getKey(), failure);
          continue;
        }
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        double median = sorted[runs / 2];
        List<String> each = new ArrayList<>();
        for (double t : times) {
          each.add(String.format(Locale.ROOT, "%.2f", t));
        }
        System.out.printf(Locale.ROOT, "| %s | %s | %.2f | %.2f-%.2f | %.0f | %s | %s |%n", s.getKey(), q.getKey(),
            median, sorted[0], sorted[runs - 1], jsonBytes / 1e6 / median, result, String.join(", ", each));
      }
    }
    spark.stop();
  }

  private static Object total(List<Row> counts) {
    long n = 0;
    for (Row r : counts) {
      n += r.getLong(1);
    }
    return n;
  }

  /** The schema a user would declare for the JSON source: ours, without the maps JSON cannot fill the same way. */
  private static StructType withoutMaps(StructType s) {
    StructType out = new StructType();
    for (StructField f : s.fields()) {
      DataType t = f.dataType();
      if (t instanceof MapType) {
        continue;
      }
      if (t instanceof StructType st) {
        t = withoutMaps(st);
      } else if (t instanceof org.apache.spark.sql.types.ArrayType at && at.elementType() instanceof StructType st) {
        t = DataTypes.createArrayType(withoutMaps(st));
      }
      out = out.add(f.name(), t);
    }
    return out;
  }

  private static long jsonBytes(Path tree) throws java.io.IOException {
    long n = 0;
    try (Stream<Path> files = Files.walk(tree)) {
      for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(p))) {
          n += in.transferTo(java.io.OutputStream.nullOutputStream());
        }
      }
    }
    return n;
  }
}
