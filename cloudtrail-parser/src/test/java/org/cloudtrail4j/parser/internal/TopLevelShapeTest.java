package org.cloudtrail4j.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.cloudtrail4j.model.internal.MalformedJsonException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A top-level object's shape, told by its first telling key; unknown keys before it are skipped with their values. */
class TopLevelShapeTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "{\"Records\":[]}                                   | DELIVERY",
      "{\"x\":{\"eventName\":1},\"Records\":[]}           | DELIVERY",
      "{\"eventVersion\":\"1.08\"}                        | RECORD",
      "{ \"a\" : [1,{\"b\":2}] , \"eventID\":\"e\"}      | RECORD",
      "{\"version\":\"0\",\"detail-type\":\"x\"}          | EVENTBRIDGE",
      "{\"detail\":{}}                                    | EVENTBRIDGE",
      "{\"messageType\":\"DATA_MESSAGE\",\"logEvents\":[]} | CLOUDWATCH_LOGS",
      "{\"Events\":[]}                                    | LOOKUP_EVENTS",
      "{\"EventId\":\"x\",\"CloudTrailEvent\":\"{}\"}     | LOOKUP_EVENT",
      "{\"awsAccountId\":\"1\",\"digestStartTime\":\"t\"} | DIGEST",
      "{\"unknown\":1}                                    | UNDECIDED",
      "{}                                                 | UNDECIDED",
      "{\"a\" 1, \"eventID\":\"e\"}                       | RECORD",
      "{1:2}                                              | RECORD"})
  void tellsTheShapeByTheFirstTellingKey(String json, TopLevelShape expected) {
    byte[] b = json.getBytes(StandardCharsets.UTF_8);
    int key = TopLevelShape.tellingKey(b, 0, b.length, 64, 1000);
    TopLevelShape shape = key >= 0 ? TopLevelShape.ofKeyAt(b, key, b.length)
        : key == TopLevelShape.NO_KEY ? TopLevelShape.UNDECIDED : TopLevelShape.RECORD;
    assertThat(shape).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"{", "{\"unknown\":", "{\"unknown\":[1,2", "{\"Recor", "{\"a\":1,"})
  void asksForMoreBytesWhenTheyEndBeforeTheAnswer(String json) {
    byte[] b = json.getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> TopLevelShape.tellingKey(b, 0, b.length, 64, 1000))
        .isInstanceOfSatisfying(MalformedJsonException.class, e -> assertThat(e.isTruncated()).isTrue());
  }
}
