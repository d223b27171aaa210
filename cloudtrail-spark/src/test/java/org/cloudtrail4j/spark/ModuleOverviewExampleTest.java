package org.cloudtrail4j.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cloudtrail4j.apicheck.DocExamples;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.parser.CloudTrailReader;
import org.junit.jupiter.api.Test;

/**
 * The example of the module's overview page (the package-info.java of the module's one package, as the module has no
 * module-info) is the code this test runs, on a local[2] session over the samples: the lines between
 * {@code // package-info.java: overview example} and {@code // end}, less their indentation, stand in its
 * {@code <pre>{@code ...}}</pre>} block as they are.
 */
class ModuleOverviewExampleTest {
  private static final Path TEST = Path.of("src/test/java/org/cloudtrail4j/spark/ModuleOverviewExampleTest.java");
  private static final Path OVERVIEW = Path.of("src/main/java/org/cloudtrail4j/spark/package-info.java");

  @Test
  void countsTheFailedCallsPerServiceAndErrorAsTheReaderDoes() {
    SparkSession spark = TestSpark.session();
    String path = TestSpark.samples().toUri().toString();
    // package-info.java: overview example
    Dataset<Row> failed = spark.read().format("cloudtrail").load(path)
        .where("errorCode IS NOT NULL")
        .groupBy("eventSource", "errorCode")
        .count();
    // end
    Map<String, Long> counted = new TreeMap<>();
    for (Row r : failed.collectAsList()) {
      counted.put(r.getString(0) + " " + r.getString(1), r.getLong(2));
    }
    Map<String, Long> read = new TreeMap<>();
    try (Stream<CloudTrailEvent> events = CloudTrailReader.stream(TestSpark.samples())) {
      events.filter(e -> e.errorCode().isPresent())
          .forEach(e -> read.merge(e.eventSource().orElse("?") + " " + e.errorCode().orElseThrow(), 1L, Long::sum));
    }
    assertThat(read).isNotEmpty();
    assertThat(counted).isEqualTo(read);
  }

  @Test
  void theOverviewShowsThisCode() throws IOException {
    DocExamples.assertInOverview(TEST, OVERVIEW);
  }
}
