package org.cloudtrail4j.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.execution.datasources.v2.DataSourceV2ScanRelation;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values that only show in the edge cases of nested rows: a null inside a nested struct, an empty array, a null member
 * inside an array's struct, several-byte UTF-8, unknown members at the top and inside the identity, a struct pruned
 * to some of its members, a problem row between events, the same identity and resource written again.
 */
class RowFormatTest {
  /** userName, sourceIdentity and the unknown member hold two-, three- and four-byte UTF-8. */
  private static final String IDENTITY = "{\"type\":\"IAMUser\",\"principalId\":\"AIDAEXAMPLE\","
      + "\"arn\":\"arn:aws:iam::123456789012:user/\u30e6\u30fc\u30b6\u30fc\",\"accountId\":\"123456789012\","
      + "\"userName\":\"\u30e6\u30fc\u30b6\u30fc\",\"sessionContext\":{\"attributes\":{\"mfaAuthenticated\":\"true\","
      + "\"creationDate\":\"2024-05-01T09:00:00Z\"},\"sourceIdentity\":\"src-\u00e9\"},"
      + "\"newThing\":{\"a\":\"\ud834\udd1e\"}}";
  private static final String OTHER_IDENTITY = "{\"type\":\"AWSService\",\"invokedBy\":\"s3.amazonaws.com\"}";
  private static final String RESOURCE = "{\"ARN\":\"arn:aws:s3:::b/\u65e5\u672c\",\"accountId\":\"123456789012\","
      + "\"type\":\"AWS::S3::Object\"}";
  private static final String USER_AGENT = "agent \u2713 \ud834\udd1e \u00fc";

  @TempDir
  static Path dir;
  private static SparkSession spark;
  private static String tree;

  private static String record(int second, String identity, String rest) {
    return "{\"eventVersion\":\"1.09\",\"userIdentity\":" + identity + ",\"eventTime\":\"2024-05-01T10:00:0"
        + second + "Z\",\"eventSource\":\"s3.amazonaws.com\",\"eventName\":\"E" + second + "\","
        + "\"awsRegion\":\"eu-west-1\",\"sourceIPAddress\":\"192.0.2.1\",\"userAgent\":\"" + USER_AGENT + "\","
        + "\"requestParameters\":{\"key\":\"na\u00efve/\u65e5\u672c\u8a9e\"},\"responseElements\":null,"
        + "\"eventID\":\"e-" + second + "\",\"readOnly\":false,\"eventType\":\"AwsApiCall\","
        + "\"managementEvent\":false,\"recipientAccountId\":\"123456789012\",\"eventCategory\":\"Data\"" + rest + "}";
  }

  @BeforeAll
  static void start() {
    spark = TestSpark.session();
    Path root = dir.resolve("rows");
    TestTrees.write(root, "123456789012", "eu-west-1", "2024-05-01", "r",
        // 0: a null inside nested structs (no sessionIssuer, no webIdFederationData), an array with a null member
        // inside one of its structs, unknown members at the top and inside the identity, TLS details
        record(0, IDENTITY, ",\"errorMessage\":\"Zugriff verweigert \u2013 \u00df\",\"resources\":[" + RESOURCE
            + ",{\"type\":\"AWS::S3::Bucket\"}],\"brandNewMember\":[1, 2],\"annotation\":\"\u6ce8\u91c8\","
            + "\"tlsDetails\":{\"tlsVersion\":\"TLSv1.3\",\"cipherSuite\":\"TLS_AES_128_GCM_SHA256\","
            + "\"clientProvidedHostHeader\":\"b.s3.eu-west-1.amazonaws.com\"}"),
        // 1: a problem, between events
        record(1, IDENTITY, "").replace("2024-05-01T10:00:01Z", "not a time"),
        // 2: an empty array, another identity
        record(2, OTHER_IDENTITY, ",\"resources\":[]"),
        // 3: the first identity and resource again
        record(3, IDENTITY, ",\"resources\":[" + RESOURCE + "]"));
    tree = root.toUri().toString();
  }

  @Test
  void everyColumnOfEventsAroundAProblemRow() {
    List<Row> rows = spark.read().format("cloudtrail").load(tree)
        .selectExpr("*", "_recordIndex", "_problem", "_raw", "_logAccount", "_logRegion",
            "cast(_logDate as string) AS logDate")
        .orderBy("_recordIndex").collectAsList();
    assertThat(rows).hasSize(4);
    Row first = rows.get(0);
    assertThat(first.<String>getAs("eventVersion")).isEqualTo("1.09");
    assertThat(first.<Timestamp>getAs("eventTime"))
        .isEqualTo(Timestamp.from(Instant.parse("2024-05-01T10:00:00Z")));
    assertThat(first.<String>getAs("userAgent")).isEqualTo(USER_AGENT);
    assertThat(first.<String>getAs("errorMessage")).isEqualTo("Zugriff verweigert \u2013 \u00df");
    assertThat(first.<String>getAs("errorCode")).isNull();
    assertThat(first.<String>getAs("requestParameters")).isEqualTo("{\"key\":\"na\u00efve/\u65e5\u672c\u8a9e\"}");
    assertThat(first.<String>getAs("responseElements")).isNull();
    assertThat(first.<Boolean>getAs("readOnly")).isFalse();
    assertThat(first.<String>getAs("annotation")).isEqualTo("\u6ce8\u91c8");
    assertThat(first.<String>getAs("eventCategory")).isEqualTo("Data");
    assertThat(first.getJavaMap(first.fieldIndex("unknownFields"))).isEqualTo(Map.of("brandNewMember", "[1, 2]"));
    assertFirstIdentity(first.getAs("userIdentity"));
    List<Row> resources = first.getList(first.fieldIndex("resources"));
    assertThat(resources).hasSize(2);
    assertFirstResource(resources.get(0));
    assertThat(resources.get(1).<String>getAs("arn")).isNull();
    assertThat(resources.get(1).<String>getAs("accountId")).isNull();
    assertThat(resources.get(1).<String>getAs("type")).isEqualTo("AWS::S3::Bucket");
    Row tls = first.getAs("tlsDetails");
    assertThat(tls.<String>getAs("cipherSuite")).isEqualTo("TLS_AES_128_GCM_SHA256");
    assertThat(tls.<String>getAs("clientProvidedHostHeader")).isEqualTo("b.s3.eu-west-1.amazonaws.com");
    assertThat(first.<Row>getAs("addendum")).isNull();
    assertThat(first.<String>getAs("_problem")).isNull();
    assertThat(first.<String>getAs("_raw")).startsWith("{\"eventVersion\":\"1.09\"").contains(USER_AGENT);
    assertKeyColumns(first);

    // the problem row: every data column null, the metadata columns set
    Row problem = rows.get(1);
    for (String column : first.schema().fieldNames()) {
      if (!column.startsWith("_") && !column.equals("logDate")) {
        assertThat(problem.isNullAt(problem.fieldIndex(column))).as(column).isTrue();
      }
    }
    assertThat(problem.<Long>getAs("_recordIndex")).isEqualTo(1L);
    assertThat(problem.<String>getAs("_problem")).contains("record 1").contains("eventTime");
    assertThat(problem.<String>getAs("_raw")).contains("not a time").contains(USER_AGENT);
    assertKeyColumns(problem);

    // after it, events as before: an empty array reads as null
    Row third = rows.get(2);
    assertThat(third.<String>getAs("eventName")).isEqualTo("E2");
    assertThat(third.<Object>getAs("resources")).isNull();
    assertThat(third.<Object>getAs("tlsDetails")).isNull();
    assertThat(third.<Object>getAs("unknownFields")).isNull();
    Row other = third.getAs("userIdentity");
    assertThat(other.<String>getAs("type")).isEqualTo("AWSService");
    assertThat(other.<String>getAs("invokedBy")).isEqualTo("s3.amazonaws.com");
    assertThat(other.<Object>getAs("sessionContext")).isNull();
    assertThat(other.<Object>getAs("unknownFields")).isNull();
    assertThat(third.<String>getAs("_problem")).isNull();

    Row fourth = rows.get(3);
    assertThat(fourth.<String>getAs("eventName")).isEqualTo("E3");
    assertFirstIdentity(fourth.getAs("userIdentity"));
    List<Row> again = fourth.getList(fourth.fieldIndex("resources"));
    assertThat(again).hasSize(1);
    assertFirstResource(again.get(0));
    assertThat(fourth.<String>getAs("userAgent")).isEqualTo(USER_AGENT);
    assertKeyColumns(fourth);
  }

  private static void assertFirstIdentity(Row who) {
    assertThat(who.<String>getAs("type")).isEqualTo("IAMUser");
    assertThat(who.<String>getAs("userName")).isEqualTo("\u30e6\u30fc\u30b6\u30fc");
    assertThat(who.<String>getAs("arn")).isEqualTo("arn:aws:iam::123456789012:user/\u30e6\u30fc\u30b6\u30fc");
    assertThat(who.<String>getAs("accessKeyId")).isNull();
    assertThat(who.getJavaMap(who.fieldIndex("unknownFields")))
        .isEqualTo(Map.of("newThing", "{\"a\":\"\ud834\udd1e\"}"));
    Row session = who.getAs("sessionContext");
    assertThat(session.<Object>getAs("sessionIssuer")).isNull();
    assertThat(session.<Object>getAs("webIdFederationData")).isNull();
    assertThat(session.<String>getAs("sourceIdentity")).isEqualTo("src-\u00e9");
    assertThat(session.<Boolean>getAs("assumedRoot")).isNull();
    Row attributes = session.getAs("attributes");
    assertThat(attributes.<Boolean>getAs("mfaAuthenticated")).isTrue();
    assertThat(attributes.<Timestamp>getAs("creationDate"))
        .isEqualTo(Timestamp.from(Instant.parse("2024-05-01T09:00:00Z")));
  }

  private static void assertFirstResource(Row r) {
    assertThat(r.<String>getAs("arn")).isEqualTo("arn:aws:s3:::b/\u65e5\u672c");
    assertThat(r.<String>getAs("accountId")).isEqualTo("123456789012");
    assertThat(r.<String>getAs("type")).isEqualTo("AWS::S3::Object");
  }

  private static void assertKeyColumns(Row r) {
    assertThat(r.<String>getAs("_logAccount")).isEqualTo("123456789012");
    assertThat(r.<String>getAs("_logRegion")).isEqualTo("eu-west-1");
    assertThat(r.<String>getAs("logDate")).isEqualTo("2024-05-01");
  }

  @Test
  void nestedStructsPrunedToTheMembersAsked() {
    Dataset<Row> df = spark.read().format("cloudtrail").load(tree)
        .selectExpr("_recordIndex", "userIdentity.sessionContext.attributes.mfaAuthenticated AS mfa",
            "userIdentity.sessionContext.sessionIssuer.arn AS issuer", "userIdentity.userName AS user",
            "resources.type AS types", "tlsDetails.cipherSuite AS cipher", "eventTime")
        .orderBy("_recordIndex");
    // the scan was asked for those members only, and wrote rows of that shape
    scala.PartialFunction<LogicalPlan, StructType> scanSchema = new scala.PartialFunction<LogicalPlan, StructType>() {
      @Override
      public boolean isDefinedAt(LogicalPlan p) {
        return p instanceof DataSourceV2ScanRelation;
      }

      @Override
      public StructType apply(LogicalPlan p) {
        return ((DataSourceV2ScanRelation) p).scan().readSchema();
      }
    };
    StructType read = df.queryExecution().optimizedPlan().collectFirst(scanSchema).get();
    StructType identity = (StructType) read.apply("userIdentity").dataType();
    assertThat(identity.fieldNames()).containsExactly("userName", "sessionContext");
    assertThat(((StructType) identity.apply("sessionContext").dataType()).fieldNames())
        .containsExactly("attributes", "sessionIssuer");
    assertThat(((StructType) ((ArrayType) read.apply("resources").dataType()).elementType()).fieldNames())
        .containsExactly("type");
    assertThat(((StructType) read.apply("tlsDetails").dataType()).fieldNames()).containsExactly("cipherSuite");

    List<Row> rows = df.collectAsList();
    assertThat(rows).hasSize(4);
    Row first = rows.get(0);
    assertThat(first.<Boolean>getAs("mfa")).isTrue();
    assertThat(first.<String>getAs("issuer")).isNull();
    assertThat(first.<String>getAs("user")).isEqualTo("\u30e6\u30fc\u30b6\u30fc");
    assertThat(first.getList(first.fieldIndex("types"))).containsExactly("AWS::S3::Object", "AWS::S3::Bucket");
    assertThat(first.<String>getAs("cipher")).isEqualTo("TLS_AES_128_GCM_SHA256");
    Row problem = rows.get(1); // eventTime is read: record 1 is a problem, its data columns null
    for (int i = 1; i < problem.size(); i++) {
      assertThat(problem.isNullAt(i)).as(problem.schema().fieldNames()[i]).isTrue();
    }
    Row third = rows.get(2);
    assertThat(third.isNullAt(1)).isTrue();
    assertThat(third.isNullAt(3)).isTrue();
    assertThat(third.isNullAt(4)).isTrue();
    Row fourth = rows.get(3);
    assertThat(fourth.<Boolean>getAs("mfa")).isTrue();
    assertThat(fourth.<String>getAs("user")).isEqualTo("\u30e6\u30fc\u30b6\u30fc");
    assertThat(fourth.getList(fourth.fieldIndex("types"))).containsExactly("AWS::S3::Object");
  }
}
