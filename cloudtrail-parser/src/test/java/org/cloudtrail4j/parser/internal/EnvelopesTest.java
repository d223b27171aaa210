package org.cloudtrail4j.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cloudtrail4j.model.json.JsonValue;
import org.cloudtrail4j.parser.ProblemKind;
import org.junit.jupiter.api.Test;

/** Records found in envelopes that lie whole in memory, with their paths and source offsets; no stream involved. */
class EnvelopesTest {
  private final List<String> found = new ArrayList<>();

  private final Envelopes.Sink sink = new Envelopes.Sink() {
    @Override
    public void record(byte[] bytes, int start, int end, String path, long offset) {
      found.add("record " + path + " @" + offset + " " + new String(bytes, start, end - start, StandardCharsets.UTF_8));
    }

    @Override
    public void problem(ProblemKind kind, long offset, String path, String message, JsonValue raw) {
      found.add(kind + " " + path + " @" + offset + ": " + message);
    }
  };

  private void read(TopLevelShape shape, String json, long base) {
    byte[] b = json.getBytes(StandardCharsets.UTF_8);
    Envelopes.read(shape, b, 0, b.length, base, "$", sink);
  }

  @Test
  void eventBridgeDetailIsTheRecordAtItsOwnOffset() {
    read(TopLevelShape.EVENTBRIDGE, "{\"detail-type\":\"AWS API Call via CloudTrail\",\"detail\":{\"eventID\":\"e\"}}", 100);
    assertThat(found).containsExactly("record $.detail @154 {\"eventID\":\"e\"}");
  }

  @Test
  void eventBridgeWithoutADetailIsABadRecord() {
    read(TopLevelShape.EVENTBRIDGE, "{\"detail-type\":\"x\"}", 0);
    assertThat(found).containsExactly("UNSUPPORTED_FORMAT $ @0: EventBridge event without a detail");
  }

  @Test
  void cloudWatchLogsMessagesAreDecodedStringsEachAtItsString() {
    String json = "{\"logEvents\":[{\"id\":\"1\",\"message\":\"{\\\"eventID\\\":\\\"a\\\"}\"},{\"message\":7}]}";
    read(TopLevelShape.CLOUDWATCH_LOGS, json, 0);
    assertThat(found).containsExactly(
        "record $.logEvents[0].message @34 {\"eventID\":\"a\"}",
        "WRONG_TYPE $.logEvents[1].message @57: expected a JSON string holding a record");
  }

  @Test
  void lookupEventsHoldRecordsAsStrings() {
    read(TopLevelShape.LOOKUP_EVENTS, "{\"Events\":[{\"CloudTrailEvent\":\"{}\"},{\"CloudTrailEvent\":\"[1]\"}]}", 0);
    assertThat(found).containsExactly("record $.Events[0].CloudTrailEvent @30 {}",
        "WRONG_TYPE $.Events[1].CloudTrailEvent @55: the string does not hold a JSON object");
  }

  @Test
  void oneLookupEventHoldsItsRecordAsAString() {
    read(TopLevelShape.LOOKUP_EVENT, "{\"EventId\":\"x\",\"CloudTrailEvent\":\"{\\\"eventID\\\":\\\"x\\\"}\"}", 0);
    assertThat(found).containsExactly("record $.CloudTrailEvent @33 {\"eventID\":\"x\"}");
  }
}
