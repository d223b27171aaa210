package org.cloudtrail4j.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.OpenEnum;
import org.cloudtrail4j.model.Resource;
import org.cloudtrail4j.model.identity.UserIdentity;
import org.cloudtrail4j.model.json.JsonValue;
import org.cloudtrail4j.parser.CloudTrailReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** format("cloudtrail") over the repository's sample tree gives what CloudTrailReader gives, value for value. */
class CloudTrailDataSourceTest {
  private static SparkSession spark;
  private static String samples;
  private static Map<String, CloudTrailEvent> expected;

  @BeforeAll
  static void start() {
    spark = TestSpark.session();
    samples = TestSpark.samples().toUri().toString();
    expected = new TreeMap<>();
    try (Stream<CloudTrailEvent> events = CloudTrailReader.stream(TestSpark.samples())) {
      events.forEach(e -> expected.put(
          key(Path.of(e.origin().orElseThrow().source()).toAbsolutePath().toString(),
              e.origin().orElseThrow().recordIndex()), e));
    }
    assertThat(expected).hasSizeGreaterThan(50);
  }

  private static String key(String file, long index) {
    return file + "#" + index;
  }

  private static String key(Row r) {
    return key(Path.of(URI.create(r.<String>getAs("_file"))).toString(), r.<Long>getAs("_recordIndex"));
  }

  private static Map<String, Row> byKey(Dataset<Row> df) {
    Map<String, Row> out = new TreeMap<>();
    for (Row r : df.collectAsList()) {
      assertThat(out.put(key(r), r)).isNull();
    }
    return out;
  }

  @Test
  void readsTheSameRecordsAndValuesAsCloudTrailReader() {
    Dataset<Row> df = spark.read().format("cloudtrail").load(samples).selectExpr("*", "_file", "_recordIndex");
    Map<String, Row> rows = byKey(df);
    assertThat(rows.keySet()).containsExactlyElementsOf(expected.keySet());
    for (Map.Entry<String, CloudTrailEvent> e : expected.entrySet()) {
      assertSameValues(rows.get(e.getKey()), e.getValue());
    }
  }

  @Test
  void attributesEachRowToItsFileWhileManyFilesAreReadTogether() {
    // one task reading every sample file with eight open at once, taken as they are ready: the same rows and values
    // (each sample file fits in one hand-off batch; CloudTrailEdgeCasesTest interleaves files larger than one)
    Dataset<Row> df = spark.read().format("cloudtrail").option("readAheadFiles", "8")
        .option("maxPartitionBytes", String.valueOf(Long.MAX_VALUE)).option("minPartitions", "1").load(samples)
        .selectExpr("*", "_file", "_recordIndex", "_logRegion", "_logAccount");
    assertThat(df.rdd().getNumPartitions()).isEqualTo(1);
    Map<String, Row> rows = byKey(df);
    assertThat(rows.keySet()).containsExactlyElementsOf(expected.keySet());
    for (Map.Entry<String, CloudTrailEvent> e : expected.entrySet()) {
      Row r = rows.get(e.getKey());
      assertSameValues(r, e.getValue());
      assertThat(r.<String>getAs("_file")).as(e.getKey())
          .contains("/" + r.<String>getAs("_logAccount") + "/CloudTrail/" + r.<String>getAs("_logRegion") + "/");
    }
  }

  static void assertSameValues(Row r, CloudTrailEvent e) {
    String where = e.origin().orElseThrow().toString();
    assertThat(r.<String>getAs("eventVersion")).as(where).isEqualTo(e.eventVersion().orElse(null));
    assertThat(r.<Timestamp>getAs("eventTime")).as(where)
        .isEqualTo(e.eventTime().map(Timestamp::from).orElse(null));
    for (String name : List.of("eventSource", "eventName", "awsRegion", "sourceIPAddress", "userAgent", "errorCode",
        "errorMessage", "requestID", "eventID", "apiVersion", "recipientAccountId", "sharedEventID", "vpcEndpointId",
        "vpcEndpointAccountId", "annotation")) {
      assertThat(r.<String>getAs(name)).as(where + " " + name).isEqualTo(e.field(name).asString().orElse(null));
    }
    assertThat(r.<String>getAs("eventType")).isEqualTo(e.eventType().map(OpenEnum::value).orElse(null));
    assertThat(r.<String>getAs("eventCategory")).isEqualTo(e.eventCategory().map(OpenEnum::value).orElse(null));
    assertThat(r.<Boolean>getAs("readOnly")).as(where).isEqualTo(e.readOnly().orElse(null));
    assertThat(r.<Boolean>getAs("managementEvent")).as(where).isEqualTo(e.managementEvent().orElse(null));
    assertThat(r.<String>getAs("requestParameters")).as(where).isEqualTo(json(e.requestParameters().orElse(null)));
    assertThat(r.<String>getAs("responseElements")).as(where).isEqualTo(json(e.responseElements().orElse(null)));
    assertThat(r.<String>getAs("additionalEventData")).as(where)
        .isEqualTo(json(e.additionalEventData().orElse(null)));
    assertThat(r.<String>getAs("serviceEventDetails")).as(where)
        .isEqualTo(json(e.serviceEventDetails().orElse(null)));
    Row who = r.getAs("userIdentity");
    UserIdentity id = e.userIdentity().orElse(null);
    if (id == null) {
      assertThat(who).as(where).isNull();
    } else {
      assertThat(who.<String>getAs("type")).as(where).isEqualTo(id.type().map(OpenEnum::value).orElse(null));
      assertThat(who.<String>getAs("arn")).as(where).isEqualTo(id.arn().orElse(null));
      assertThat(who.<String>getAs("principalId")).as(where).isEqualTo(id.principalId().orElse(null));
      assertThat(who.<String>getAs("accountId")).as(where).isEqualTo(id.accountId().orElse(null));
      assertThat(who.<String>getAs("invokedBy")).as(where).isEqualTo(id.invokedBy().orElse(null));
      Row session = who.getAs("sessionContext");
      assertThat(session == null).as(where).isEqualTo(id.sessionContext().isEmpty());
      id.sessionContext().flatMap(s -> s.sessionIssuer()).ifPresent(issuer -> {
        Row i = session.getAs("sessionIssuer");
        assertThat(i.<String>getAs("arn")).as(where).isEqualTo(issuer.arn().orElse(null));
        assertThat(i.<String>getAs("userName")).as(where).isEqualTo(issuer.userName().orElse(null));
      });
      id.sessionContext().flatMap(s -> s.attributes()).ifPresent(a -> {
        Row attributes = session.getAs("attributes");
        assertThat(attributes.<Boolean>getAs("mfaAuthenticated")).as(where)
            .isEqualTo(a.mfaAuthenticated().orElse(null));
        assertThat(attributes.<Timestamp>getAs("creationDate")).as(where)
            .isEqualTo(a.creationDate().map(Timestamp::from).orElse(null));
      });
    }
    List<Row> resources = r.getAs("resources") == null ? List.of() : r.getList(r.fieldIndex("resources"));
    assertThat(resources.stream().map(x -> x.<String>getAs("arn")).collect(Collectors.toList())).as(where)
        .isEqualTo(e.resources().stream().map(x -> x.arn().orElse(null)).collect(Collectors.toList()));
    assertThat(resources.stream().map(x -> x.<String>getAs("type")).collect(Collectors.toList())).as(where)
        .isEqualTo(e.resources().stream().map(Resource::type).map(t -> t.orElse(null)).collect(Collectors.toList()));
    Map<String, String> unknown = r.getAs("unknownFields") == null
        ? Map.of() : r.getJavaMap(r.fieldIndex("unknownFields"));
    Map<String, String> expectedUnknown = new HashMap<>();
    e.unknownFields().forEach((k, v) -> expectedUnknown.put(k, v.toJson()));
    assertThat(unknown).as(where).isEqualTo(expectedUnknown);
  }

  private static String json(JsonValue v) {
    return v == null || v.isNull() ? null : v.toJson();
  }

  @Test
  void rawColumnIsTheRecordsBytes() {
    Dataset<Row> df = spark.read().format("cloudtrail").load(samples)
        .selectExpr("_file", "_recordIndex", "_raw", "_problem");
    for (Row r : df.collectAsList()) {
      CloudTrailEvent e = expected.get(key(r));
      assertThat(r.<String>getAs("_raw")).isEqualTo(e.rawJson().toJson());
      assertThat(r.<String>getAs("_problem")).isNull();
    }
  }

  @Test
  void keyColumnsComeFromTheFilesKey() {
    List<Row> rows = spark.read().format("cloudtrail").load(samples)
        .selectExpr("_file", "_logAccount", "_logRegion", "cast(_logDate as string) as d", "recipientAccountId",
            "awsRegion", "cast(to_date(eventTime) as string) as t")
        .collectAsList();
    assertThat(rows).hasSize(expected.size());
    for (Row r : rows) {
      String file = r.getString(0);
      assertThat(file).contains("/" + r.getString(1) + "/CloudTrail/" + r.getString(2) + "/"
          + r.getString(3).replace('-', '/') + "/");
      // the samples' keys agree with their records (samples/README.md)
      assertThat(r.getString(1)).isEqualTo(r.getString(4));
      assertThat(r.getString(2)).isEqualTo(r.getString(5));
    }
  }

  @Test
  void sqlTableWithAthenaColumnNames() {
    spark.sql("DROP TABLE IF EXISTS cloudtrail_logs");
    spark.sql("CREATE TABLE cloudtrail_logs USING cloudtrail OPTIONS (path '" + samples + "')");
    List<Row> rows = spark.sql("SELECT eventsource, count(*) AS n FROM cloudtrail_logs "
        + "WHERE useridentity.type = 'AssumedRole' AND readonly = 'true' GROUP BY eventsource ORDER BY eventsource")
        .collectAsList();
    Map<String, Long> want = new TreeMap<>();
    expected.values().stream()
        .filter(e -> e.userIdentity().flatMap(UserIdentity::type).map(t -> t.value().equals("AssumedRole"))
            .orElse(false))
        .filter(e -> e.readOnly().orElse(false))
        .forEach(e -> want.merge(e.eventSource().orElse(null), 1L, Long::sum));
    Map<String, Long> got = new TreeMap<>();
    rows.forEach(r -> got.put(r.getString(0), r.getLong(1)));
    assertThat(got).isEqualTo(want).isNotEmpty();
    spark.sql("DROP TABLE cloudtrail_logs");
  }

  @Test
  void fullyQualifiedClassNameWorksAsFormat() {
    assertThat(spark.read().format(CloudTrailDataSource.class.getName()).load(samples).count())
        .isEqualTo(expected.size());
  }

  @Test
  void freeFormMembersWorkWithSparksJsonFunctions() {
    List<Row> rows = spark.read().format("cloudtrail").load(samples)
        .where("eventName = 'AttachUserPolicy'")
        .selectExpr("get_json_object(requestParameters, '$.userName')", "requestParameters")
        .collectAsList();
    assertThat(rows).hasSize(3);
    for (Row r : rows) {
      assertThat(r.getString(0)).isNotNull().isEqualTo(JsonValue.parse(r.getString(1)).get("userName").asString().orElse(null));
    }
  }

  @Test
  void noPathIsAClearError() {
    assertThatThrownBy(() -> spark.read().format("cloudtrail").load().count())
        .hasStackTraceContaining("needs a path");
  }

  static List<String> sortedKeys(Dataset<Row> df) {
    List<String> out = new ArrayList<>(byKey(df.selectExpr("_file", "_recordIndex")).keySet());
    return out;
  }
}
