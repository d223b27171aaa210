package org.cloudtrail4j.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.parser.CloudTrailProblem;
import org.cloudtrail4j.parser.CloudTrailReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that cannot be read whole, beside a good one: a {@code .json.gz} cut short and one that is not gzip at all.
 * In each mode they are what the README says (a row per problem, dropped and counted, or the query's failure naming
 * the file), the good file's records are never lost, and the problems are the library's own, word for word.
 */
class UnreadableFileTest {
  @TempDir
  static Path dir;
  private static SparkSession spark;
  private static String tree;
  private static List<CloudTrailProblem> problems;
  private static List<String> events;

  @BeforeAll
  static void start() throws IOException {
    spark = TestSpark.session();
    TestTrees.write(dir, "123456789012", "us-east-1", "2024-05-01", "good",
        TestTrees.record("2024-05-01T10:00:00Z", "iam.amazonaws.com", "First", "{}"),
        TestTrees.record("2024-05-01T10:01:00Z", "iam.amazonaws.com", "Second", "{}"));
    String[] many = new String[40];
    for (int i = 0; i < many.length; i++) {
      many[i] = TestTrees.record("2024-05-01T11:00:00Z", "s3.amazonaws.com", "Cut" + i, "{\"i\":" + i + "}");
    }
    Path cut = TestTrees.write(dir, "123456789012", "us-east-1", "2024-05-01", "cut", many);
    byte[] whole = Files.readAllBytes(cut);
    Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
    Path notGzip = TestTrees.write(dir, "123456789012", "us-east-1", "2024-05-01", "text");
    Files.writeString(notGzip, "this is not gzip, nor JSON", StandardCharsets.UTF_8);
    tree = dir.resolve("AWSLogs").toUri().toString();
    // the library's own reading of the same tree, the oracle
    problems = new ArrayList<>();
    try (Stream<CloudTrailEvent> s = CloudTrailReader.builder().onProblem(problems::add).build()
        .read(dir.resolve("AWSLogs"))) {
      events = s.map(e -> e.eventName().orElseThrow()).sorted().collect(Collectors.toList());
    }
  }

  /** A problem as Spark's rows and messages give it: its file's name, then the text after its source's name. */
  private static String named(String source, String problemText) {
    return source.substring(source.lastIndexOf('/') + 1) + problemText;
  }

  @Test
  void theTreeHasBothKindsOfUnreadableFile() {
    assertThat(problems).extracting(p -> p.source().substring(p.source().lastIndexOf('/') + 1))
        .contains("123456789012_CloudTrail_us-east-1_20240501T0000Z_cut.json.gz",
            "123456789012_CloudTrail_us-east-1_20240501T0000Z_text.json.gz")
        .doesNotContain("123456789012_CloudTrail_us-east-1_20240501T0000Z_good.json.gz");
    assertThat(events).contains("First", "Second", "Cut0").doesNotContain("Cut39");
  }

  @Test
  void permissiveKeepsEachProblemAsARowAndEveryReadableRecord() {
    List<Row> rows = spark.read().format("cloudtrail").load(tree)
        .selectExpr("eventName", "_file", "_recordIndex", "_problem", "_raw").collectAsList();
    List<String> names = rows.stream().filter(r -> r.isNullAt(3)).map(r -> r.getString(0)).sorted()
        .collect(Collectors.toList());
    assertThat(names).isEqualTo(events);
    List<String> sparkProblems = new ArrayList<>();
    for (Row r : rows) {
      if (r.isNullAt(3)) {
        continue;
      }
      String file = r.getString(1);
      String problem = r.getString(3);
      assertThat(problem).as("the problem names its file").startsWith(file);
      sparkProblems.add(named(file, problem.substring(file.length())));
      assertThat(r.isNullAt(0)).as("a problem row's data columns are null").isTrue();
    }
    assertThat(sparkProblems).containsExactlyInAnyOrderElementsOf(
        problems.stream().map(p -> named(p.source(), p.toString().substring(p.source().length()))).toList());
    // the file that is not gzip is a problem of the file, not of a record: no record index, no raw record
    Row text = rows.stream().filter(r -> !r.isNullAt(3) && r.getString(1).endsWith("_text.json.gz")).findFirst()
        .orElseThrow();
    assertThat(text.isNullAt(2)).isTrue();
    assertThat(text.isNullAt(4)).isTrue();
    assertThat(text.getString(3)).contains("@ byte 0").contains("UNSUPPORTED_FORMAT");
  }

  @Test
  void dropMalformedDropsTheProblemsAndKeepsEveryReadableRecord() {
    List<String> names = spark.read().format("cloudtrail").option("mode", "DROPMALFORMED").load(tree)
        .selectExpr("eventName").collectAsList().stream().map(r -> r.getString(0)).sorted()
        .collect(Collectors.toList());
    assertThat(names).isEqualTo(events);
  }

  @Test
  void failFastFailsTheQueryNamingTheFileAndWhere() {
    Throwable failure = catchThrowable(() -> spark.read().format("cloudtrail").option("mode", "FAILFAST").load(tree)
        .selectExpr("eventName").collectAsList());
    assertThat(failure).isNotNull();
    String trace = stackTrace(failure);
    // one of the problems, whole: its file, byte offset, record (if any), JSON path, kind and words
    assertThat(problems).anySatisfy(p -> assertThat(trace)
        .contains(p.source().substring(p.source().lastIndexOf('/') + 1))
        .contains(p.toString().substring(p.source().length())));
  }

  private static String stackTrace(Throwable t) {
    StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    return w.toString();
  }
}
