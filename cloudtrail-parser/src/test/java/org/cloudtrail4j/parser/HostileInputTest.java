package org.cloudtrail4j.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloudtrail4j.parser.HostileRecords.delivery;
import static org.cloudtrail4j.parser.HostileRecords.gzip;
import static org.cloudtrail4j.parser.HostileRecords.record;
import static org.cloudtrail4j.parser.HostileRecords.utf8;
import static org.cloudtrail4j.parser.Outcomes.event;
import static org.cloudtrail4j.parser.Outcomes.problem;
import static org.cloudtrail4j.parser.ProblemKind.IO_ERROR;
import static org.cloudtrail4j.parser.ProblemKind.LIMIT_EXCEEDED;
import static org.cloudtrail4j.parser.ProblemKind.MALFORMED_JSON;
import static org.cloudtrail4j.parser.ProblemKind.TRUNCATED;
import static org.cloudtrail4j.parser.ProblemKind.UNSUPPORTED_FORMAT;
import static org.cloudtrail4j.parser.ProblemKind.WRONG_TYPE;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.parser.InputModesTest.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the reader does with each kind of damaged or hostile input, as an exact outcome: the events delivered and each
 * problem's kind, byte offset, record index and JSON path (see {@link Outcomes}). Each case runs over every input
 * mode, which must agree. Where the {@link CloudTrailReader} contract is silent, the test name says what we chose.
 */
class HostileInputTest {
  private static final String R0 = record(0);
  private static final String HEAD = "{\"Records\":[";

  // ---- truncation

  @ParameterizedTest
  @EnumSource(Mode.class)
  void truncatedMidRecordDeliversTheRecordsBeforeAndReportsTheCutRecord(Mode mode) {
    String doc = delivery(3);
    int cut = doc.indexOf("\"requestParameters\"", HEAD.length() + R0.length()); // inside record 1
    byte[] in = Arrays.copyOf(utf8(doc), cut);
    assertThat(Outcomes.read(in, mode)).containsExactly(event("id-0"),
        problem(TRUNCATED, cut, 1, "$.Records[1]"));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void truncatedMidStringReportsTheCutRecord(Mode mode) {
    String doc = delivery(3);
    int cut = doc.indexOf("RunInstances", HEAD.length() + R0.length()) + 3; // inside record 1's eventName
    byte[] in = Arrays.copyOf(utf8(doc), cut);
    assertThat(Outcomes.read(in, mode)).containsExactly(event("id-0"),
        problem(TRUNCATED, cut, 1, "$.Records[1]"));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void truncatedBetweenRecordsIsASourceProblemAfterEveryWholeRecord(Mode mode) {
    String doc = delivery(3);
    int cut = HEAD.length() + R0.length() + 1; // just after the comma that follows record 0
    byte[] in = Arrays.copyOf(utf8(doc), cut);
    assertThat(Outcomes.read(in, mode)).containsExactly(event("id-0"),
        problem(TRUNCATED, cut, -1, "$.Records"));
  }

  /** A gzip stream cut anywhere gives what the bytes it still decompresses to give, plus one gzip problem. */
  @Test
  void truncatedGzipDeliversEverythingItDecompressesToAndReportsTheCut() throws IOException {
    byte[] json = utf8(delivery(400));
    byte[] gz = gzip(json);
    for (int cut : new int[] {gz.length / 5, gz.length / 2, gz.length * 4 / 5, gz.length - 9, gz.length - 4,
        gz.length - 1}) {
      byte[] truncated = Arrays.copyOf(gz, cut);
      byte[] prefix = decompressedPrefix(truncated);
      List<String> expected = new ArrayList<>(Outcomes.read(prefix, Mode.BYTES));
      expected.add(problem(TRUNCATED, prefix.length, -1, "$"));
      for (Mode mode : new Mode[] {Mode.STREAM, Mode.ONE_BYTE_AT_A_TIME}) {
        assertThat(Outcomes.read(truncated, mode)).as("cut at %d of %d", cut, gz.length).isEqualTo(expected);
      }
      if (cut >= gz.length - 8) { // only the trailer is cut: every record is there
        assertThat(expected).hasSize(401);
      }
    }
  }

  @Test
  void gzipHeaderWithNothingAfterItIsTruncated() {
    assertThat(Outcomes.read(new byte[] {0x1f, (byte) 0x8b}, Mode.STREAM))
        .containsExactly(problem(TRUNCATED, 0, -1, "$"));
  }

  // ---- not JSON at all

  @ParameterizedTest
  @EnumSource(Mode.class)
  void textThatIsNotJsonIsAnUnsupportedSource(Mode mode) {
    assertThat(Outcomes.read(utf8("hello, world\n"), mode)).containsExactly(problem(UNSUPPORTED_FORMAT, 0, -1, "$"));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void binaryBytesAreAnUnsupportedSource(Mode mode) {
    byte[] binary = new byte[4096];
    new java.util.Random(7).nextBytes(binary);
    binary[0] = 0x00;
    assertThat(Outcomes.read(binary, mode)).containsExactly(problem(UNSUPPORTED_FORMAT, 0, -1, "$"));
  }

  @Test
  void aFileCompressedTwiceIsNamedSo() {
    assertThat(problemMessages(gzip(gzip(utf8(delivery(2))))))
        .containsExactly("UNSUPPORTED_FORMAT: not a CloudTrail log: gzip data inside gzip: the file is compressed twice");
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"})
  void jsonInUtf16OrUtf32IsNamedByItsEncoding(String encoding) {
    java.nio.charset.Charset charset = java.nio.charset.Charset.forName(encoding);
    String expected = "UNSUPPORTED_FORMAT: not a CloudTrail log: " + encoding + " text; CloudTrail logs are UTF-8";
    for (String text : new String[] {delivery(1), "\uFEFF" + delivery(1), "[" + R0 + "]", "\n" + R0}) {
      assertThat(problemMessages(text.getBytes(charset))).as(text.substring(0, 3)).containsExactly(expected);
      assertThat(problemMessages(gzip(text.getBytes(charset)))).containsExactly(expected);
    }
  }

  /** Each problem of reading {@code bytes} as its kind and message. */
  private static List<String> problemMessages(byte[] bytes) {
    List<String> out = new ArrayList<>();
    CloudTrailReader reader = CloudTrailReader.builder().onProblem(p -> out.add(p.kind() + ": " + p.message()))
        .build();
    try (Stream<CloudTrailEvent> events = reader.read(bytes, "input")) {
      events.forEach(e -> out.add("event"));
    }
    return out;
  }

  /** Chosen: garbage after a complete delivery object is reported as a bad record (it may be a damaged one). */
  @ParameterizedTest
  @EnumSource(Mode.class)
  void garbageAfterTheDeliveryObjectIsOneBadRecordAfterAllTheGoodOnes(Mode mode) {
    String doc = delivery(2) + "\n\u0000\u0001garbage";
    assertThat(Outcomes.read(utf8(doc), mode)).containsExactly(event("id-0"), event("id-1"),
        problem(MALFORMED_JSON, delivery(2).length() + 1, 2, "$"));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void garbageBytesInsideARecordCostOnlyThatRecord(Mode mode) {
    String bad = record(1).replace("\"eventName\":\"RunInstances\"", "\"eventName\":\u0007RunInstances\"");
    String doc = HEAD + R0 + "," + bad + "," + record(2) + "]}";
    assertThat(Outcomes.read(utf8(doc), mode)).containsExactly(event("id-0"),
        problem(MALFORMED_JSON, doc.indexOf('\u0007'), 1, "$.Records[1]"), event("id-2"));
  }

  // ---- encodings and line ends

  @ParameterizedTest
  @EnumSource(Mode.class)
  void invalidUtf8InADecodedStringCostsOnlyThatRecord(Mode mode) {
    byte[] doc = utf8(delivery(3));
    int at = new String(doc, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("RunInstances",
        HEAD.length() + R0.length());
    doc[at + 1] = (byte) 0xc3; // a two-byte lead byte followed by an ASCII byte
    assertThat(Outcomes.read(doc, mode)).containsExactly(event("id-0"),
        problem(MALFORMED_JSON, at + 1, 1, "$.Records[1].eventName"), event("id-2"));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aUtf8ByteOrderMarkIsIgnoredButCountedInOffsets(Mode mode) {
    byte[] doc = utf8("\uFEFF" + delivery(2));
    List<CloudTrailEvent> events = new ArrayList<>();
    CloudTrailReader.stream(doc).forEach(events::add);
    assertThat(events.get(0).origin().get().byteOffset()).isEqualTo(3 + HEAD.length());
    assertThat(Outcomes.read(doc, mode)).containsExactly(event("id-0"), event("id-1"));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void crlfLineEndsAreWhitespaceInDeliveryFilesAndNewlineDelimitedRecords(Mode mode) {
    String delivery = "{\r\n  \"Records\" : [\r\n" + R0 + "\r\n,\r\n" + record(1) + "\r\n]\r\n}\r\n";
    assertThat(Outcomes.read(utf8(delivery), mode)).containsExactly(event("id-0"), event("id-1"));
    String lines = R0 + "\r\n" + record(1) + "\r\n" + record(2) + "\r\n";
    assertThat(Outcomes.read(utf8(lines), mode)).containsExactly(event("id-0"), event("id-1"), event("id-2"));
  }

  /** Chosen: an empty source has no records and is not a problem; the listener hears it was skipped as empty. */
  @ParameterizedTest
  @EnumSource(value = Mode.class, names = {"BYTES", "STREAM", "ONE_BYTE_AT_A_TIME"})
  void anEmptySourceHasNoRecordsAndNoProblem(Mode mode) {
    assertThat(Outcomes.read(new byte[0], mode)).isEmpty();
    assertThat(Outcomes.read(utf8(" \r\n\t"), mode)).isEmpty();
  }

  // ---- gzip members

  @Test
  void concatenatedGzipMembersAreReadAsOneSourceEvenWhenARecordSpansTwoMembers() throws IOException {
    byte[] json = utf8(delivery(3));
    int split = HEAD.length() + R0.length() / 2;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(gzip(Arrays.copyOfRange(json, 0, split)));
    out.write(gzip(Arrays.copyOfRange(json, split, split + 100)));
    out.write(gzip(new byte[0]));
    out.write(gzip(Arrays.copyOfRange(json, split + 100, json.length)));
    for (Mode mode : new Mode[] {Mode.BYTES, Mode.STREAM, Mode.ONE_BYTE_AT_A_TIME}) {
      assertThat(Outcomes.read(out.toByteArray(), mode)).containsExactly(event("id-0"), event("id-1"),
          event("id-2"));
    }
  }

  @Test
  void aDamagedSecondGzipMemberIsReportedNotSilentlyDropped() throws IOException {
    byte[] first = utf8(HEAD + R0 + ",");
    byte[] second = gzip(utf8(record(1) + "]}"));
    second[0] = 0x1e; // not a gzip header any more
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(gzip(first));
    out.write(second);
    for (Mode mode : new Mode[] {Mode.BYTES, Mode.STREAM, Mode.ONE_BYTE_AT_A_TIME}) {
      assertThat(Outcomes.read(out.toByteArray(), mode)).containsExactly(event("id-0"),
          problem(IO_ERROR, first.length, -1, "$"));
    }
  }

  @Test
  void bytesAfterTheLastGzipMemberAreReportedNotSilentlyDropped() throws IOException {
    byte[] json = utf8(delivery(2));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(gzip(json));
    out.write(utf8("trailing junk"));
    for (Mode mode : new Mode[] {Mode.BYTES, Mode.STREAM, Mode.ONE_BYTE_AT_A_TIME}) {
      assertThat(Outcomes.read(out.toByteArray(), mode)).containsExactly(event("id-0"), event("id-1"),
          problem(IO_ERROR, json.length, -1, "$"));
    }
  }

  // ---- the delivery object

  /** Chosen: a delivery object whose Records is null or not an array is a WRONG_TYPE problem, never silence. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  void recordsNullIsAWrongTypeSourceProblem(Mode mode) {
    assertThat(Outcomes.read(utf8("{\"Records\": null}"), mode))
        .containsExactly(problem(WRONG_TYPE, 12, -1, "$.Records"));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void recordsAsAnObjectIsAWrongTypeSourceProblem(Mode mode) {
    assertThat(Outcomes.read(utf8("{\"Records\": {\"a\": " + R0 + "}}"), mode))
        .containsExactly(problem(WRONG_TYPE, 12, -1, "$.Records"));
  }

  /** Chosen: an object with no CloudTrail member at all is reported as one bad record (it is what was there). */
  @ParameterizedTest
  @EnumSource(Mode.class)
  void anObjectWithoutRecordsOrAnyCloudTrailMemberIsOneUnsupportedRecord(Mode mode) {
    assertThat(Outcomes.read(utf8("{\"records\": [" + R0 + "]}"), mode))
        .containsExactly(problem(UNSUPPORTED_FORMAT, 0, 0, "$"));
    assertThat(Outcomes.read(utf8("{}"), mode)).containsExactly(problem(UNSUPPORTED_FORMAT, 0, 0, "$"));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void recordsAfterOtherKeysAreFoundAndKeysAfterRecordsIgnored(Mode mode) {
    String doc = "{\"Version\":\"1\",\"Meta\":{\"eventName\":[1,{\"Records\":2}]},\"Records\":[" + R0 + ","
        + record(1) + "],\"Trailer\":{\"n\":2}}";
    assertThat(Outcomes.read(utf8(doc), mode)).containsExactly(event("id-0"), event("id-1"));
  }

  /** Chosen: with Records twice, both arrays are read (the last-wins rule would silently lose records). */
  @ParameterizedTest
  @EnumSource(Mode.class)
  void recordsTwiceReadsBothArrays(Mode mode) {
    String doc = "{\"Records\":[" + R0 + "],\"Records\":[" + record(1) + "]}";
    assertThat(Outcomes.read(utf8(doc), mode)).containsExactly(event("id-0"), event("id-1"));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aDigestFileGivenAsALogIsAnUnsupportedSource(Mode mode) {
    String digest = "{\"awsAccountId\":\"111122223333\",\"digestStartTime\":\"2024-01-01T00:00:00Z\","
        + "\"digestEndTime\":\"2024-01-01T01:00:00Z\",\"digestS3Bucket\":\"b\",\"logFiles\":[]}";
    assertThat(Outcomes.read(utf8(digest), mode)).containsExactly(problem(UNSUPPORTED_FORMAT, 0, -1, "$"));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aNullOrScalarWhereARecordShouldBeIsOneWrongTypeRecord(Mode mode) {
    String doc = HEAD + "null," + R0 + ",\"x\",7,[]," + record(1) + "]}";
    int at = HEAD.length() + 5 + R0.length() + 1;
    assertThat(Outcomes.read(utf8(doc), mode)).containsExactly(problem(WRONG_TYPE, HEAD.length(), 0,
        "$.Records[0]"), event("id-0"), problem(WRONG_TYPE, at, 2, "$.Records[2]"),
        problem(WRONG_TYPE, at + 4, 3, "$.Records[3]"), problem(WRONG_TYPE, at + 6, 4, "$.Records[4]"),
        event("id-1"));
  }

  // ---- members

  /** Top-level members with the JSON type CloudTrail gives them, and a sample of each wrong type. */
  enum Member {
    STRING("\"s\"", "eventVersion", "eventSource", "eventName", "awsRegion", "sourceIPAddress", "userAgent",
        "errorCode", "errorMessage", "requestID", "eventID", "eventType", "apiVersion", "recipientAccountId",
        "sharedEventID", "vpcEndpointId", "vpcEndpointAccountId", "eventCategory", "annotation"),
    TIMESTAMP("\"2024-01-01T00:00:00Z\"", "eventTime"),
    BOOLEAN("true", "readOnly", "managementEvent", "sessionCredentialFromConsole"),
    OBJECT("{}", "userIdentity", "addendum", "tlsDetails", "edgeDeviceDetails", "insightDetails"),
    ARRAY("[]", "resources");

    final String good;
    final String[] names;

    Member(String good, String... names) {
      this.good = good;
      this.names = names;
    }
  }

  static Stream<String[]> everyMemberWithEveryWrongType() {
    List<String[]> cases = new ArrayList<>();
    String[] samples = {"\"text\"", "12345678901234567890123", "-1.5e300", "true", "false", "{\"a\":1}", "[1,2]"};
    for (Member m : Member.values()) {
      for (String name : m.names) {
        for (String sample : samples) {
          char t = sample.charAt(0);
          char g = m.good.charAt(0);
          boolean sameType = t == g || (t == 'f' && g == 't') || (t == '-' && Character.isDigit(g))
              || (Character.isDigit(t) && (g == '-' || Character.isDigit(g)));
          if (!sameType && !(m == Member.BOOLEAN && t == '"')) {
            cases.add(new String[] {name, sample});
          }
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("everyMemberWithEveryWrongType")
  void everyTopLevelMemberWithAWrongJsonTypeCostsOnlyThatRecord(String name, String value) {
    String bad = "{\"eventVersion\":\"1.08\",\"" + name + "\":" + value + ",\"eventSource\":\"x\"}";
    if (name.equals("eventVersion")) {
      bad = "{\"" + name + "\":" + value + ",\"eventSource\":\"x\"}";
    }
    String doc = HEAD + R0 + "," + bad + "," + record(2) + "]}";
    int at = doc.indexOf("\"" + name + "\":" + value, HEAD.length() + R0.length()) + name.length() + 3;
    assertThat(Outcomes.read(utf8(doc), Mode.STREAM)).containsExactly(event("id-0"),
        problem(WRONG_TYPE, at, 1, "$.Records[1]." + name), event("id-2"));
  }

  @Test
  void aBooleanMemberAsAStringOtherThanTrueOrFalseIsAnInvalidValue() {
    String doc = HEAD + "{\"readOnly\":\"yes\",\"eventID\":\"a\"},{\"readOnly\":\"TRUE\",\"eventID\":\"b\"}]}";
    assertThat(Outcomes.read(utf8(doc), Mode.STREAM)).containsExactly(
        problem(ProblemKind.INVALID_VALUE, HEAD.length() + 12, 0, "$.Records[0].readOnly"), event("b"));
  }

  @Test
  void freeFormAndUnknownMembersTakeAnyJsonType() {
    String[] samples = {"\"text\"", "12345678901234567890123", "true", "null", "{\"a\":1}", "[1,2]"};
    for (String name : new String[] {"requestParameters", "responseElements", "additionalEventData",
        "serviceEventDetails", "eventContext", "someFutureMember"}) {
      for (String sample : samples) {
        String doc = HEAD + "{\"eventID\":\"a\",\"" + name + "\":" + sample + "}]}";
        assertThat(Outcomes.read(utf8(doc), Mode.STREAM)).as(name + " " + sample).containsExactly(event("a"));
      }
    }
  }

  @Test
  void nullForEveryMemberAndEveryNestedObjectReadsAsAbsent() {
    StringBuilder r = new StringBuilder("{\"eventID\":\"n\"");
    for (Member m : Member.values()) {
      for (String name : m.names) {
        if (!name.equals("eventID")) {
          r.append(",\"").append(name).append("\":null");
        }
      }
    }
    r.append(",\"requestParameters\":null,\"responseElements\":null}");
    String nested = "{\"eventID\":\"m\",\"userIdentity\":{\"type\":null,\"sessionContext\":{\"attributes\":null,"
        + "\"sessionIssuer\":null,\"webIdFederationData\":null},\"onBehalfOf\":null,\"inScopeOf\":null},"
        + "\"tlsDetails\":{\"tlsVersion\":null},\"addendum\":{\"reason\":null},\"resources\":[{\"ARN\":null}]}";
    List<CloudTrailEvent> events = new ArrayList<>();
    CloudTrailReader.stream(utf8(HEAD + r + "," + nested + "]}")).forEach(events::add);
    assertThat(events).hasSize(2);
    CloudTrailEvent allNull = events.get(0);
    assertThat(allNull.eventTime()).isEmpty();
    assertThat(allNull.userIdentity()).isEmpty();
    assertThat(allNull.readOnly()).isEmpty();
    assertThat(allNull.resources()).isEmpty();
    assertThat(allNull.eventName()).isEmpty();
    CloudTrailEvent nestedNulls = events.get(1);
    assertThat(nestedNulls.userIdentity().orElseThrow().sessionContext().orElseThrow().attributes()).isEmpty();
    assertThat(nestedNulls.tlsDetails().orElseThrow().tlsVersion()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void duplicateKeysKeepTheLastValueAndTheRawBytesKeepBoth(Mode mode) {
    String rec = "{\"eventID\":\"first\",\"eventName\":\"A\",\"eventName\":\"B\",\"eventID\":\"last\"}";
    assertThat(Outcomes.read(utf8(HEAD + rec + "]}"), mode)).containsExactly(event("last"));
    CloudTrailEvent e = CloudTrailReader.stream(utf8(HEAD + rec + "]}")).findFirst().orElseThrow();
    assertThat(e.eventName()).contains("B");
    assertThat(e.rawJson().toJson()).isEqualTo(rec);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void numbersBeyondSixtyFourBitsAreKeptExactly(Mode mode) {
    String numbers = "{\"big\":18446744073709551616,\"small\":-9223372036854775809,\"huge\":1e400,"
        + "\"tiny\":-1E-400,\"long\":123456789012345678901234567890.123456789}";
    String doc = HEAD + "{\"eventID\":\"n\",\"requestParameters\":" + numbers + "}]}";
    assertThat(Outcomes.read(utf8(doc), mode)).containsExactly(event("n"));
    CloudTrailEvent e = CloudTrailReader.stream(utf8(doc)).findFirst().orElseThrow();
    org.cloudtrail4j.model.json.JsonValue p = e.requestParameters().orElseThrow();
    assertThat(p.get("big").asDecimal()).contains(new java.math.BigDecimal("18446744073709551616"));
    assertThat(p.get("big").asLong()).isEmpty(); // does not fit: empty, never wrapped around
    assertThat(p.get("small").asLong()).isEmpty();
    assertThat(p.get("huge").toJson()).isEqualTo("1e400");
    assertThat(p.get("long").asDecimal()).contains(new java.math.BigDecimal(
        "123456789012345678901234567890.123456789"));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void tenThousandDeepNestingIsOverTheDepthLimitAndCostsOnlyThatRecord(Mode mode) {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    String doc = HEAD + R0 + ",{\"eventID\":\"deep\",\"requestParameters\":" + deep + "}," + record(2) + "]}";
    int at = doc.indexOf("[[[") + ReadLimits.DEFAULT_MAX_NESTING_DEPTH - 1; // the bracket that is one too deep
    assertThat(Outcomes.read(utf8(doc), mode)).containsExactly(event("id-0"),
        problem(LIMIT_EXCEEDED, at, 1, "$.Records[1]"), event("id-2"));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void tenThousandDeepNestingReadsWhenTheLimitAllowsIt(Mode mode) {
    String deep = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
    String doc = HEAD + "{\"eventID\":\"deep\",\"requestParameters\":" + deep + "}]}";
    ReadLimits limits = ReadLimits.defaults().withMaxNestingDepth(10_001);
    assertThat(Outcomes.read(utf8(doc), mode, limits)).containsExactly(event("deep"));
  }

  @Test
  void tenThousandDeepNestingAtTheTopIsOverTheDepthLimit() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    assertThat(Outcomes.read(utf8(deep), Mode.STREAM)).containsExactly(
        problem(LIMIT_EXCEEDED, ReadLimits.DEFAULT_MAX_NESTING_DEPTH + 1, 0, "$[0]"));
  }

  // ---- helpers

  /** What GZIPInputStream decompresses from a cut gzip stream before it notices the cut. */
  private static byte[] decompressedPrefix(byte[] truncated) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(truncated))) {
      byte[] buf = new byte[1];
      while (in.read(buf) > 0) {
        out.write(buf[0]);
      }
    } catch (EOFException expected) {
      // the cut
    }
    return out.toByteArray();
  }
}
