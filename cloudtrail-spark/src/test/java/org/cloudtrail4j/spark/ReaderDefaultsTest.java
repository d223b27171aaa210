package org.cloudtrail4j.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.parser.CloudTrailProblem;
import org.cloudtrail4j.parser.CloudTrailReader;
import org.cloudtrail4j.parser.ReadLimits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark source reads with {@code CloudTrailReader.builder()}'s defaults (limits, strictness): records at the edge
 * of each are rows or problems exactly as for a reader built with the defaults, so a default changed in the builder
 * reaches the Spark source too, and one the Spark source set apart from the builder fails here.
 */
class ReaderDefaultsTest {
  private static final int DEPTH = ReadLimits.DEFAULT_MAX_NESTING_DEPTH;

  @TempDir
  static Path dir;
  private static SparkSession spark;
  private static Path file;

  @BeforeAll
  static void start() {
    spark = TestSpark.session();
    List<String> records = new ArrayList<>();
    // free-form members nested around the default depth limit: the first ones are read, the last ones are not
    for (int depth = DEPTH - 3; depth <= DEPTH + 1; depth++) {
      records.add(TestTrees.record("2024-05-01T10:00:00Z", "iam.amazonaws.com", "Depth" + depth,
          "[".repeat(depth) + "]".repeat(depth)));
    }
    // a grammar error in a free-form member, which only strict validation finds while reading (not the default)
    records.add(TestTrees.record("2024-05-01T10:01:00Z", "iam.amazonaws.com", "NotStrict", "{\"a\":tru}"));
    records.add(TestTrees.record("2024-05-01T10:02:00Z", "iam.amazonaws.com", "Last", "{}"));
    file = TestTrees.write(dir, "123456789012", "us-east-1", "2024-05-01", "d", records.toArray(new String[0]));
  }

  @Test
  void recordsAtTheEdgesOfTheDefaultsAreRowsOrProblemsAsForADefaultReader() {
    List<CloudTrailProblem> problems = new ArrayList<>();
    Set<String> names;
    try (Stream<CloudTrailEvent> events = CloudTrailReader.builder().onProblem(problems::add).build().read(file)) {
      names = events.map(e -> e.eventName().orElseThrow()).collect(Collectors.toCollection(TreeSet::new));
    }
    Set<Long> bad = problems.stream().map(p -> p.recordIndex()).collect(Collectors.toCollection(TreeSet::new));
    // the tree reaches both sides of the default depth limit, and the default is lenient
    assertThat(names).contains("Depth" + (DEPTH - 3), "NotStrict", "Last");
    assertThat(bad).isNotEmpty();

    List<Row> rows = spark.read().format("cloudtrail").load(dir.resolve("AWSLogs").toUri().toString())
        .selectExpr("_recordIndex", "eventName", "_problem").collectAsList();
    Set<String> sparkNames = rows.stream().filter(r -> r.isNullAt(2)).map(r -> r.getString(1))
        .collect(Collectors.toCollection(TreeSet::new));
    Set<Long> sparkBad = rows.stream().filter(r -> !r.isNullAt(2)).map(r -> r.getLong(0))
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(sparkNames).isEqualTo(names);
    assertThat(sparkBad).isEqualTo(bad);
  }
}
