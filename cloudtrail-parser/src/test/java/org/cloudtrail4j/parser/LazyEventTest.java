package org.cloudtrail4j.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cloudtrail4j.parser.Outcomes.problem;
import static org.cloudtrail4j.parser.ProblemKind.LIMIT_EXCEEDED;
import static org.cloudtrail4j.parser.ProblemKind.MALFORMED_JSON;
import static org.cloudtrail4j.parser.ProblemKind.WRONG_TYPE;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudtrail4j.model.Addendum;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.EdgeDeviceDetails;
import org.cloudtrail4j.model.EventOrigin;
import org.cloudtrail4j.model.EventType;
import org.cloudtrail4j.model.InsightDetails;
import org.cloudtrail4j.model.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A read event decodes its IDs, annotation, free-form members and raw JSON only when they are first asked for. It
 * must still be the same event as one built in code (equal both ways, same hash and text), and every problem of a
 * record must still be reported while the record is read, with its offset, record index and path, even when nobody
 * ever asks for the member that has it.
 */
class LazyEventTest {
  private static final String HEAD = "{\"Records\":[";

  private static String record(String id, String extra) {
    return "{\"eventVersion\":\"1.08\",\"eventID\":\"" + id + "\",\"requestID\":\"r-" + id + "\","
        + "\"eventSource\":\"ec2.amazonaws.com\",\"eventName\":\"RunInstances\","
        + "\"requestParameters\":{\"a\":[1,2,{\"b\":\"c\"}]},\"responseElements\":null" + extra + "}";
  }

  /** Three records; the second has the members {@code extra} appended (a repeated key: its last value counts). */
  private static byte[] delivery(String extra) {
    return (HEAD + record("id-0", "") + "," + record("id-1", extra) + "," + record("id-2", "") + "]}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static int indexOf(byte[] doc, String s) {
    return new String(doc, StandardCharsets.ISO_8859_1).lastIndexOf(s);
  }

  private static List<CloudTrailEvent> read(byte[] doc) {
    try (Stream<CloudTrailEvent> s = CloudTrailReader.builder().build().read(doc, "input")) {
      return s.collect(Collectors.toList());
    }
  }

  // ---- the same event as one built in code

  @Test
  void aReadEventEqualsTheSameEventBuiltInCodeBothWays() {
    String json = "{\"eventVersion\":\"1.08\",\"eventTime\":\"2024-05-01T10:00:00Z\",\"eventID\":\"e-1\","
        + "\"requestID\":\"r-\\u0031\",\"sharedEventID\":\"s-\u00e9\",\"annotation\":\"note\","
        + "\"eventType\":\"AwsApiCall\",\"readOnly\":true,\"requestParameters\":{\"a\":[1,{\"b\":null}]},"
        + "\"responseElements\":null,\"additionalEventData\":{\"x\":1},\"serviceEventDetails\":[1],"
        + "\"eventContext\":{\"c\":\"d\"},\"resources\":[{\"ARN\":\"a\"},{\"ARN\":\"b\"}],\"later\":{\"y\":2}}";
    CloudTrailEvent read = read(json.getBytes(StandardCharsets.UTF_8)).get(0);
    CloudTrailEvent built = CloudTrailEvent.builder()
        .eventVersion("1.08").eventTime(Instant.parse("2024-05-01T10:00:00Z")).eventID("e-1").requestID("r-1")
        .sharedEventID("s-\u00e9").annotation("note").eventType(EventType.of("AwsApiCall")).readOnly(true)
        .requestParameters(JsonValue.parse("{\"a\":[1,{\"b\":null}]}")).responseElements(JsonValue.parse("null"))
        .additionalEventData(JsonValue.parse("{\"x\":1}")).serviceEventDetails(JsonValue.parse("[1]"))
        .eventContext(JsonValue.parse("{\"c\":\"d\"}"))
        .addResources(org.cloudtrail4j.model.Resource.builder().arn("a").build(),
            org.cloudtrail4j.model.Resource.builder().arn("b").build())
        .putUnknownFields("later", JsonValue.parse("{\"y\":2}"))
        .build();
    assertThat(read).isEqualTo(built);
    assertThat(built).isEqualTo(read);
    assertThat(read.hashCode()).isEqualTo(built.hashCode());
    assertThat(read.toString()).isEqualTo(built.toString());
    assertThat(read.toBuilder().build()).isEqualTo(read).isEqualTo(built);
    // and it differs when one lazily decoded member does
    CloudTrailEvent other = built.toBuilder().requestID("r-2").build();
    assertThat(read).isNotEqualTo(other);
    assertThat(other).isNotEqualTo(read);
  }

  @ParameterizedTest
  @MethodSource("org.cloudtrail4j.parser.CorpusTest#corpusFiles")
  void everyCorpusRecordEqualsItsCopyBuiltInCode(String file) throws IOException {
    List<CloudTrailEvent> events;
    try (Stream<CloudTrailEvent> s = CloudTrailReader.builder().onProblem(p -> { }).build()
        .read(CorpusTest.CORPUS.resolve(file))) {
      events = s.collect(Collectors.toList());
    }
    for (CloudTrailEvent read : events) {
      CloudTrailEvent built = read.toBuilder().build();
      assertThat(built).isEqualTo(read);
      assertThat(read).isEqualTo(built);
      assertThat(read.hashCode()).isEqualTo(built.hashCode());
      assertThat(read.toString()).isEqualTo(built.toString());
      assertThat(built.rawJson()).isEqualTo(read.rawJson());
      assertThat(built.origin()).isEqualTo(read.origin());
    }
  }

  /**
   * The members few records have, each as the one such member of a record (the event then holds it apart from the
   * others), with the same member built in code.
   */
  static Stream<Arguments> rareMembers() {
    return Stream.of(
        rare("\"errorMessage\":\"denied\"", b -> b.errorMessage("denied")),
        rare("\"apiVersion\":\"2012-10-17\"", b -> b.apiVersion("2012-10-17")),
        rare("\"vpcEndpointId\":\"vpce-1\"", b -> b.vpcEndpointId("vpce-1")),
        rare("\"vpcEndpointAccountId\":\"111\"", b -> b.vpcEndpointAccountId("111")),
        rare("\"sessionCredentialFromConsole\":\"true\"", b -> b.sessionCredentialFromConsole(true)),
        rare("\"sessionCredentialFromConsole\":false", b -> b.sessionCredentialFromConsole(false)),
        rare("\"addendum\":{\"reason\":\"DELIVERY_DELAY\"}",
            b -> b.addendum(Addendum.builder().reason("DELIVERY_DELAY").build())),
        rare("\"edgeDeviceDetails\":{\"type\":\"t\"}",
            b -> b.edgeDeviceDetails(EdgeDeviceDetails.builder().type("t").build())),
        rare("\"insightDetails\":{\"state\":\"Start\"}",
            b -> b.insightDetails(InsightDetails.builder().state("Start").build())),
        rare("\"annotation\":\"a\\u0062\"", b -> b.annotation("ab")),
        rare("\"annotation\":\"\u00e9\"", b -> b.annotation("\u00e9")),
        rare("\"serviceEventDetails\":{\"k\":[1]}", b -> b.serviceEventDetails(JsonValue.parse("{\"k\":[1]}"))),
        rare("\"eventContext\":[]", b -> b.eventContext(JsonValue.parse("[]"))),
        rare("\"later\":{\"y\":2}", b -> b.putUnknownFields("later", JsonValue.parse("{\"y\":2}"))),
        rare("\"annotation\":null", b -> { }),
        rare("", b -> { }));
  }

  private static Arguments rare(String member,
      Consumer<CloudTrailEvent.Builder> set) {
    return Arguments.of(member, set);
  }

  @ParameterizedTest
  @MethodSource("rareMembers")
  void aMemberFewRecordsHaveIsReadAsOneBuiltInCode(String member,
      Consumer<CloudTrailEvent.Builder> set) {
    byte[] doc = (HEAD + "{\"eventID\":\"e\",\"readOnly\":false" + (member.isEmpty() ? "" : "," + member) + "}]}")
        .getBytes(StandardCharsets.UTF_8);
    CloudTrailEvent read = read(doc).get(0);
    CloudTrailEvent.Builder b = CloudTrailEvent.builder().eventID("e").readOnly(false);
    set.accept(b);
    CloudTrailEvent built = b.build();
    assertThat(read).isEqualTo(built);
    assertThat(built).isEqualTo(read);
    assertThat(read.hashCode()).isEqualTo(built.hashCode());
    assertThat(read.toString()).isEqualTo(built.toString());
    assertThat(read.origin()).contains(EventOrigin.of("input", HEAD.length(), 0));
  }

  @Test
  void theTwoFlagsAreEachAbsentFalseOrTrue() {
    String[] values = {null, "false", "true"};
    for (String management : values) {
      for (String readOnly : values) {
        String json = "{\"eventID\":\"e\"" + (management == null ? "" : ",\"managementEvent\":" + management)
            + (readOnly == null ? "" : ",\"readOnly\":\"" + readOnly + "\"") + "}";
        CloudTrailEvent read = read((HEAD + json + "]}").getBytes(StandardCharsets.UTF_8)).get(0);
        assertThat(read.managementEvent()).as(json).isEqualTo(Optional.ofNullable(management)
            .map(Boolean::valueOf));
        assertThat(read.readOnly()).as(json).isEqualTo(Optional.ofNullable(readOnly).map(Boolean::valueOf));
        assertThat(read.sessionCredentialFromConsole()).isEmpty();
      }
    }
  }

  @Test
  void recordsWithTheSameIdentityAndTlsDetailsShareTheOptionalsTheirAccessorsReturn() {
    String same = ",\"userIdentity\":{\"type\":\"IAMUser\",\"arn\":\"arn:aws:iam::1:user/u\"},"
        + "\"tlsDetails\":{\"tlsVersion\":\"TLSv1.3\"}";
    byte[] doc = (HEAD + record("a", same) + "," + record("b", same) + "," + record("c", ",\"userIdentity\":null,"
        + "\"tlsDetails\":null") + "]}").getBytes(StandardCharsets.UTF_8);
    List<CloudTrailEvent> events = read(doc);
    assertThat(events.get(0).userIdentity()).isSameAs(events.get(1).userIdentity());
    assertThat(events.get(0).tlsDetails()).isSameAs(events.get(1).tlsDetails());
    assertThat(events.get(1).userIdentity().orElseThrow().arn()).contains("arn:aws:iam::1:user/u");
    assertThat(events.get(1).tlsDetails().orElseThrow().tlsVersion()).contains("TLSv1.3");
    assertThat(events.get(2).userIdentity()).isEmpty();
    assertThat(events.get(2).tlsDetails()).isEmpty();
  }

  @Test
  void eachEventKnowsItsOriginWithoutHoldingOne() {
    byte[] doc = delivery("");
    List<CloudTrailEvent> events = read(doc);
    String start = "{\"eventVersion\":\"1.08\",\"eventID\":\"id-";
    assertThat(events).extracting(e -> e.origin().orElseThrow()).containsExactly(
        EventOrigin.of("input", indexOf(doc, start + "0"), 0), EventOrigin.of("input", indexOf(doc, start + "1"), 1),
        EventOrigin.of("input", indexOf(doc, start + "2"), 2));
    assertThat(CloudTrailEvent.builder().build().origin()).isEmpty();
  }

  @Test
  void theTextAndHashAreThoseOfTheGeneratedValueClass() {
    // captured from the Immutables-generated toString() and hashCode() of main 192e10a, before events were read
    // lazily: an application that printed or hashed events sees the same
    CloudTrailEvent e = CloudTrailEvent.builder().eventVersion("1.08").eventTime(Instant.parse("2024-05-01T10:00:00Z"))
        .eventSource("s3.amazonaws.com").eventName("GetObject").requestID("r").eventID("e").readOnly(true)
        .requestParameters(JsonValue.parse("{\"bucketName\":\"b\"}"))
        .addResources(org.cloudtrail4j.model.Resource.builder().arn("arn:aws:s3:::b").build())
        .putUnknownFields("later", JsonValue.parse("1")).build();
    assertThat(e.toString()).isEqualTo(GENERATED_TEXT);
    assertThat(e.hashCode()).isEqualTo(GENERATED_HASH);
    CloudTrailEvent empty = CloudTrailEvent.builder().build();
    assertThat(empty.toString()).isEqualTo("CloudTrailEvent{resources=[], unknownFields={}}");
    assertThat(empty.hashCode()).isEqualTo(449411046);
  }

  private static final String GENERATED_TEXT = "CloudTrailEvent{eventVersion=1.08, eventTime=2024-05-01T10:00:00Z, "
      + "eventSource=s3.amazonaws.com, eventName=GetObject, requestParameters={\"bucketName\":\"b\"}, requestID=r, "
      + "eventID=e, readOnly=true, resources=[Resource{arn=arn:aws:s3:::b, unknownFields={}}], "
      + "unknownFields={later=1}}";
  private static final int GENERATED_HASH = -688168685;

  @Test
  void lazilyDecodedMembersAreReadAfterTheStreamIsClosed() {
    List<CloudTrailEvent> events = read(delivery(",\"annotation\":\"a\\\"b\",\"sharedEventID\":\"\u00e9\""));
    assertThat(events).extracting(e -> e.eventID().orElseThrow()).containsExactly("id-0", "id-1", "id-2");
    CloudTrailEvent e = events.get(1);
    assertThat(e.requestID()).contains("r-id-1");
    assertThat(e.annotation()).contains("a\"b");
    assertThat(e.sharedEventID()).contains("\u00e9");
    assertThat(e.requestParameters().orElseThrow().path("a").get(2).path("b").asString()).contains("c");
    assertThat(e.responseElements().orElseThrow().isNull()).isTrue();
    assertThat(e.additionalEventData()).isEmpty();
    assertThat(e.rawJson().toJson()).startsWith("{\"eventVersion\"").endsWith("\"sharedEventID\":\"\u00e9\"}");
    assertThat(e.requestID().orElseThrow()).isSameAs(e.requestID().orElseThrow()); // decoded once, then kept
  }

  @Test
  void lazilyDecodedMembersReadFromManyThreadsAreEqual() throws Exception {
    List<CloudTrailEvent> events = read(delivery(""));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> seen = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        seen.add(pool.submit(() -> events.stream()
            .map(e -> e.eventID().orElseThrow() + e.requestID().orElseThrow() + e.requestParameters().orElseThrow().toJson())
            .collect(Collectors.joining(";"))));
      }
      for (Future<String> f : seen) {
        assertThat(f.get()).isEqualTo("id-0r-id-0{\"a\":[1,2,{\"b\":\"c\"}]};id-1r-id-1{\"a\":[1,2,{\"b\":\"c\"}]};"
            + "id-2r-id-2{\"a\":[1,2,{\"b\":\"c\"}]}");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // ---- problems of members decoded lazily are still reported while reading

  /** A damaged second record, and the one problem it must give (the offsets are those main 192e10a reports). */
  record Fault(String name, byte[] doc, boolean strict, String expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Fault> faults() {
    List<Fault> f = new ArrayList<>();
    byte[] utf8 = delivery(",\"eventID\":\"iZZ\"");
    int at = indexOf(utf8, "iZZ") + 1;
    utf8[at] = (byte) 0xc3; // a two-byte lead byte followed by an ASCII byte
    f.add(new Fault("eventID with invalid UTF-8", utf8, false, problem(MALFORMED_JSON, at, 1, "$.Records[1].eventID")));
    byte[] four = delivery(",\"annotation\":\"aWXYZb\"");
    at = indexOf(four, "WXYZ");
    four[at] = (byte) 0xf0; // an invalid second byte of a four-byte sequence
    four[at + 1] = (byte) 0x28;
    four[at + 2] = (byte) 0x8c;
    four[at + 3] = (byte) 0xbc;
    f.add(new Fault("annotation with invalid UTF-8", four, false,
        problem(MALFORMED_JSON, at, 1, "$.Records[1].annotation")));
    byte[] number = delivery(",\"requestID\":42");
    f.add(new Fault("requestID a number", number, false,
        problem(WRONG_TYPE, indexOf(number, "42"), 1, "$.Records[1].requestID")));
    byte[] object = delivery(",\"eventID\":{\"x\":1}");
    f.add(new Fault("eventID an object", object, false,
        problem(WRONG_TYPE, indexOf(object, "{\"x\""), 1, "$.Records[1].eventID")));
    byte[] escape = delivery(",\"annotation\":\"a\\qb\"");
    f.add(new Fault("annotation with an invalid escape", escape, false,
        problem(MALFORMED_JSON, indexOf(escape, "\\q"), 1, "$.Records[1]")));
    byte[] longer = delivery(",\"sharedEventID\":\"" + "x".repeat(300) + "\"");
    f.add(new Fault("sharedEventID over the string limit", longer, false,
        problem(LIMIT_EXCEEDED, indexOf(longer, "\"xxx"), 1, "$.Records[1].sharedEventID")));
    byte[] brackets = delivery(",\"responseElements\":{\"a\":[1}");
    f.add(new Fault("responseElements with unmatched brackets", brackets, false,
        problem(MALFORMED_JSON, indexOf(brackets, "1}") + 1, 1, "$.Records[1]")));
    byte[] grammar = delivery(",\"requestParameters\":{\"a\" 1}");
    f.add(new Fault("requestParameters without a colon, strict", grammar, true,
        problem(MALFORMED_JSON, indexOf(grammar, "1}"), 1, "$.Records[1]")));
    return f;
  }

  @ParameterizedTest
  @MethodSource("faults")
  void aProblemInALazilyDecodedMemberIsReportedWhileReadingNotWhenAskedFor(Fault fault) {
    List<String> problems = new ArrayList<>();
    List<CloudTrailEvent> events = new ArrayList<>();
    CloudTrailReader reader = CloudTrailReader.builder().strictValidation(fault.strict())
        .limits(ReadLimits.defaults().withMaxStringBytes(200)).onProblem(p -> problems.add(Outcomes.line(p)))
        .build();
    try (Stream<CloudTrailEvent> s = reader.read(fault.doc(), "input")) {
      s.forEach(events::add); // no member is asked for while reading
    }
    assertThat(problems).containsExactly(fault.expected());
    assertThat(events).hasSize(2);
    // asking for every member afterwards throws nothing
    for (CloudTrailEvent e : events) {
      assertThat(e.toString()).contains("requestParameters=");
      assertThat(e.rawJson().isMissing()).isFalse();
    }
  }

  @ParameterizedTest
  @MethodSource("faults")
  void aProblemInALazilyDecodedMemberFailsAFailFastReadBeforeTheNextEvent(Fault fault) {
    CloudTrailReader reader = CloudTrailReader.builder().strictValidation(fault.strict())
        .limits(ReadLimits.defaults().withMaxStringBytes(200)).build();
    List<CloudTrailEvent> events = new ArrayList<>();
    assertThatThrownBy(() -> {
      try (Stream<CloudTrailEvent> s = reader.read(fault.doc(), "input")) {
        s.forEach(events::add);
      }
    }).isInstanceOfSatisfying(CloudTrailParseException.class,
        e -> assertThat(Outcomes.line(e.problem())).isEqualTo(fault.expected()));
    assertThat(events).hasSize(1);
  }
}
