package org.cloudtrail4j.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.adaptive.AdaptiveSparkPlanExec;
import org.apache.spark.sql.execution.datasources.v2.BatchScanExec;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.parser.CloudTrailReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Filters pushed into the parser and the key pruning change how much is read, never which rows come back. */
class PushdownTest {
  private static SparkSession spark;
  private static String samples;
  private static List<CloudTrailEvent> all;

  @BeforeAll
  static void start() {
    spark = TestSpark.session();
    samples = TestSpark.samples().toUri().toString();
    try (Stream<CloudTrailEvent> events = CloudTrailReader.stream(TestSpark.samples())) {
      all = events.collect(Collectors.toList());
    }
  }

  private static Dataset<Row> load(boolean pushdown) {
    return spark.read().format("cloudtrail").option("pushdown", String.valueOf(pushdown)).load(samples);
  }

  private static List<String> ids(Dataset<Row> df) {
    List<String> out = new ArrayList<>();
    for (Row r : df.selectExpr("_file", "_recordIndex").collectAsList()) {
      out.add(r.getString(0) + "#" + r.getLong(1));
    }
    out.sort(null);
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "eventSource = 'kms.amazonaws.com'",
      "eventSource IN ('iam.amazonaws.com', 'config.amazonaws.com') AND awsRegion = 'us-east-1'",
      "eventName = 'AttachUserPolicy' AND recipientAccountId = '111122223333'",
      "eventTime >= TIMESTAMP '2019-01-01 00:00:00' AND eventTime < TIMESTAMP '2020-12-01 00:00:00'",
      "eventTime > TIMESTAMP '2019-02-19 10:00:00' AND eventTime <= TIMESTAMP '2020-11-01 08:40:00'",
      "eventTime = TIMESTAMP '2019-01-01 00:00:00'",
      "awsRegion <=> 'eu-west-1' OR eventSource = 'kms.amazonaws.com'",
      "_logRegion = 'us-east-1' AND _logDate >= DATE '2020-01-01'",
      "eventSource = 'nothing.amazonaws.com'",
      "'2019-06-01' < eventTime AND 'kms.amazonaws.com' = eventSource",
      "eventSource IN ('kms.amazonaws.com', NULL) AND eventName <> 'Decrypt'",
      "eventTime BETWEEN TIMESTAMP '2019-01-01 00:00:00' AND TIMESTAMP '2019-12-31 23:59:59.999999'",
      "_logDate = DATE '2019-02-19' OR _logAccount = '111122223333'"})
  void pushdownOnAndOffGiveTheSameRows(String where) {
    List<String> on = ids(load(true).where(where));
    List<String> off = ids(load(false).where(where));
    assertThat(on).isEqualTo(off);
    assertThat(off.size()).isLessThan(all.size());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 54, 1000})
  void aPushedLimitGivesAsManyRowsAsSparksOwn(int n) {
    Dataset<Row> on = load(true).limit(n);
    Dataset<Row> off = load(false).limit(n);
    assertThat(on.count()).isEqualTo(off.count()).isEqualTo(Math.min(n, all.size()));
    List<String> ids = ids(on);
    assertThat(ids).doesNotHaveDuplicates().isSubsetOf(ids(load(true)));
    String plan = on.queryExecution().explainString(org.apache.spark.sql.execution.ExtendedMode$.MODULE$);
    assertThat(plan).contains("limit=" + n);
  }

  @Test
  void aPushedLimitStopsEachTaskEarly() {
    Dataset<Row> df = load(true).selectExpr("eventName").limit(1);
    assertThat(df.collectAsList()).hasSize(1);
    BatchScanExec scan = scan(df.queryExecution().executedPlan());
    // two tasks (local[2]) read up to one row each: far fewer than the 54 records and 17 files
    assertThat(metric(scan, "filesRead")).isLessThan(17);
  }

  @Test
  void pushedFiltersGiveWhatTheReaderGives() {
    Instant from = Instant.parse("2019-01-01T00:00:00Z");
    Predicate<CloudTrailEvent> want = e -> Set.of("iam.amazonaws.com", "kms.amazonaws.com")
        .contains(e.eventSource().orElse("")) && !e.eventTime().orElseThrow().isBefore(from);
    long expected = all.stream().filter(want).count();
    Dataset<Row> df = load(true)
        .where("eventSource IN ('iam.amazonaws.com', 'kms.amazonaws.com') AND eventTime >= '2019-01-01'");
    assertThat(df.count()).isEqualTo(expected).isPositive();
  }

  @Test
  void explainShowsThePushedFiltersAndThePruning() {
    Dataset<Row> df = load(true).where("eventSource = 'kms.amazonaws.com' AND awsRegion = 'us-east-1'");
    df.collectAsList();
    String plan = df.queryExecution().explainString(org.apache.spark.sql.execution.ExtendedMode$.MODULE$);
    assertThat(plan).contains("eventSource = 'kms.amazonaws.com'")
        .contains("parserFilter=eventSource in [kms.amazonaws.com], awsRegion in [us-east-1]")
        .contains("keyPruning=regions=[us-east-1]");
  }

  @Test
  void metricsShowRecordsSkippedInTheParserAndFilesPrunedByKey() {
    Dataset<Row> df = load(true).where("eventSource = 'kms.amazonaws.com' AND awsRegion = 'us-east-1'");
    long rows = df.collectAsList().size();
    BatchScanExec scan = scan(df.queryExecution().executedPlan());
    long read = metric(scan, "recordsRead");
    long skipped = metric(scan, "recordsSkippedByFilter");
    long files = metric(scan, "filesRead");
    long usEast1 = all.stream().filter(e -> e.awsRegion().orElse("").equals("us-east-1")).count();
    assertThat(read).isEqualTo(rows);
    assertThat(read + skipped).isEqualTo(usEast1);
    long allFiles = all.stream().map(e -> e.origin().orElseThrow().source()).distinct().count();
    assertThat(files).isPositive().isLessThan(allFiles);
  }

  static BatchScanExec scan(SparkPlan plan) {
    if (plan instanceof AdaptiveSparkPlanExec a) {
      return scan(a.executedPlan());
    }
    if (plan instanceof BatchScanExec b) {
      return b;
    }
    for (SparkPlan child : scala.jdk.javaapi.CollectionConverters.asJava(plan.children())) {
      BatchScanExec found = scan(child);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  static long metric(BatchScanExec scan, String name) {
    return scan.metrics().get(name).get().value();
  }
}
