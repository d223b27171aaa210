package org.cloudtrail4j.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.spi.CloudTrailMappers;
import org.cloudtrail4j.parser.CloudTrailProblem;
import org.cloudtrail4j.parser.CloudTrailReader;
import org.cloudtrail4j.parser.EventFilter;
import org.cloudtrail4j.parser.ProblemKind;
import org.cloudtrail4j.parser.ReadLimits;
import org.junit.jupiter.api.Test;

/**
 * A reader configured with a {@link MemberProjection} (cloudtrail-spark's, for the columns a query reads) decodes the
 * members asked for exactly as a full read does, leaves the others out of the event, and judges a record by those
 * members only; the filter and the record's structure are checked as always.
 */
class MemberProjectionTest {
  /** Every member the reader decodes itself, in the order CloudTrail writes them. */
  private static final List<String> MEMBERS = List.of("eventVersion", "userIdentity", "eventTime", "eventSource",
      "eventName", "awsRegion", "sourceIPAddress", "userAgent", "errorCode", "errorMessage", "requestParameters",
      "responseElements", "additionalEventData", "serviceEventDetails", "requestID", "eventID", "eventType",
      "apiVersion", "managementEvent", "readOnly", "resources", "recipientAccountId", "sharedEventID", "vpcEndpointId",
      "vpcEndpointAccountId", "eventCategory", "addendum", "sessionCredentialFromConsole", "edgeDeviceDetails",
      "tlsDetails", "insightDetails", "eventContext", "annotation");

  /** A hand-built record with every member (no real record has them all) and one the reader does not know. */
  private static final String FULL = "{\"eventVersion\":\"1.09\","
      + "\"userIdentity\":{\"type\":\"AssumedRole\",\"arn\":\"arn:aws:sts::111122223333:assumed-role/ops/alice\"},"
      + "\"eventTime\":\"2024-05-01T10:00:00Z\",\"eventSource\":\"eks.amazonaws.com\",\"eventName\":\"CreateCluster\","
      + "\"awsRegion\":\"us-east-1\",\"sourceIPAddress\":\"192.0.2.1\",\"userAgent\":\"aws-cli/2\","
      + "\"errorCode\":\"AccessDenied\",\"errorMessage\":\"no\",\"requestParameters\":{\"name\":\"a\"},"
      + "\"responseElements\":{\"ok\":false},\"additionalEventData\":{\"x\":1},\"serviceEventDetails\":{\"y\":2},"
      + "\"requestID\":\"r-1\",\"eventID\":\"e-1\",\"eventType\":\"AwsApiCall\",\"apiVersion\":\"2017-11-01\","
      + "\"managementEvent\":true,\"readOnly\":\"false\","
      + "\"resources\":[{\"ARN\":\"arn:aws:eks:us-east-1:111122223333:cluster/a\",\"accountId\":\"111122223333\","
      + "\"type\":\"AWS::EKS::Cluster\"}],\"recipientAccountId\":\"111122223333\",\"sharedEventID\":\"s-1\","
      + "\"vpcEndpointId\":\"vpce-1\",\"vpcEndpointAccountId\":\"111122223333\",\"eventCategory\":\"Management\","
      + "\"addendum\":{\"reason\":\"DELIVERY_DELAY\"},\"sessionCredentialFromConsole\":\"true\","
      + "\"edgeDeviceDetails\":{\"type\":\"Snow\"},\"tlsDetails\":{\"tlsVersion\":\"TLSv1.3\"},"
      + "\"insightDetails\":{\"state\":\"Start\"},\"eventContext\":{\"z\":3},\"annotation\":\"note\","
      + "\"memberOf2027\":[1,2]}";

  private static ReaderConfig config(EventFilter filter, List<CloudTrailProblem> problems) {
    return new ReaderConfig(filter, problems == null ? null : problems::add, null, 1, true, ReadLimits.defaults(),
        CloudTrailMappers.none(), false, CloudTrailReader.DEFAULT_DELIVERY_LAG);
  }

  private static List<CloudTrailEvent> read(String records, MemberProjection members, List<CloudTrailProblem> problems,
      EventFilter filter) {
    byte[] doc = ("{\"Records\":[" + records + "]}").getBytes(StandardCharsets.UTF_8);
    try (Stream<CloudTrailEvent> events = Streams.of(doc, 0, doc.length, "doc",
        config(filter, problems).withProjection(members))) {
      return events.collect(Collectors.toList());
    }
  }

  private static CloudTrailEvent one(String record, MemberProjection members) {
    List<CloudTrailEvent> events = read(record, members, null, null);
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  private static MemberProjection of(String... members) {
    return MemberProjection.of(List.of(members));
  }

  @Test
  void projectingEveryMemberReadsWhatAFullReadReads() {
    List<String> all = new ArrayList<>(MEMBERS);
    all.add(MemberProjection.UNKNOWN_FIELDS);
    CloudTrailEvent full = one(FULL, MemberProjection.ALL);
    assertThat(full.unknownFields()).containsOnlyKeys("memberOf2027");
    assertThat(one(FULL, MemberProjection.of(all))).isEqualTo(full);
  }

  @Test
  void eachMemberIsDecodedAloneAndNoOtherIs() {
    CloudTrailEvent none = one(FULL, of());
    assertThat(none.unknownFields()).isEmpty();
    assertThat(none.eventSource()).isEmpty();
    assertThat(none.userIdentity()).isEmpty();
    assertThat(none.rawJson().raw()).isEqualTo(FULL.getBytes(StandardCharsets.UTF_8)); // _raw needs no member
    for (String member : MEMBERS) {
      CloudTrailEvent alone = one(FULL, of(member));
      // decoded as a typed member, not kept as an unknown one
      assertThat(alone.unknownFields()).as(member).isEmpty();
      assertThat(alone).as(member).isNotEqualTo(none);
      // ... and every other member as a full read decodes them
      List<String> others = new ArrayList<>(MEMBERS);
      others.remove(member);
      others.add(MemberProjection.UNKNOWN_FIELDS);
      CloudTrailEvent rest = one(FULL, MemberProjection.of(others));
      assertThat(rest).as(member).isNotEqualTo(one(FULL, MemberProjection.ALL));
    }
  }

  @Test
  void unknownMembersAloneAreKeptAndNoTypedMemberIs() {
    CloudTrailEvent unknown = one(FULL, of(MemberProjection.UNKNOWN_FIELDS));
    assertThat(unknown.unknownFields()).containsOnlyKeys("memberOf2027");
    assertThat(unknown.toBuilder().unknownFields(Map.of()).build()).isEqualTo(one(FULL, of()));
  }

  @Test
  void aRecordWhoseFaultsLieOnlyInMembersNotDecodedIsAnEvent() {
    // the wrong type, an invalid timestamp, a bad flag, and broken JSON inside an object: each a problem when read
    String faulty = FULL.replace("\"eventTime\":\"2024-05-01T10:00:00Z\"", "\"eventTime\":\"yesterday\"")
        .replace("\"userIdentity\":{\"type\":\"AssumedRole\",", "\"userIdentity\":{\"type\":\"AssumedRole\",,")
        .replace("\"readOnly\":\"false\"", "\"readOnly\":\"maybe\"")
        .replace("\"eventVersion\":\"1.09\"", "\"eventVersion\":109");
    List<CloudTrailProblem> problems = new ArrayList<>();
    CloudTrailEvent e = read(faulty, of("eventSource", "eventName", "requestParameters"), problems, null).get(0);
    assertThat(problems).isEmpty();
    assertThat(e.eventSource()).contains("eks.amazonaws.com");
    assertThat(e.eventName()).contains("CreateCluster");
    assertThat(e.requestParameters().orElseThrow().raw())
        .isEqualTo("{\"name\":\"a\"}".getBytes(StandardCharsets.UTF_8));
    for (String member : List.of("eventTime", "userIdentity", "readOnly", "eventVersion")) {
      assertThat(read(faulty, of("eventName", member), problems, null)).as(member).isEmpty();
      assertThat(problems).as(member).hasSize(1);
      assertThat(problems.remove(0).jsonPath()).as(member).startsWith("$.Records[0]");
    }
    assertThat(read(faulty, MemberProjection.ALL, problems, null)).isEmpty();
    assertThat(problems).hasSize(1);
  }

  @Test
  void aRecordWhoseStructureIsBrokenIsAProblemWhateverIsDecoded() {
    String broken = FULL.replace("\"awsRegion\":\"us-east-1\",", "\"awsRegion\":\"us-east-1\" ");
    List<CloudTrailProblem> problems = new ArrayList<>();
    assertThat(read(broken + "," + FULL, of(), problems, null)).hasSize(1);
    assertThat(problems).extracting(CloudTrailProblem::kind).containsExactly(ProblemKind.MALFORMED_JSON);
    assertThatThrownBy(() -> read(broken, of(), null, null)).hasMessageContaining("record 0");
  }

  @Test
  void theFilterSeesTheMembersItTestsWhenNoneIsDecoded() {
    String other = FULL.replace("eks.amazonaws.com", "iam.amazonaws.com");
    EventFilter eks = EventFilter.eventSource("eks.amazonaws.com");
    List<CloudTrailEvent> kept = read(FULL + "," + other + "," + FULL, of(), null, eks);
    assertThat(kept).hasSize(2);
    assertThat(kept).allSatisfy(e -> assertThat(e.eventSource()).isEmpty());
    assertThat(kept).extracting(e -> e.origin().orElseThrow().recordIndex()).containsExactly(0L, 2L);
  }

  @Test
  void aNameThatIsNotATopLevelMemberIsRefused() {
    for (String name : Set.of("arn", "eventsource", "Records", "_raw")) {
      assertThatThrownBy(() -> of(name)).as(name).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(name);
    }
  }
}
