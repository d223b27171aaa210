package org.cloudtrail4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns the JSON results of a {@link ReadBenchmark} run ({@code -rf json}) into the README's table, in users' units:
 * MB/s of uncompressed JSON, records/s, and bytes allocated per record ({@code -prof gc}). Medians over the
 * measurement iterations.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar org.cloudtrail4j.benchmarks.ResultsTable results.json}
 */
public final class ResultsTable {
  private ResultsTable() {}

  /**
   * Prints the table of a results file.
   *
   * @param args the JMH JSON results file
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ResultsTable <jmh-results.json>");
      System.exit(2);
      return;
    }
    print(new ObjectMapper().readTree(Path.of(args[0]).toFile()),
        new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /** Prints one Markdown row per benchmark result of {@code results}, in the order JMH ran them. */
  static void print(JsonNode results, PrintStream out) {
    out.println("| contender | corpus | MB/s | records/s | B/record | reads/s |");
    out.println("|---|---:|---:|---:|---:|---:|");
    for (JsonNode r : results) {
      JsonNode params = r.path("params");
      double reads = median(r.path("primaryMetric"));
      JsonNode secondary = r.path("secondaryMetrics");
      double megabytes = median(secondary.path("megabytes"));
      double records = median(secondary.path("records"));
      double allocPerRead = median(secondary.path("gc.alloc.rate.norm"));
      double recordsPerRead = reads > 0 ? records / reads : Double.NaN;
      String perRecord = secondary.has("gc.alloc.rate.norm") && recordsPerRead > 0
          ? format("%,.0f", allocPerRead / recordsPerRead) : "-";
      out.println("| " + params.path("contender").asText(r.path("benchmark").asText())
          + " | " + params.path("sizeMb").asText("?") + " MB"
          + " | " + format("%,.1f", megabytes)
          + " | " + format("%,.0f", records)
          + " | " + perRecord
          + " | " + format("%,.2f", reads) + " |");
    }
  }

  private static double median(JsonNode metric) {
    JsonNode p50 = metric.path("scorePercentiles").path("50.0");
    return p50.isNumber() ? p50.asDouble() : metric.path("score").asDouble(Double.NaN);
  }

  private static String format(String pattern, double value) {
    return String.format(Locale.ROOT, pattern, value);
  }
}
