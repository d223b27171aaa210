package org.cloudtrail4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.amazonaws.services.cloudtrail.processinglibrary.model.CloudTrailEventData;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.OpenEnum;
import org.cloudtrail4j.model.Resource;
import org.cloudtrail4j.model.TlsDetails;
import org.cloudtrail4j.model.identity.SessionContext;
import org.cloudtrail4j.model.identity.UserIdentity;
import org.cloudtrail4j.model.json.JsonValue;
import org.cloudtrail4j.parser.CloudTrailReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every contender reads the same trail and decodes the same values: each record's values, as each contender hands them
 * to its sink, are compared with a jackson-databind oracle of the trail (member by member for cloudtrail4j, field by
 * field for CPL, whole records for databind, leaf by leaf for the equal-work contender); the counting contenders'
 * counts with the oracle's; the inflaters' byte counts with the JSON's length.
 */
class ContenderTest {
  private static final long SEED = CorpusGenerator.DEFAULT_SEED;
  /** Floats as written, so that leaves compare exactly with cloudtrail4j's {@code BigDecimal}s. */
  private static final ObjectMapper EXACT =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  /** As the databind contenders read. */
  private static final ObjectMapper PLAIN = new ObjectMapper();

  private static TrailFixture trail;
  private static List<JsonNode> records;
  private static Map<String, JsonNode> recordsById;
  private static Map<String, JsonNode> plainRecordsById;
  private static List<String> eventIds;
  private static List<String> filteredEventIds;
  private static Map<String, Long> countsBySource;

  @BeforeAll
  static void generate() throws IOException {
    System.out.println("ContenderTest seed " + SEED);
    trail = TrailFixture.generate(SEED, 600_000);
    records = new ArrayList<>();
    recordsById = new LinkedHashMap<>();
    plainRecordsById = new LinkedHashMap<>();
    eventIds = new ArrayList<>();
    filteredEventIds = new ArrayList<>();
    countsBySource = new TreeMap<>();
    for (JsonNode record : EXACT.readTree(trail.json()).path("Records")) {
      String id = record.path("eventID").textValue();
      records.add(record);
      recordsById.put(id, record);
      eventIds.add(id);
      String source = record.path("eventSource").textValue();
      countsBySource.merge(source, 1L, Long::sum);
      if (source.equals(Contender.FILTERED_SOURCE)) {
        filteredEventIds.add(id);
      }
    }
    for (JsonNode record : PLAIN.readTree(trail.json()).path("Records")) {
      plainRecordsById.put(record.path("eventID").textValue(), record);
    }
    assertThat(filteredEventIds).isNotEmpty();
    assertThat(recordsById).hasSameSizeAs(records);
  }

  @AfterAll
  static void cleanUp() {
    trail.close();
  }

  @ParameterizedTest
  @EnumSource(Contender.class)
  void readsEveryRecordOfTheTrail(Contender contender) throws IOException {
    RecordingSink sink = new RecordingSink();
    long read;
    try (TrailReader reader = contender.create(trail)) {
      read = reader.read(sink);
      // a second read of the same reader sees the same: readers are reused across a trial's operations
      assertThat(reader.read(new RecordingSink())).isEqualTo(read);
    }
    switch (contender.output()) {
      case RECORDS, TREE_RECORDS -> {
        List<String> expected = contender == Contender.c4jFiltered ? filteredEventIds : eventIds;
        assertThat(read).isEqualTo(expected.size());
        if (contender == Contender.jacksonNextToken) {
          assertThat(sink.eventIds).isEmpty();
          assertThat(sink.loose).containsExactly((long) expected.size());
        } else if (contender.output().readsTree) {
          assertThat(sink.eventIds).containsExactlyInAnyOrderElementsOf(expected);
        } else {
          assertThat(sink.eventIds).containsExactlyElementsOf(expected);
        }
      }
      case COUNTS -> {
        assertThat(read).isEqualTo(records.size());
        assertThat(sink.eventIds).isEmpty();
        assertThat(sink.loose).containsExactly(countsBySource);
      }
      case BYTES, BYTES_TREE -> assertThat(read).isEqualTo(contender.jsonBytes(trail));
      default -> fail("unexpected output " + contender.output());
    }
  }

  @Test
  void theStatsReadDecodesTheMembersStatsCountsAndNoOther() throws IOException {
    long[] events = {0};
    try (Stream<CloudTrailEvent> read = Contender.statsRead(CloudTrailReader.defaults(), trail.tree())) {
      read.forEach(e -> {
        events[0]++;
        JsonNode record = recordsById.get(e.rawJson().path("eventID").asString().orElseThrow());
        assertThat(e.eventSource()).contains(record.path("eventSource").textValue());
        assertThat(e.eventName()).contains(record.path("eventName").textValue());
        assertThat(e.eventTime()).contains(Instant.parse(record.path("eventTime").textValue()));
        assertThat(e.userIdentity().isPresent()).isEqualTo(record.path("userIdentity").isObject());
        assertThat(e.errorCode()).isEqualTo(Optional.ofNullable(record.path("errorCode").textValue()));
        assertThat(e.eventID()).isEmpty();
        assertThat(e.awsRegion()).isEmpty();
        assertThat(e.requestParameters()).isEmpty();
      });
    }
    assertThat(events[0]).isEqualTo(records.size());
  }

  @ParameterizedTest
  @EnumSource(value = Contender.class, names = "c4j.*", mode = EnumSource.Mode.MATCH_ALL)
  void cloudtrail4jHandsOverTheValuesOfEveryMemberItNames(Contender contender) throws IOException {
    if (contender.workload() == null) {
      assertThat(contender.output()).isEqualTo(Contender.Output.COUNTS); // compared in readsEveryRecordOfTheTrail
      return;
    }
    RecordingSink sink = new RecordingSink();
    try (TrailReader reader = contender.create(trail)) {
      reader.read(sink);
    }
    C4jWorkload workload = contender.workload();
    List<String> members = workload.members();
    assertThat(sink.records).hasSameSizeAs(sink.eventIds).isNotEmpty();
    assertThat(sink.loose).isEmpty();
    long leaves = 0;
    for (int i = 0; i < sink.records.size(); i++) {
      JsonNode record = recordsById.get(sink.eventIds.get(i));
      assertThat(record).as("eventID %s", sink.eventIds.get(i)).isNotNull();
      List<Object> values = sink.records.get(i);
      assertThat(values.size()).as("values of %s", record.path("eventID")).isGreaterThanOrEqualTo(members.size());
      for (int m = 0; m < members.size(); m++) {
        assertMember(members.get(m), values.get(m), record);
      }
      List<Object> rest = values.subList(members.size(), values.size());
      if (workload == C4jWorkload.EAGER) {
        List<Object> expected = new ArrayList<>();
        for (String member : C4jWorkload.FREE_FORM) {
          leaves(record.get(member), expected);
        }
        assertThat(normalized(rest)).as("leaves of %s", record.path("eventID"))
            .containsExactlyElementsOf(normalized(expected));
        leaves += rest.size();
      } else {
        assertThat(rest).isEmpty();
      }
    }
    // nothing handed over beyond what was compared: members × records, plus the equal-work leaves
    assertThat(sink.consumed).isEqualTo((long) members.size() * sink.records.size() + leaves);
    if (workload == C4jWorkload.EAGER) {
      assertThat(leaves).as("leaves").isGreaterThan(20L * sink.records.size());
    }
  }

  @Test
  void cplDecodesTheSameValues() throws IOException {
    RecordingSink sink = new RecordingSink();
    try (TrailReader reader = Contender.awsCpl.create(trail)) {
      reader.read(sink);
    }
    assertThat(sink.eventIds).containsExactlyElementsOf(eventIds);
    assertThat(sink.consumed).isEqualTo(records.size());
    for (int i = 0; i < records.size(); i++) {
      JsonNode r = records.get(i);
      Object only = sink.records.get(i).get(0);
      assertThat(only).isInstanceOf(com.amazonaws.services.cloudtrail.processinglibrary.model.CloudTrailEvent.class);
      CloudTrailEventData d = ((com.amazonaws.services.cloudtrail.processinglibrary.model.CloudTrailEvent) only)
          .getEventData();
      assertMember("eventVersion", d.getEventVersion(), r);
      assertMember("eventTime", d.getEventTime().toInstant(), r);
      assertMember("eventSource", d.getEventSource(), r);
      assertMember("eventName", d.getEventName(), r);
      assertMember("awsRegion", d.getAwsRegion(), r);
      assertMember("sourceIPAddress", d.getSourceIPAddress(), r);
      assertMember("userAgent", d.getUserAgent(), r);
      assertMember("errorCode", d.getErrorCode(), r);
      assertMember("errorMessage", d.getErrorMessage(), r);
      assertMember("requestID", d.getRequestId(), r);
      assertMember("eventType", d.getEventType(), r);
      assertMember("recipientAccountId", d.getRecipientAccountId(), r);
      assertMember("readOnly", d.isReadOnly(), r);
      if (d.getUserIdentity() == null) {
        assertThat(r.get("userIdentity")).isNull();
      } else {
        assertMember("userIdentity.arn", d.getUserIdentity().getARN(), r);
        assertMember("userIdentity.principalId", d.getUserIdentity().getPrincipalId(), r);
        assertMember("userIdentity.type", d.getUserIdentity().getIdentityType(), r);
      }
      assertJsonText("requestParameters", d.getRequestParameters(), r);
      assertJsonText("responseElements", d.getResponseElements(), r);
      assertJsonText("additionalEventData", d.getAdditionalEventData(), r);
      assertJsonText("serviceEventDetails", d.getServiceEventDetails(), r);
    }
  }

  @ParameterizedTest
  @EnumSource(value = Contender.class, names = {"databindMap", "databindTree"})
  void databindDecodesWholeRecords(Contender contender) throws IOException {
    RecordingSink sink = new RecordingSink();
    try (TrailReader reader = contender.create(trail)) {
      reader.read(sink);
    }
    assertThat(sink.eventIds).containsExactlyElementsOf(eventIds);
    assertThat(sink.consumed).isEqualTo(records.size());
    for (int i = 0; i < records.size(); i++) {
      JsonNode decoded = PLAIN.valueToTree(sink.records.get(i).get(0));
      assertThat(decoded).isEqualTo(plainRecordsById.get(eventIds.get(i)));
    }
  }

  /** {@code actual}, the value a contender decoded for {@code member} (a dotted path), is the oracle's. */
  private static void assertMember(String member, Object actual, JsonNode record) {
    JsonNode node = record;
    for (String name : member.split("\\.")) {
      node = node == null ? null : node.get(name);
    }
    String what = member + " of " + record.path("eventID").textValue();
    if (actual == null) {
      if (member.equals("resources") || member.equals("unknownFields")) {
        fail(what + ": null");
      }
      assertThat(node == null || node.isNull()).as(what + " is absent, oracle has %s", node).isTrue();
      return;
    }
    if (member.equals("unknownFields")) {
      assertUnknownFields((Map<?, ?>) actual, record, what);
      return;
    }
    if (member.equals("resources")) {
      assertResources((List<?>) actual, node, what);
      return;
    }
    assertThat(node).as(what + " is missing from the oracle").isNotNull();
    if (actual instanceof String s) {
      assertThat(s).as(what).isEqualTo(node.textValue());
    } else if (actual instanceof Boolean b) {
      assertThat(b).as(what).isEqualTo(node.isBoolean() ? node.booleanValue() : Boolean.valueOf(node.textValue()));
    } else if (actual instanceof Instant t) {
      assertThat(t).as(what).isEqualTo(Instant.parse(node.textValue()));
    } else if (actual instanceof JsonValue v) {
      assertThat(tree(v.toJson())).as(what).isEqualTo(node);
    } else if (actual instanceof OpenEnum<?> e) {
      assertThat(e.value()).as(what).isEqualTo(node.textValue());
    } else if (actual instanceof UserIdentity u) {
      assertThat(identity(u)).as(what).isEqualTo(identity(node));
    } else if (actual instanceof TlsDetails t) {
      assertThat(t.tlsVersion().orElse(null)).as(what).isEqualTo(node.path("tlsVersion").textValue());
      assertThat(t.cipherSuite().orElse(null)).as(what).isEqualTo(node.path("cipherSuite").textValue());
      assertThat(t.clientProvidedHostHeader().orElse(null)).as(what)
          .isEqualTo(node.path("clientProvidedHostHeader").textValue());
    } else {
      fail(what + ": no comparison for a " + actual.getClass().getName() + "; add one");
    }
  }

  private static void assertJsonText(String member, String json, JsonNode record) {
    JsonNode node = record.get(member);
    if (json == null) {
      assertThat(node == null || node.isNull()).as(member).isTrue();
    } else {
      assertThat(tree(json)).as(member + " of " + record.path("eventID")).isEqualTo(node);
    }
  }

  private static void assertUnknownFields(Map<?, ?> unknown, JsonNode record, String what) {
    Set<String> known = new HashSet<>(C4jWorkload.FULL.members());
    known.add("eventID");
    Map<String, JsonNode> expected = new LinkedHashMap<>();
    record.properties().forEach(f -> {
      if (!known.contains(f.getKey())) {
        expected.put(f.getKey(), f.getValue());
      }
    });
    Map<Object, JsonNode> actual = new LinkedHashMap<>();
    unknown.forEach((k, v) -> actual.put(k, tree(((JsonValue) v).toJson())));
    assertThat(actual).as(what).isEqualTo(expected);
  }

  private static void assertResources(List<?> resources, JsonNode node, String what) {
    List<List<String>> expected = new ArrayList<>();
    if (node != null) {
      for (JsonNode r : node) {
        expected.add(listOf(r.path("ARN").textValue(), r.path("accountId").textValue(), r.path("type").textValue()));
      }
    }
    List<List<String>> actual = new ArrayList<>();
    for (Object o : resources) {
      Resource r = (Resource) o;
      actual.add(listOf(r.arn().orElse(null), r.accountId().orElse(null), r.type().orElse(null)));
    }
    assertThat(actual).as(what).isEqualTo(expected);
  }

  private static List<String> listOf(String... values) {
    return java.util.Arrays.asList(values);
  }

  /** The identity's members that the corpus writes, from the model. */
  private static Map<String, Object> identity(UserIdentity u) {
    Map<String, Object> m = new TreeMap<>();
    put(m, "type", u.type().map(OpenEnum::value).orElse(null));
    put(m, "principalId", u.principalId().orElse(null));
    put(m, "arn", u.arn().orElse(null));
    put(m, "accountId", u.accountId().orElse(null));
    put(m, "accessKeyId", u.accessKeyId().orElse(null));
    put(m, "userName", u.userName().orElse(null));
    put(m, "invokedBy", u.invokedBy().orElse(null));
    SessionContext c = u.sessionContext().orElse(null);
    if (c != null) {
      c.sessionIssuer().ifPresent(i -> {
        put(m, "issuer.type", i.type().orElse(null));
        put(m, "issuer.principalId", i.principalId().orElse(null));
        put(m, "issuer.arn", i.arn().orElse(null));
        put(m, "issuer.accountId", i.accountId().orElse(null));
        put(m, "issuer.userName", i.userName().orElse(null));
      });
      c.attributes().ifPresent(a -> {
        put(m, "creationDate", a.creationDate().orElse(null));
        put(m, "mfaAuthenticated", a.mfaAuthenticated().orElse(null));
      });
    }
    return m;
  }

  /** The same members, from the oracle. */
  private static Map<String, Object> identity(JsonNode n) {
    Map<String, Object> m = new TreeMap<>();
    for (String name : List.of("type", "principalId", "arn", "accountId", "accessKeyId", "userName", "invokedBy")) {
      put(m, name, n.path(name).textValue());
    }
    JsonNode issuer = n.path("sessionContext").path("sessionIssuer");
    for (String name : List.of("type", "principalId", "arn", "accountId", "userName")) {
      put(m, "issuer." + name, issuer.path(name).textValue());
    }
    JsonNode attributes = n.path("sessionContext").path("attributes");
    String created = attributes.path("creationDate").textValue();
    put(m, "creationDate", created == null ? null : Instant.parse(created));
    String mfa = attributes.path("mfaAuthenticated").asText(null);
    put(m, "mfaAuthenticated", mfa == null ? null : Boolean.valueOf(mfa));
    return m;
  }

  private static void put(Map<String, Object> m, String key, Object value) {
    if (value != null) {
      m.put(key, value);
    }
  }

  /** The leaves of {@code node} in document order, as {@link C4jWorkload#leaves} hands them over. */
  private static void leaves(JsonNode node, List<Object> out) {
    if (node == null) {
      return;
    }
    if (node.isObject()) {
      node.properties().forEach(f -> {
        out.add(f.getKey());
        leaves(f.getValue(), out);
      });
    } else if (node.isArray()) {
      node.forEach(e -> leaves(e, out));
    } else if (node.isTextual()) {
      out.add(node.textValue());
    } else if (node.isNumber()) {
      out.add(node.decimalValue());
    } else if (node.isBoolean()) {
      out.add(node.booleanValue());
    } else {
      out.add(null);
    }
  }

  /** Numbers compared by value, whatever their scale. */
  private static List<Object> normalized(List<Object> values) {
    List<Object> out = new ArrayList<>(values.size());
    for (Object v : values) {
      out.add(v instanceof BigDecimal d ? d.stripTrailingZeros() : v);
    }
    return out;
  }

  private static JsonNode tree(String json) {
    try {
      return EXACT.readTree(json);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }
}
