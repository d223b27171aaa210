package org.cloudtrail4j.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.cloudtrail4j.parser.CloudTrailReader;
import org.cloudtrail4j.parser.EventFilter;
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
  private static final String PRUNED_ACCOUNT = "362994526367";
  private static final String PRUNED_REGION = "us-east-1";
  private static final String PRUNED_QUERY = "one account and region, eventSource = EKS, count by eventName";

  private static final int WARM_UP_ROUNDS = 2;
  /** The tree's JSON bytes, for MB/s. */
  private static long jsonBytes;

  private SparkScanBenchmark() {}

  /**
   * Runs every query of every contender {@code RUNS} times, round-robin after two warm-up rounds, and prints the
   * medians.
   *
   * @param args the tree's AWSLogs folder, the Spark master, and the number of measured runs (default 5), and
   *     optionally the sources to run, separated by commas not followed by a space: names, or prefixes ending in
   *     '*' ("no Spark" for the floors)
   * @throws Exception when a query fails unexpectedly
   */
  public static void main(String[] args) throws Exception {
    Path tree = Path.of(args[0]).toAbsolutePath();
    String master = args.length > 1 ? args[1] : "local[2]";
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    List<String> only = args.length > 3 && !args[3].isEmpty() ? List.of(args[3].split(",(?! )")) : List.of();
    jsonBytes = jsonBytes(tree);
    SparkSession spark = SparkSession.builder().master(master).appName("cloudtrail4j-spark-bench")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.session.timeZone", "UTC").getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    String path = tree.toUri().toString();
    StructType declared = new StructType().add("Records", DataTypes.createArrayType(withoutMaps(EventSchema.SCHEMA)));

    Map<String, Supplier<Dataset<Row>>> sources = new LinkedHashMap<>();
    sources.put("cloudtrail", () -> spark.read().format("cloudtrail").load(path));
    // files open and decoding at once per task (the default is 4)
    sources.put("cloudtrail, readAheadFiles=2", () -> spark.read().format("cloudtrail")
        .option("readAheadFiles", "2").load(path));
    sources.put("cloudtrail, readAheadFiles=8", () -> spark.read().format("cloudtrail")
        .option("readAheadFiles", "8").load(path));
    // one task per core: no second wave of tasks, each task's set-up paid once per core (the default's packing of
    // this tree since the open cost is Spark's over readAheadFiles)
    sources.put("cloudtrail, one task per core", () -> spark.read().format("cloudtrail")
        .option("maxPartitionBytes", String.valueOf(Long.MAX_VALUE)).load(path));
    // the packing before that: Spark's full open cost, 4 tasks for this tree on two cores
    sources.put("cloudtrail, Spark's open cost", () -> spark.read().format("cloudtrail")
        .option("openCostBytes", String.valueOf(4L << 20)).load(path));
    // every member decoded whatever the columns, as before the member projection: asking for _problem checks them all
    sources.put("cloudtrail, every member decoded", () -> spark.read().format("cloudtrail").load(path)
        .where("_problem IS NULL"));
    // Spark's fixed cost of the same query shape: the same keys, listing, packing and opens, no records
    String empty = emptyTree(tree).toUri().toString();
    sources.put("cloudtrail, empty files", () -> spark.read().format("cloudtrail").load(empty));
    sources.put("json, declared schema", () -> spark.read().schema(declared).option("recursiveFileLookup", "true")
        .json(path).selectExpr("explode(Records) AS r").selectExpr("r.*"));
    sources.put("json, declared schema, empty files", () -> spark.read().schema(declared)
        .option("recursiveFileLookup", "true").json(empty).selectExpr("explode(Records) AS r").selectExpr("r.*"));
    // what a user who knows the layout does for one account and region: a path to that folder
    String keyFolder = tree.resolve(PRUNED_ACCOUNT + "/CloudTrail/" + PRUNED_REGION).toUri().toString();
    sources.put("json, declared schema, key folder", () -> spark.read().schema(declared)
        .option("recursiveFileLookup", "true").json(keyFolder).selectExpr("explode(Records) AS r")
        .selectExpr("r.*"));
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
    // the same, for one account and region: 8 of the 100 files; cloudtrail prunes the listing by these filters
    String prunedWhere = "recipientAccountId = '" + PRUNED_ACCOUNT + "' AND awsRegion = '" + PRUNED_REGION
        + "' AND eventSource = 'eks.amazonaws.com'";
    queries.put(PRUNED_QUERY, df -> total(df.where(prunedWhere).groupBy("eventName").count().collectAsList()));

    System.out.printf(Locale.ROOT, "tree %s: %,d bytes of JSON; master %s; JDK %s; %d measured rounds after %d warm-up"
        + " rounds, every case once per round%n", tree, jsonBytes, master, System.getProperty("java.version"), runs,
        WARM_UP_ROUNDS);
    System.out.printf(Locale.ROOT,
        "| source | query | median s | min-max s | MB/s | rows | runs (s) |%n|---|---|---:|---:|---:|---:|---|%n");
    List<Case> cases = new ArrayList<>();
    if (selected(only, "no Spark")) {
      floors(cases, tree, logFiles(tree), cores(master), runs);
    }
    for (Map.Entry<String, Supplier<Dataset<Row>>> s : sources.entrySet()) {
      if (!selected(only, s.getKey())) {
        continue;
      }
      if (s.getKey().startsWith("cloudtrail")) {
        System.out.printf(Locale.ROOT, "| %s | (partitions) | %d | | | | |%n", s.getKey(),
            s.getValue().get().rdd().getNumPartitions());
      }
      if (s.getKey().equals("cloudtrail")) {
        // what the pruned query's scan reads: EXPLAIN's files=N of M
        String plan = s.getValue().get().where(prunedWhere).queryExecution().executedPlan().toString();
        System.out.printf(Locale.ROOT, "| %s | (pruned query's scan) | %s | | | | |%n", s.getKey(),
            plan.replaceAll("(?s).*(keyPruning=[^,]*).*(files=\\d+ of \\d+).*", "$1, $2"));
      }
      for (Map.Entry<String, java.util.function.Function<Dataset<Row>, Object>> q : queries.entrySet()) {
        String onlyQueries = System.getenv().getOrDefault("BENCH_QUERIES", "");
        if (!onlyQueries.isEmpty() && !q.getKey().startsWith(onlyQueries)) {
          continue; // e.g. BENCH_QUERIES=full for a profile of the full scan alone
        }
        if (s.getKey().startsWith("json, 2") && (q.getKey().startsWith("full") || q.getKey().equals(PRUNED_QUERY))) {
          continue; // two columns are neither a full scan nor the columns of the pruned query
        }
        if (s.getKey().endsWith("key folder") && !q.getKey().equals(PRUNED_QUERY)) {
          continue; // the folder of one account and region answers only the query on them
        }
        if (s.getKey().startsWith("json, inferred") && !q.getKey().startsWith("full")) {
          continue; // inference fails on this tree, whatever the query
        }
        cases.add(new Case(s.getKey(), q.getKey(), () -> q.getValue().apply(s.getValue().get()), runs));
      }
    }
    measure(cases, runs);
    spark.stop();
  }

  /** Whether {@code name} is to run: all when {@code only} is empty, else a name in it, or a prefix ending in '*'. */
  private static boolean selected(List<String> only, String name) {
    return only.isEmpty() || only.stream().anyMatch(o -> o.endsWith("*")
        ? name.startsWith(o.substring(0, o.length() - 1)) : name.equals(o));
  }

  /** Floors without Spark, on as many threads as the master has cores: what no Spark source can avoid. */
  private static void floors(List<Case> cases, Path tree, List<Path> files, int cores, int runs) {
    cases.add(new Case("no Spark: gzip inflate only, " + cores + " threads", "every file",
        () -> inflate(files, cores), runs));
    cases.add(new Case("no Spark: CloudTrailReader, parallelism " + cores + ", unordered", "eventSource = EKS, count",
        () -> {
          try (Stream<org.cloudtrail4j.model.CloudTrailEvent> events = CloudTrailReader.builder()
              .parallelism(cores).ordered(false).filter(EventFilter.eventSource("eks.amazonaws.com")).build()
              .read(tree)) {
            return events.count();
          }
        }, runs));
  }

  /** One source's query: its work and its times. */
  private static final class Case {
    final String source;
    final String query;
    final Callable<Object> work;
    final double[] times;
    Object result;
    String failure;

    Case(String source, String query, Callable<Object> work, int runs) {
      this.source = source;
      this.query = query;
      this.work = work;
      this.times = new double[runs];
    }

    void run(int round) {
      long t0 = System.nanoTime();
      try {
        result = work.call();
      } catch (Exception e) {
        String m = String.valueOf(e.getMessage());
        failure = String.format(Locale.ROOT, "fails: %s (after %.1f s)",
            m.substring(0, Math.min(m.length(), 90)).replace('\n', ' '), (System.nanoTime() - t0) / 1e9);
        return;
      }
      if (round >= 0) {
        times[round] = (System.nanoTime() - t0) / 1e9;
      }
    }
  }

  /**
   * Runs every case once per round, warm-up rounds first, so that no contender is measured while the JIT is still
   * compiling what the later ones use (the first source of a JVM measured slower than the same code later in it),
   * and drift spreads over all of them. Then prints a row per case: median, range, each run.
   */
  private static void measure(List<Case> cases, int runs) {
    for (int round = -WARM_UP_ROUNDS; round < runs; round++) {
      for (Case c : cases) {
        if (c.failure == null) {
          c.run(round);
        }
      }
    }
    for (Case c : cases) {
      if (c.failure != null) {
        System.out.printf(Locale.ROOT, "| %s | %s | %s | | | | |%n", c.source, c.query, c.failure);
        continue;
      }
      double[] sorted = Arrays.copyOf(c.times, runs);
      Arrays.sort(sorted);
      double median = sorted[runs / 2];
      List<String> each = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        each.add(String.format(Locale.ROOT, "%.3f", c.times[i]));
      }
      System.out.printf(Locale.ROOT, "| %s | %s | %.3f | %.3f-%.3f | %.0f | %s | %s |%n", c.source, c.query, median,
          sorted[0], sorted[runs - 1], jsonBytes / 1e6 / median, c.result, String.join(", ", each));
    }
  }

  private static int cores(String master) {
    String n = master.replaceAll("^local\\[(.*?)(,.*)?\\]$", "$1");
    return n.equals("*") || n.equals(master) ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(n);
  }

  private static List<Path> logFiles(Path tree) throws IOException {
    try (Stream<Path> files = Files.walk(tree)) {
      return files.filter(p -> p.toString().endsWith(".json.gz")).sorted().toList();
    }
  }

  /** Inflates every file on {@code threads} threads, as they come free: the gzip floor of any reader. */
  private static long inflate(List<Path> files, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Long>> done = new ArrayList<>();
      for (Path p : files) {
        done.add(pool.submit(() -> {
          long n = 0;
          byte[] buffer = new byte[1 << 16];
          try (InputStream in = new GZIPInputStream(Files.newInputStream(p), 1 << 16)) {
            for (int r; (r = in.read(buffer)) > 0; ) {
              n += r;
            }
          }
          return n;
        }));
      }
      long total = 0;
      for (Future<Long> f : done) {
        total += f.get();
      }
      return total;
    } finally {
      pool.shutdown();
    }
  }

  /** The same keys with no records in them, for Spark's and the listing's fixed cost: written once. */
  private static Path emptyTree(Path tree) throws IOException {
    Path root = tree.getParent().getParent().resolve("empty-tree").resolve("AWSLogs");
    if (Files.isDirectory(root)) {
      return root;
    }
    Path tmp = Files.createTempDirectory(tree.getParent().getParent(), "empty-tree-");
    for (Path p : logFiles(tree)) {
      Path out = tmp.resolve("AWSLogs").resolve(tree.relativize(p).toString());
      Files.createDirectories(out.getParent());
      try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(out))) {
        o.write("{\"Records\":[]}".getBytes(StandardCharsets.UTF_8));
      }
    }
    Files.move(tmp, root.getParent());
    return root;
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
