package org.cloudtrail4j.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.parser.CloudTrailProblem;
import org.cloudtrail4j.parser.CloudTrailReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trees no real file shows: bad records, names that differ only by case. */
class CloudTrailEdgeCasesTest {
  private static final int LARGE_FILE_RECORDS = 1500;
  private static final int BAD_RECORD = 700;

  @TempDir
  static Path dir;
  private static SparkSession spark;
  private static String caseTree;
  private static String badTree;
  private static String largeTree;
  private static String faultyTree;
  private static String brokenTree;

  @BeforeAll
  static void start() {
    spark = TestSpark.session();
    Path cases = dir.resolve("cases");
    TestTrees.write(cases, "123456789012", "us-east-1", "2024-05-01", "a",
        TestTrees.record("2024-05-01T10:00:00Z", "iam.amazonaws.com", "UpdateRole",
            "{\"roleArn\":\"arn:aws:iam::123456789012:role/a\"}"));
    TestTrees.write(cases, "123456789012", "us-east-1", "2024-05-01", "b",
        TestTrees.record("2024-05-01T11:00:00Z", "sts.amazonaws.com", "Other",
            "{\"rolearn\":\"arn:aws:iam::123456789012:role/b\",\"RoleArn\":7}"));
    caseTree = cases.toUri().toString();
    Path bad = dir.resolve("bad");
    TestTrees.write(bad, "123456789012", "us-east-1", "2024-05-01", "c",
        TestTrees.record("2024-05-01T10:00:00Z", "iam.amazonaws.com", "First", "{}"),
        TestTrees.record("yesterday at noon", "iam.amazonaws.com", "Bad", "{}"),
        TestTrees.record("2024-05-01T10:02:00Z", "iam.amazonaws.com", "Last", "{}"));
    badTree = bad.toUri().toString();
    // files of many more records than the reader hands over at once, read together: their rows come interleaved
    Path large = dir.resolve("large");
    for (String name : List.of("a", "b", "c", "d")) {
      String[] records = new String[LARGE_FILE_RECORDS];
      for (int i = 0; i < records.length; i++) {
        records[i] = name.equals("b") && i == BAD_RECORD
            ? TestTrees.record("not a time", "s3.amazonaws.com", "Bad", "{}")
            : TestTrees.record("2024-05-01T10:00:00Z", "s3.amazonaws.com", "GetObject",
                "{\"file\":\"" + name + "\",\"i\":" + i + "}");
      }
      TestTrees.write(large, "123456789012", "us-east-1", "2024-05-01", name, records);
    }
    largeTree = large.toUri().toString();
    // faults each of which only decoding its member finds: an invalid time, an identity of the wrong type
    Path faulty = dir.resolve("faulty");
    TestTrees.write(faulty, "123456789012", "us-east-1", "2024-05-01", "f",
        TestTrees.record("2024-05-01T10:00:00Z", "iam.amazonaws.com", "First", "{}"),
        TestTrees.record("yesterday at noon", "iam.amazonaws.com", "BadTime", "{}"),
        TestTrees.record("2024-05-01T10:02:00Z", "iam.amazonaws.com", "BadIdentity", "{}")
            .replaceFirst("\\{\"type\":\"AssumedRole\",", "\"alice\",\"x\":{"));
    faultyTree = faulty.toUri().toString();
    // a fault of the record's own structure (a missing comma), found whatever is decoded
    Path broken = dir.resolve("broken");
    TestTrees.write(broken, "123456789012", "us-east-1", "2024-05-01", "g",
        TestTrees.record("2024-05-01T10:00:00Z", "iam.amazonaws.com", "First", "{}"),
        TestTrees.record("2024-05-01T10:01:00Z", "iam.amazonaws.com", "Broken", "{}").replace(",\"awsRegion\"",
            " \"awsRegion\""));
    brokenTree = broken.toUri().toString();
  }

  @Test
  void readsATreeOnWhichSparksJsonInferenceFails() {
    assertThatThrownBy(() -> spark.read().option("recursiveFileLookup", "true").json(caseTree).selectExpr("explode(Records)").count())
        .hasStackTraceContaining("COLUMN_ALREADY_EXISTS");
    List<Row> rows = spark.read().format("cloudtrail").load(caseTree)
        .selectExpr("eventName", "get_json_object(requestParameters, '$.roleArn')",
            "get_json_object(requestParameters, '$.rolearn')", "get_json_object(requestParameters, '$.RoleArn')")
        .orderBy("eventName").collectAsList();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).getString(0)).isEqualTo("Other");
    assertThat(rows.get(0).getString(1)).isNull();
    assertThat(rows.get(0).getString(2)).isEqualTo("arn:aws:iam::123456789012:role/b");
    assertThat(rows.get(0).getString(3)).isEqualTo("7");
    assertThat(rows.get(1).getString(1)).isEqualTo("arn:aws:iam::123456789012:role/a");
  }

  @Test
  void permissiveKeepsABadRecordAsARowWithItsProblem() {
    List<Row> rows = spark.read().format("cloudtrail").load(badTree)
        .selectExpr("_recordIndex", "eventName", "_problem", "_raw").orderBy("_recordIndex").collectAsList();
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).getString(1)).isEqualTo("First");
    assertThat(rows.get(1).getLong(0)).isEqualTo(1L);
    assertThat(rows.get(1).isNullAt(1)).isTrue();
    assertThat(rows.get(1).getString(2)).contains("record 1").contains("eventTime").contains("INVALID_VALUE");
    assertThat(rows.get(1).getString(3)).contains("yesterday at noon");
    assertThat(rows.get(2).getString(1)).isEqualTo("Last");
    assertThat(rows.get(2).isNullAt(2)).isTrue();
  }

  @Test
  void dropMalformedSkipsIt() {
    List<Row> rows = spark.read().format("cloudtrail").option("mode", "DROPMALFORMED").load(badTree)
        .selectExpr("eventName", "eventTime").orderBy("eventName").collectAsList();
    assertThat(rows).extracting(r -> r.getString(0)).containsExactly("First", "Last");
  }

  @Test
  void failFastFailsTheQueryNamingTheFileAndRecord() {
    // the library's own problem for the same file, whole: byte offset, record, JSON path, kind and words
    List<CloudTrailProblem> expected = new ArrayList<>();
    try (Stream<CloudTrailEvent> events = CloudTrailReader.builder().onProblem(expected::add).build()
        .read(Path.of(URI.create(badTree)))) {
      assertThat(events.count()).isEqualTo(2);
    }
    assertThat(expected).hasSize(1);
    CloudTrailProblem p = expected.get(0);
    assertThat(p.toString()).contains(" @ byte ").contains(", record 1, $.Records[1].eventTime: INVALID_VALUE: ");
    assertThatThrownBy(() -> spark.read().format("cloudtrail").option("mode", "FAILFAST").load(badTree)
        .selectExpr("eventTime").collectAsList())
        .hasStackTraceContaining("123456789012_CloudTrail_us-east-1_20240501T0000Z_c.json.gz"
            + p.toString().substring(p.source().length()));
  }

  @Test
  void aRecordWhoseFaultsLieInColumnsNotReadIsARowAsWithSparksJsonSource() {
    // only the members the columns read are decoded, so only they are checked
    for (String mode : List.of("PERMISSIVE", "DROPMALFORMED", "FAILFAST")) {
      assertThat(names(spark.read().format("cloudtrail").option("mode", mode).load(faultyTree)
          .selectExpr("eventName", "eventSource")))
          .as(mode).containsExactly("BadIdentity", "BadTime", "First");
      assertThat(spark.read().format("cloudtrail").option("mode", mode).load(faultyTree).count())
          .as(mode).isEqualTo(3);
    }
    assertThat(names(spark.read().format("cloudtrail").option("mode", "DROPMALFORMED").load(faultyTree)
        .selectExpr("eventName", "eventTime"))).containsExactly("BadIdentity", "First");
    assertThat(names(spark.read().format("cloudtrail").option("mode", "DROPMALFORMED").load(faultyTree)
        .selectExpr("eventName", "userIdentity.arn"))).containsExactly("BadTime", "First");
  }

  @Test
  void aFaultInAColumnReadIsAProblemRowOrFailsTheQuery() {
    List<Row> rows = spark.read().format("cloudtrail").load(faultyTree)
        .selectExpr("_recordIndex", "eventName", "userIdentity.arn", "_raw").orderBy("_recordIndex").collectAsList();
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).getString(1)).isEqualTo("First");
    assertThat(rows.get(1).getString(1)).isEqualTo("BadTime"); // its eventTime is not read
    assertThat(rows.get(2).isNullAt(1)).isTrue(); // the problem row of record 2: only metadata
    assertThat(rows.get(2).getString(3)).contains("\"alice\"");
    assertThatThrownBy(() -> spark.read().format("cloudtrail").option("mode", "FAILFAST").load(faultyTree)
        .selectExpr("eventName", "userIdentity.arn").collectAsList())
        .hasStackTraceContaining("_f.json.gz").hasStackTraceContaining("record 2")
        .hasStackTraceContaining("userIdentity");
  }

  @Test
  void askingForTheProblemColumnChecksEveryMember() {
    // a query for the bad records must not miss one whose fault lies in a column it does not show
    List<Row> rows = spark.read().format("cloudtrail").load(faultyTree)
        .where("_problem IS NOT NULL").selectExpr("_recordIndex", "_problem").orderBy("_recordIndex").collectAsList();
    assertThat(rows).extracting(r -> r.getLong(0)).containsExactly(1L, 2L);
    assertThat(rows.get(0).getString(1)).contains("eventTime");
    assertThat(rows.get(1).getString(1)).contains("userIdentity");
    assertThatThrownBy(() -> spark.read().format("cloudtrail").option("mode", "FAILFAST").load(faultyTree)
        .where("_problem IS NULL").count()).hasStackTraceContaining("record 1");
  }

  @Test
  void aBrokenRecordIsAProblemWhateverTheColumns() {
    assertThat(spark.read().format("cloudtrail").option("mode", "DROPMALFORMED").load(brokenTree).count())
        .isEqualTo(1);
    assertThat(spark.read().format("cloudtrail").load(brokenTree).where("_problem IS NOT NULL").count())
        .isEqualTo(1);
    assertThatThrownBy(() -> spark.read().format("cloudtrail").option("mode", "FAILFAST").load(brokenTree).count())
        .hasStackTraceContaining("_g.json.gz").hasStackTraceContaining("record 1");
  }

  private static List<String> names(org.apache.spark.sql.Dataset<Row> df) {
    List<String> out = new java.util.ArrayList<>();
    for (Row r : df.collectAsList()) {
      out.add(r.getString(0));
    }
    out.sort(null);
    return out;
  }

  @Test
  void anUnknownModeIsAClearError() {
    assertThatThrownBy(() -> spark.read().format("cloudtrail").option("mode", "LENIENT").load(badTree).count())
        .hasStackTraceContaining("mode must be PERMISSIVE, DROPMALFORMED or FAILFAST");
  }

  @Test
  void attributesEachRowToItsOwnFileWhenLargeFilesAreReadTogether() {
    List<Row> rows = spark.read().format("cloudtrail").option("readAheadFiles", "4")
        .option("maxPartitionBytes", String.valueOf(Long.MAX_VALUE)).option("minPartitions", "1").load(largeTree)
        .selectExpr("_file", "_recordIndex", "get_json_object(requestParameters, '$.file')",
            "get_json_object(requestParameters, '$.i')", "_problem")
        .collectAsList();
    assertThat(rows).hasSize(4 * LARGE_FILE_RECORDS);
    for (Row r : rows) {
      if (!r.isNullAt(4)) {
        // the problem row names the file the bad record is in, whatever was read around it
        assertThat(r.getString(0)).endsWith("_b.json.gz");
        assertThat(r.getLong(1)).isEqualTo(BAD_RECORD);
        continue;
      }
      assertThat(r.getString(0)).as("%s", r).endsWith("_" + r.getString(2) + ".json.gz");
      assertThat(r.getLong(1)).as("%s", r).isEqualTo(Long.parseLong(r.getString(3)));
    }
    assertThat(rows).filteredOn(r -> !r.isNullAt(4)).hasSize(1);
  }

  /** A record whose IDs and identity are given: the identity's principalId and issuer vary with {@code session}. */
  private static String idRecord(int i, String ids, int session) {
    return "{\"eventTime\":\"2024-05-01T10:00:0" + i + "Z\",\"eventSource\":\"s3.amazonaws.com\","
        + "\"eventName\":\"E" + i + "\"," + ids
        + "\"userIdentity\":{\"type\":\"AssumedRole\",\"principalId\":\"AROAEXAMPLE:s" + session
        + "\",\"accessKeyId\":\"ASIA" + i + "\",\"sessionContext\":{\"sessionIssuer\":{\"type\":\"Role\","
        + "\"arn\":\"arn:aws:iam::123456789012:role/r" + session % 2 + "\"},\"attributes\":{\"mfaAuthenticated\":"
        + "\"false\",\"creationDate\":\"2024-05-01T09:00:00Z\"}}}}";
  }

  @Test
  void idsAndIdentitiesReadAsTheyAreWrittenWhateverTheirBytes() {
    Path tree = dir.resolve("ids");
    TestTrees.write(tree, "123456789012", "us-east-1", "2024-05-01", "i",
        idRecord(0, "\"eventID\":\"e-0\",\"requestID\":\"r-0\",\"sharedEventID\":\"s-0\",", 0),
        idRecord(1, "\"eventID\":\"e-\\u0031\",\"requestID\":\"r-\\\"1\\\"\",\"sharedEventID\":\"s\\/1\",", 1),
        idRecord(2, "\"eventID\":\"e-\u00e9\u20ac\ud83d\ude00\",\"requestID\":\"r-\u00e9\",", 2),
        idRecord(3, "\"eventID\":null,", 0),
        idRecord(4, "", 1),
        idRecord(5, "\"eventID\":\"e-5\",\"requestID\":\"r-5\",\"sharedEventID\":\"s-\\u00e9\",", 2));
    List<Row> rows = spark.read().format("cloudtrail").load(tree.toUri().toString()).orderBy("eventName")
        .selectExpr("eventID", "requestID", "sharedEventID", "userIdentity.principalId", "userIdentity.accessKeyId",
            "userIdentity.sessionContext.sessionIssuer.arn",
            "userIdentity.sessionContext.attributes.mfaAuthenticated")
        .collectAsList();
    assertThat(rows).extracting(r -> r.get(0)).containsExactly("e-0", "e-1", "e-\u00e9\u20ac\ud83d\ude00", null, null,
        "e-5");
    assertThat(rows).extracting(r -> r.get(1)).containsExactly("r-0", "r-\"1\"", "r-\u00e9", null, null, "r-5");
    assertThat(rows).extracting(r -> r.get(2)).containsExactly("s-0", "s/1", null, null, null, "s-\u00e9");
    assertThat(rows).extracting(r -> r.get(3)).containsExactly("AROAEXAMPLE:s0", "AROAEXAMPLE:s1",
        "AROAEXAMPLE:s2", "AROAEXAMPLE:s0", "AROAEXAMPLE:s1", "AROAEXAMPLE:s2");
    assertThat(rows).extracting(r -> r.get(4)).containsExactly("ASIA0", "ASIA1", "ASIA2", "ASIA3", "ASIA4", "ASIA5");
    assertThat(rows).extracting(r -> r.get(5)).containsExactly("arn:aws:iam::123456789012:role/r0",
        "arn:aws:iam::123456789012:role/r1", "arn:aws:iam::123456789012:role/r0", "arn:aws:iam::123456789012:role/r0",
        "arn:aws:iam::123456789012:role/r1", "arn:aws:iam::123456789012:role/r0");
    assertThat(rows).extracting(r -> r.get(6)).containsExactly(false, false, false, false, false, false);
  }
}
