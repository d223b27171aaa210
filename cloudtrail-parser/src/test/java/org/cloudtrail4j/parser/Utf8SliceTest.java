package org.cloudtrail4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.internal.EventParts;
import org.cloudtrail4j.model.internal.Utf8Slice;
import org.cloudtrail4j.model.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A read event gives the UTF-8 of its IDs and free-form members as a slice of the bytes it was read from (for the
 * Spark source's rows) only when that slice is exactly the UTF-8 of what its accessor returns (an ID) or of the
 * accessor's JSON value (a free-form member); otherwise it says no, and the accessor is the way.
 */
class Utf8SliceTest {
  private static final int[] IDS = {EventParts.REQUEST_ID, EventParts.EVENT_ID, EventParts.SHARED_EVENT_ID};
  /** The members' names, by their index. */
  private static final String[] NAMES = {"requestID", "eventID", "sharedEventID"};
  private static final int[] FREE_FORM = {EventParts.REQUEST_PARAMETERS, EventParts.RESPONSE_ELEMENTS,
      EventParts.ADDITIONAL_EVENT_DATA, EventParts.SERVICE_EVENT_DETAILS, EventParts.EVENT_CONTEXT};

  private static CloudTrailEvent read(String record) {
    byte[] doc = ("{\"Records\":[" + record + "]}").getBytes(StandardCharsets.UTF_8);
    try (Stream<CloudTrailEvent> s = CloudTrailReader.builder().build().read(doc, "input")) {
      return s.collect(Collectors.toList()).get(0);
    }
  }

  private static Optional<String> accessor(CloudTrailEvent e, int member) {
    switch (member) {
      case EventParts.REQUEST_ID: return e.requestID();
      case EventParts.EVENT_ID: return e.eventID();
      case EventParts.SHARED_EVENT_ID: return e.sharedEventID();
      default: throw new AssertionError(member);
    }
  }

  private static Optional<JsonValue> freeForm(CloudTrailEvent e, int member) {
    switch (member) {
      case EventParts.REQUEST_PARAMETERS: return e.requestParameters();
      case EventParts.RESPONSE_ELEMENTS: return e.responseElements();
      case EventParts.ADDITIONAL_EVENT_DATA: return e.additionalEventData();
      case EventParts.SERVICE_EVENT_DETAILS: return e.serviceEventDetails();
      case EventParts.EVENT_CONTEXT: return e.eventContext();
      default: throw new AssertionError(member);
    }
  }

  /** The slice's bytes, or null when the event says no. */
  private static byte[] slice(CloudTrailEvent e, int member) {
    Utf8Slice into = new Utf8Slice();
    if (!((Utf8Slice.Source) e).slice(member, into)) {
      return null;
    }
    return Arrays.copyOfRange(into.bytes, into.start, into.end);
  }

  @Test
  void anAsciiIdIsItsTextBetweenTheQuotes() {
    CloudTrailEvent e = read("{\"requestID\":\"r-1\",\"eventID\":\"9b1c-22\",\"sharedEventID\":\"s\"}");
    assertThat(slice(e, EventParts.REQUEST_ID)).isEqualTo("r-1".getBytes(StandardCharsets.UTF_8));
    assertThat(slice(e, EventParts.EVENT_ID)).isEqualTo("9b1c-22".getBytes(StandardCharsets.UTF_8));
    assertThat(slice(e, EventParts.SHARED_EVENT_ID)).isEqualTo("s".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anIdWithOtherCharactersIsItsUtf8() {
    CloudTrailEvent e = read("{\"eventID\":\"e-\u00e9\u20ac\ud83d\ude00\"}");
    assertThat(slice(e, EventParts.EVENT_ID))
        .isEqualTo("e-\u00e9\u20ac\ud83d\ude00".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anIdWithInvalidUtf8IsAProblemOfItsRecordNotASlice() {
    byte[] doc = ("{\"Records\":[{\"eventID\":\"e-1\"},{\"eventID\":\"eZZ\"},{\"eventID\":\"e-3\"}]}")
        .getBytes(StandardCharsets.UTF_8);
    int at = new String(doc, StandardCharsets.ISO_8859_1).indexOf("ZZ");
    doc[at] = (byte) 0xc3; // a two-byte lead byte followed by an ASCII byte
    List<CloudTrailProblem> problems = new ArrayList<>();
    List<CloudTrailEvent> events;
    try (Stream<CloudTrailEvent> s = CloudTrailReader.builder().onProblem(problems::add).build().read(doc, "input")) {
      events = s.collect(Collectors.toList());
    }
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.recordIndex()).isEqualTo(1);
      assertThat(p.byteOffset()).isEqualTo(at);
    });
    assertThat(events).extracting(e -> new String(slice(e, EventParts.EVENT_ID), StandardCharsets.UTF_8))
        .containsExactly("e-1", "e-3");
  }

  @Test
  void anIdWithAnEscapeIsNotASlice() {
    CloudTrailEvent e = read("{\"requestID\":\"r-\\u0031\",\"eventID\":\"a\\\"b\",\"sharedEventID\":\"\\u00e9\"}");
    for (int id : IDS) {
      assertThat(slice(e, id)).isNull();
    }
    assertThat(e.requestID()).contains("r-1");
  }

  @Test
  void anAbsentOrNullIdIsNotASlice() {
    CloudTrailEvent e = read("{\"requestID\":null,\"eventSource\":\"s3.amazonaws.com\"}");
    for (int id : IDS) {
      assertThat(slice(e, id)).isNull();
    }
  }

  @Test
  void aFreeFormMemberIsItsJsonTextNullIncluded() {
    CloudTrailEvent e = read("{\"requestParameters\": {\"b\":[1, \"\\u00e9\\\"\"]} ,\"responseElements\":null,"
        + "\"additionalEventData\":\"x\u00e9\",\"serviceEventDetails\":7,\"eventContext\":[]}");
    assertThat(slice(e, EventParts.REQUEST_PARAMETERS))
        .isEqualTo("{\"b\":[1, \"\\u00e9\\\"\"]}".getBytes(StandardCharsets.UTF_8));
    assertThat(slice(e, EventParts.RESPONSE_ELEMENTS)).isEqualTo("null".getBytes(StandardCharsets.UTF_8));
    assertThat(slice(e, EventParts.ADDITIONAL_EVENT_DATA)).isEqualTo("\"x\u00e9\"".getBytes(StandardCharsets.UTF_8));
    assertThat(slice(e, EventParts.SERVICE_EVENT_DETAILS)).isEqualTo("7".getBytes(StandardCharsets.UTF_8));
    assertThat(slice(e, EventParts.EVENT_CONTEXT)).isEqualTo("[]".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anAbsentFreeFormMemberIsNotASlice() {
    CloudTrailEvent e = read("{\"eventSource\":\"s3.amazonaws.com\"}");
    for (int m : FREE_FORM) {
      assertThat(slice(e, m)).isNull();
    }
  }

  @Test
  void noOtherMemberIsASlice() {
    CloudTrailEvent e = read("{\"annotation\":\"a\",\"eventSource\":\"s3.amazonaws.com\"}");
    assertThat(slice(e, EventParts.ANNOTATION)).isNull();
    assertThat(slice(e, -1)).isNull();
    assertThat(slice(e, EventParts.EVENT_CONTEXT + 1)).isNull();
  }

  @Test
  void anEventBuiltInCodeHasNoSlices() {
    assertThat(CloudTrailEvent.builder().eventID("e").build()).isNotInstanceOf(Utf8Slice.Source.class);
  }

  @ParameterizedTest
  @MethodSource("org.cloudtrail4j.parser.CorpusTest#corpusFiles")
  void everyCorpusRecordsIdSliceIsTheUtf8OfItsAccessor(String file) throws IOException {
    List<CloudTrailEvent> events;
    try (Stream<CloudTrailEvent> s = CloudTrailReader.builder().onProblem(p -> { }).build()
        .read(CorpusTest.CORPUS.resolve(file))) {
      events = s.collect(Collectors.toList());
    }
    int refused = 0;
    for (CloudTrailEvent e : events) {
      for (int id : IDS) {
        byte[] b = slice(e, id);
        Optional<byte[]> utf8 = accessor(e, id).map(v -> v.getBytes(StandardCharsets.UTF_8));
        if (b != null) {
          assertThat(utf8).hasValueSatisfying(u -> assertThat(b).isEqualTo(u));
        } else if (utf8.isPresent()) {
          // said no for a present ID: only for one with an escape in its own text
          refused++;
          assertThat(new String(e.rawJson().get(NAMES[id]).raw(), StandardCharsets.UTF_8)).contains("\\");
        }
      }
      for (int m : FREE_FORM) {
        byte[] b = slice(e, m);
        Optional<JsonValue> v = freeForm(e, m);
        assertThat(b == null).isEqualTo(v.isEmpty());
        if (b != null) {
          assertThat(b).isEqualTo(v.get().raw());
        }
      }
    }
    // no corpus file has an ID with an escape: every present ID is a slice
    assertThat(refused).isZero();
  }
}
