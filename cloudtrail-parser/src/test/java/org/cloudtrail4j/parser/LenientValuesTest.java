package org.cloudtrail4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.identity.AssumedRole;
import org.cloudtrail4j.parser.InputModesTest.Mode;
import org.junit.jupiter.api.Test;

/**
 * Valid records that were once rejected or read inconsistently: values written with JSON escapes, duplicate members
 * whose last value is {@code null}, and timestamps in ISO-8601's basic format. Each is read in every input mode.
 */
class LenientValuesTest {
  private static List<CloudTrailEvent> read(String json) {
    return read(json, EventFilter.all());
  }

  private static List<CloudTrailEvent> read(String json, EventFilter filter) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    List<CloudTrailEvent> first = null;
    for (Mode mode : new Mode[] {Mode.BYTES, Mode.STREAM, Mode.ONE_BYTE_AT_A_TIME}) {
      CloudTrailReader reader = CloudTrailReader.builder().filter(filter).build(); // fails fast on any problem
      java.io.InputStream in = mode.open.apply(bytes);
      List<CloudTrailEvent> events;
      try (Stream<CloudTrailEvent> s = in == null ? reader.read(bytes, "input") : reader.read(in, "input")) {
        events = s.collect(Collectors.toList());
      }
      if (first == null) {
        first = events;
      } else {
        assertThat(events).as("read as %s", mode).isEqualTo(first);
      }
    }
    return first;
  }

  @Test
  void readsTimesAndFlagsWrittenWithEscapes() {
    String json = "{\"eventID\":\"e1\",\"eventTime\":\"2024-05-01T10:00:00\\u005a\",\"readOnly\":\"\\u0074rue\","
        + "\"managementEvent\":\"f\\u0061lse\",\"sessionCredentialFromConsole\":\"\\u0074rue\","
        + "\"userIdentity\":{\"type\":\"AssumedRole\",\"sessionContext\":{\"attributes\":{"
        + "\"creationDate\":\"2024\\u002d05-01T09:00:00Z\",\"mfaAuthenticated\":\"\\u0046ALSE\"}}}}";
    Instant from = Instant.parse("2024-05-01T10:00:00Z");
    List<CloudTrailEvent> events = read(json, EventFilter.eventTimeBetween(from, from.plusSeconds(1)));
    assertThat(events).hasSize(1);
    CloudTrailEvent e = events.get(0);
    assertThat(e.eventTime()).contains(from);
    assertThat(e.readOnly()).contains(true);
    assertThat(e.managementEvent()).contains(false);
    assertThat(e.sessionCredentialFromConsole()).contains(true);
    AssumedRole role = (AssumedRole) e.userIdentity().orElseThrow();
    assertThat(role.sessionContext().orElseThrow().attributes().orElseThrow().creationDate())
        .contains(Instant.parse("2024-05-01T09:00:00Z"));
    assertThat(role.sessionContext().orElseThrow().attributes().orElseThrow().mfaAuthenticated()).contains(false);
  }

  @Test
  void aDuplicateMemberWhoseLastValueIsNullIsAbsent() {
    String json = "{\"eventVersion\":\"1.07\",\"eventName\":\"First\",\"eventID\":\"e1\","
        + "\"eventSource\":\"ec2.amazonaws.com\",\"awsRegion\":\"eu-west-1\",\"readOnly\":true,"
        + "\"eventTime\":\"2024-05-01T10:00:00Z\",\"userIdentity\":{\"type\":\"Root\"},"
        + "\"tlsDetails\":{\"tlsVersion\":\"TLSv1.3\"},\"errorCode\":\"AccessDenied\",\"resources\":[{\"ARN\":\"a\"}],"
        + "\"eventType\":\"AwsApiCall\",\"eventCategory\":\"Management\",\"requestID\":\"r1\","
        + "\"eventName\":null,\"eventSource\":null,\"awsRegion\":null,\"readOnly\":null,\"eventTime\":null,"
        + "\"userIdentity\":null,\"tlsDetails\":null,\"errorCode\":null,\"resources\":null,\"eventType\":null,"
        + "\"eventCategory\":null,\"requestID\":null}";
    CloudTrailEvent e = read(json).get(0);
    assertThat(e.field("eventName").isNull()).isTrue();
    assertThat(e.eventName()).isEmpty();
    assertThat(e.eventSource()).isEmpty();
    assertThat(e.awsRegion()).isEmpty();
    assertThat(e.readOnly()).isEmpty();
    assertThat(e.eventTime()).isEmpty();
    assertThat(e.userIdentity()).isEmpty();
    assertThat(e.tlsDetails()).isEmpty();
    assertThat(e.errorCode()).isEmpty();
    assertThat(e.resources()).isEmpty();
    assertThat(e.eventType()).isEmpty();
    assertThat(e.eventCategory()).isEmpty();
    assertThat(e.requestID()).isEmpty();
    assertThat(e.eventVersion()).contains("1.07");
    // the filter's header agrees with the event
    assertThat(read(json, EventFilter.awsRegion("eu-west-1"))).isEmpty();
    assertThat(read(json, EventFilter.of(h -> h.eventTime().isPresent()))).isEmpty();
  }

  @Test
  void aDuplicateNestedMemberWhoseLastValueIsNullIsAbsent() {
    String json = "{\"eventID\":\"e1\",\"userIdentity\":{\"type\":\"AssumedRole\",\"sessionContext\":{"
        + "\"sourceIdentity\":\"alice\",\"sourceIdentity\":null,\"attributes\":{\"mfaAuthenticated\":\"true\","
        + "\"mfaAuthenticated\":null},\"sessionIssuer\":{\"userName\":\"Admin\",\"userName\":null}}}}";
    AssumedRole role = (AssumedRole) read(json).get(0).userIdentity().orElseThrow();
    assertThat(role.sessionContext().orElseThrow().sourceIdentity()).isEmpty();
    assertThat(role.sessionContext().orElseThrow().attributes().orElseThrow().mfaAuthenticated()).isEmpty();
    assertThat(role.sessionContext().orElseThrow().sessionIssuer().orElseThrow().userName()).isEmpty();
  }

  @Test
  void readsTimestampsInTheBasicFormat() {
    // the form of an example in AWS's CloudTrail User Guide
    String json = "{\"eventID\":\"e1\",\"eventTime\":\"20131102T010628Z\",\"userIdentity\":{\"type\":"
        + "\"AssumedRole\",\"sessionContext\":{\"attributes\":{\"creationDate\":\"20131102T010628.5+0100\"}}}}";
    CloudTrailEvent e = read(json).get(0);
    assertThat(e.eventTime()).contains(Instant.parse("2013-11-02T01:06:28Z"));
    AssumedRole role = (AssumedRole) e.userIdentity().orElseThrow();
    assertThat(role.sessionContext().orElseThrow().attributes().orElseThrow().creationDate())
        .contains(Instant.parse("2013-11-02T00:06:28.5Z"));
  }
}
