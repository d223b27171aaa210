package org.cloudtrail4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the JSON results of a {@link ReadBenchmark} run ({@code -rf json}) into the README's tables, in users' units:
 * MB/s of uncompressed JSON, records/s, and bytes allocated per record ({@code -prof gc}), as medians over every
 * measurement iteration of every fork, with the lowest and highest fork median beside them; then the ratios the
 * targets are stated in, taken within the run: the median of the ratios of fork k to fork k (with rounds of one fork
 * each, the ratios within each round) and their range, then the ratio of the medians and its widest range.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar org.cloudtrail4j.benchmarks.ResultsTable results.json}
 */
public final class ResultsTable {
  /** The ratios the targets name: {@code {contender, baseline, what}}. */
  private static final String[][] RATIOS = {
      {"c4jFull", "jacksonNextToken", "full read vs jackson nextToken()"},
      {"c4jEager", "awsCpl", "equal-work read vs CPL"},
      {"c4jFull", "awsCpl", "full read (free-form members undecoded) vs CPL"},
      {"c4jTypical", "jacksonNextToken", "typical read vs jackson nextToken()"},
      {"c4jFiltered", "jacksonNextToken", "filtered read (1% kept) vs jackson nextToken()"},
      {"c4jGzipFile", "gzipInflate", "one .json.gz file vs inflate-only"},
      {"c4jGzipTree2", "c4jGzipTree1", ".json.gz tree, 2 threads vs 1 thread"},
      {"c4jGzipTree2", "gzipInflateTree2", ".json.gz tree vs inflate-only, 2 threads"},
      {"c4jCountTree2", "duckdbDeclared2", "count by service vs DuckDB (declared columns), 2 threads"},
      {"c4jCountTree2", "duckdbAuto2", "count by service vs DuckDB (schema detected), 2 threads"},
      {"c4jCountTree1", "duckdbDeclared1", "count by service vs DuckDB (declared columns), 1 thread"},
      {"c4jCountTreeStatsRead2", "duckdbDeclared2", "count by service, stats's read, vs DuckDB (declared), 2 threads"},
      {"c4jCountTreeStatsRead1", "duckdbDeclared1", "count by service, stats's read, vs DuckDB (declared), 1 thread"},
      {"c4jCountTreeStatsRead2", "c4jCountTree2", "count by service, stats's read vs every member decoded, 2 threads"},
  };

  private ResultsTable() {}

  /**
   * Prints the tables of a results file.
   *
   * @param args the JMH JSON results files: several (e.g. the in-memory and the tree contenders, run one after the
   *     other so that each call stays short) print as one table; keep the two sides of a ratio in one file, so that
   *     the ratio is from one run
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: ResultsTable <jmh-results.json>...");
      System.exit(2);
      return;
    }
    ObjectMapper json = new ObjectMapper();
    ArrayNode all = json.createArrayNode();
    for (String file : args) {
      all.addAll((ArrayNode) json.readTree(Path.of(file).toFile()));
    }
    print(pooled(all), new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * {@code results} with the results of one benchmark and parameters merged into one, their forks in the order of the
   * files: rounds of one fork each ({@code run.sh targets}), each round running every contender once so that load
   * and machine state reach all of them alike, print as one row per contender with one fork per round.
   */
  static ArrayNode pooled(ArrayNode results) {
    Map<String, ObjectNode> byKey = new LinkedHashMap<>();
    for (JsonNode r : results) {
      String key = r.path("benchmark").asText() + " " + r.path("params");
      ObjectNode first = byKey.get(key);
      if (first == null) {
        byKey.put(key, r.deepCopy());
        continue;
      }
      appendForks(first.path("primaryMetric"), r.path("primaryMetric"));
      r.path("secondaryMetrics").properties().forEach(m -> appendForks(first.path("secondaryMetrics").path(m.getKey()),
          m.getValue()));
    }
    ArrayNode out = results.arrayNode();
    byKey.values().forEach(out::add);
    return out;
  }

  /** Adds the forks of {@code more} to {@code metric}'s; a metric with no raw data keeps its score. */
  private static void appendForks(JsonNode metric, JsonNode more) {
    if (metric.path("rawData").isArray() && more.path("rawData").isArray()) {
      ((ArrayNode) metric.path("rawData")).addAll((ArrayNode) more.path("rawData"));
    }
  }

  /**
   * Prints one Markdown row per benchmark result of {@code results}, in the order JMH ran them, then the target
   * ratios whose two contenders both ran.
   */
  static void print(JsonNode results, PrintStream out) {
    Map<String, double[]> forkMedians = new LinkedHashMap<>();
    Map<String, Double> medians = new LinkedHashMap<>();
    out.println("| contender | corpus | forks × iterations | MB/s | fork medians, MB/s | records/s | B/record |");
    out.println("|---|---:|---:|---:|---:|---:|---:|");
    for (JsonNode r : results) {
      JsonNode params = r.path("params");
      String name = params.path("contender").asText(r.path("benchmark").asText());
      JsonNode secondary = r.path("secondaryMetrics");
      double reads = median(r.path("primaryMetric"));
      double megabytes = median(secondary.path("megabytes"));
      double records = median(secondary.path("records"));
      double allocPerRead = median(secondary.path("gc.alloc.rate.norm"));
      double recordsPerRead = reads > 0 ? records / reads : Double.NaN;
      String perRecord = secondary.has("gc.alloc.rate.norm") && recordsPerRead > 0
          ? format("%,.0f", allocPerRead / recordsPerRead) + perForkRange(secondary, r.path("primaryMetric"))
          : "-";
      double[] forks = forkMedians(secondary.path("megabytes"));
      forkMedians.put(name, forks);
      medians.put(name, megabytes);
      JsonNode raw = secondary.path("megabytes").path("rawData");
      String shape = raw.isArray() && raw.size() > 0 ? raw.size() + " × " + raw.get(0).size() : "?";
      out.println("| " + name
          + " | " + params.path("sizeMb").asText("?") + " MB"
          + " | " + shape
          + " | " + format("%,.1f", megabytes)
          + " | " + range(forks, "%,.0f")
          + " | " + format("%,.0f", records)
          + " | " + perRecord + " |");
    }
    List<String> ratios = new ArrayList<>();
    for (String[] ratio : RATIOS) {
      Double a = medians.get(ratio[0]);
      Double b = medians.get(ratio[1]);
      if (a == null || b == null) {
        continue;
      }
      double[] fa = forkMedians.get(ratio[0]);
      double[] fb = forkMedians.get(ratio[1]);
      String spread = fa.length == 0 || fb.length == 0 ? "-"
          : format("%.2f", min(fa) / max(fb)) + "–" + format("%.2f", max(fa) / min(fb));
      double[] pairs = pairedRatios(fa, fb);
      String pairedMedian = pairs.length == 0 ? "-" : format("%.2f×", median(pairs));
      String pairedRange = pairs.length == 0 ? "-" : range(pairs, "%.2f");
      ratios.add("| " + ratio[2] + " (" + ratio[0] + " / " + ratio[1] + ") | " + pairedMedian + " | " + pairedRange
          + " | " + pairs.length + " | " + format("%.2f×", a / b) + " | " + spread + " |");
    }
    if (!ratios.isEmpty()) {
      out.println();
      out.println("| ratio, same run | median of fork k / fork k | fork k / fork k, lowest–highest | pairs"
          + " | ratio of medians | lowest–highest over fork medians |");
      out.println("|---|---:|---:|---:|---:|---:|");
      ratios.forEach(out::println);
    }
  }

  /**
   * The ratios of fork k of {@code a} to fork k of {@code b}: with rounds ({@code run.sh targets}, {@code run.sh
   * final}), the ratio within each round, whose two forks ran minutes apart under the same conditions; none when the
   * fork counts differ. Their median is the figure the targets are judged on (a median of same-run ratios, not a
   * ratio of medians).
   */
  private static double[] pairedRatios(double[] a, double[] b) {
    if (a.length == 0 || a.length != b.length) {
      return new double[0];
    }
    double[] ratios = new double[a.length];
    for (int k = 0; k < a.length; k++) {
      ratios[k] = a[k] / b[k];
    }
    return ratios;
  }

  /**
   * " (lowest–highest)" of each fork's bytes per record, when there are several forks; "" otherwise. Per fork: the
   * median of its {@code gc.alloc.rate.norm} (bytes per read) over the median of its records per read.
   */
  private static String perForkRange(JsonNode secondary, JsonNode primary) {
    double[] alloc = forkMedians(secondary.path("gc.alloc.rate.norm"));
    double[] records = forkMedians(secondary.path("records"));
    double[] reads = forkMedians(primary);
    if (alloc.length < 2 || alloc.length != records.length || alloc.length != reads.length) {
      return "";
    }
    double[] perRecord = new double[alloc.length];
    for (int f = 0; f < alloc.length; f++) {
      perRecord[f] = alloc[f] / (records[f] / reads[f]);
    }
    return " (" + range(perRecord, "%,.0f") + ")";
  }

  private static double median(JsonNode metric) {
    double[] all = values(metric.path("rawData"), -1);
    if (all.length > 0) {
      return median(all);
    }
    JsonNode p50 = metric.path("scorePercentiles").path("50.0");
    return p50.isNumber() ? p50.asDouble() : metric.path("score").asDouble(Double.NaN);
  }

  /** The median of each fork's measurement iterations. */
  private static double[] forkMedians(JsonNode metric) {
    JsonNode raw = metric.path("rawData");
    double[] medians = new double[raw.size()];
    for (int f = 0; f < raw.size(); f++) {
      medians[f] = median(values(raw, f));
    }
    return medians;
  }

  /** The iterations of fork {@code fork} of {@code raw}, or of every fork for -1. */
  private static double[] values(JsonNode raw, int fork) {
    List<Double> values = new ArrayList<>();
    for (int f = 0; f < raw.size(); f++) {
      if (fork < 0 || f == fork) {
        raw.get(f).forEach(v -> values.add(v.asDouble()));
      }
    }
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static String range(double[] values, String pattern) {
    if (values.length == 0) {
      return "-";
    }
    return format(pattern, min(values)) + "–" + format(pattern, max(values));
  }

  private static double min(double[] values) {
    return Arrays.stream(values).min().orElse(Double.NaN);
  }

  private static double max(double[] values) {
    return Arrays.stream(values).max().orElse(Double.NaN);
  }

  private static String format(String pattern, double value) {
    return String.format(Locale.ROOT, pattern, value);
  }
}
