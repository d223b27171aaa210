package org.cloudtrail4j.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cloudtrail4j.parser.HostileRecords.record;
import static org.cloudtrail4j.parser.HostileRecords.utf8;
import static org.cloudtrail4j.parser.Outcomes.event;
import static org.cloudtrail4j.parser.Outcomes.problem;
import static org.cloudtrail4j.parser.ProblemKind.LIMIT_EXCEEDED;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.parser.InputModesTest.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each {@link ReadLimits} limit: its default, the value at the limit read, one over it a {@link
 * ProblemKind#LIMIT_EXCEEDED} problem that names the limit, for that record only. The huge cases (a 100 MB record,
 * a 200 MB string, a million records) are generated as they are read, never stored.
 */
class LimitsTest {
  private static final String HEAD = "{\"Records\":[";
  private static final String R0 = record(0);

  @Test
  void defaultsAreJacksonsStreamReadConstraintsWhereTheyApply() {
    StreamReadConstraints jackson = StreamReadConstraints.defaults();
    ReadLimits limits = ReadLimits.defaults();
    assertThat(limits.maxNestingDepth()).isEqualTo(jackson.getMaxNestingDepth()).isEqualTo(1000);
    assertThat(limits.maxNumberLength()).isEqualTo(jackson.getMaxNumberLength()).isEqualTo(1000);
    assertThat(limits.maxStringBytes()).isEqualTo(jackson.getMaxStringLength()).isEqualTo(20_000_000);
    assertThat(limits.maxRecordBytes()).isEqualTo(16 << 20);
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(() -> ReadLimits.defaults().withMaxRecordBytes(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxRecordBytes");
    assertThatThrownBy(() -> ReadLimits.defaults().withMaxNumberLength(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---- record size

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aRecordOverTheSizeLimitIsSkippedAndTheNextOneRead(Mode mode) {
    String big = "{\"eventID\":\"big\",\"requestParameters\":{\"s\":\"" + "x".repeat(5000) + "\"}}";
    String doc = HEAD + R0 + "," + big + "," + record(2) + "]}";
    ReadLimits limits = ReadLimits.defaults().withMaxRecordBytes(4096);
    assertThat(Outcomes.read(utf8(doc), mode, limits)).containsExactly(event("id-0"),
        problem(LIMIT_EXCEEDED, HEAD.length() + R0.length() + 1, 1, "$.Records[1]"), event("id-2"));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aRecordOfExactlyTheSizeLimitIsRead(Mode mode) {
    ReadLimits limits = ReadLimits.defaults().withMaxRecordBytes(R0.length());
    assertThat(Outcomes.read(utf8(HEAD + R0 + "," + record(1) + "]}"), mode, limits))
        .containsExactly(event("id-0"), event("id-1"));
  }

  @Test
  void aHundredMegabyteRecordIsSkippedWithTheDefaultLimitWithoutBufferingIt() {
    long before = usedHeapAfterGc();
    assertThat(Outcomes.read(hundredMegabyteRecordBetweenTwo(), ReadLimits.defaults())).containsExactly(
        event("id-0"), problem(LIMIT_EXCEEDED, HEAD.length() + R0.length() + 1, 1, "$.Records[1]"), event("id-2"));
    assertThat(usedHeapAfterGc() - before).isLessThan(64 << 20);
  }

  @Test
  void aHundredMegabyteRecordIsReadWhenTheLimitAllowsIt() {
    List<CloudTrailEvent> events = new ArrayList<>();
    try (Stream<CloudTrailEvent> s = CloudTrailReader.builder().limits(ReadLimits.defaults()
        .withMaxRecordBytes(128 << 20)).build().read(hundredMegabyteRecordBetweenTwo(), "input")) {
      s.forEach(events::add);
    }
    assertThat(events).extracting(e -> e.eventID().orElse("?")).containsExactly("id-0", "big", "id-2");
    assertThat(events.get(1).rawJson().byteLength()).isGreaterThan(100_000_000);
  }

  private static GeneratedInput hundredMegabyteRecordBetweenTwo() {
    return GeneratedInput.of(HEAD + R0 + ",{\"eventID\":\"big\",\"requestParameters\":{\"items\":[")
        .repeat("{\"instanceId\":\"i-0123456789abcdef0\",\"state\":{\"code\":16,\"name\":\"running\"}},", 1364865)
        .then("{}]}}," + record(2) + "]}");
  }

  // ---- string length

  @Test
  void aTwoHundredMegabyteStringCostsOnlyItsRecord() {
    GeneratedInput in = GeneratedInput.of(HEAD + R0 + ",{\"eventID\":\"s\",\"errorMessage\":\"")
        .repeat("0123456789abcdef".repeat(4096), 200_000_000 / (16 * 4096) + 1).then("\"}," + record(2) + "]}");
    assertThat(in.length()).isGreaterThan(200_000_000);
    assertThat(Outcomes.read(in, ReadLimits.defaults())).containsExactly(event("id-0"),
        problem(LIMIT_EXCEEDED, HEAD.length() + R0.length() + 1, 1, "$.Records[1]"), event("id-2"));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aDecodedStringOverTheStringLimitCostsOnlyItsRecord(Mode mode) {
    String doc = HEAD + R0 + ",{\"eventID\":\"s\",\"errorMessage\":\"" + "e".repeat(101) + "\"}," + record(2) + "]}";
    ReadLimits limits = ReadLimits.defaults().withMaxStringBytes(100);
    int at = doc.indexOf("\"eeee");
    assertThat(Outcomes.read(utf8(doc), mode, limits)).containsExactly(event("id-0"),
        problem(LIMIT_EXCEEDED, at, 1, "$.Records[1].errorMessage"), event("id-2"));
    String exact = doc.replace("e".repeat(101), "e".repeat(100));
    assertThat(Outcomes.read(utf8(exact), mode, limits)).containsExactly(event("id-0"), event("s"), event("id-2"));
  }

  // ---- nesting depth

  @ParameterizedTest
  @EnumSource(Mode.class)
  void nestingAtTheDepthLimitIsReadAndOneDeeperIsALimitProblem(Mode mode) {
    ReadLimits limits = ReadLimits.defaults().withMaxNestingDepth(5);
    // the record is depth 1, requestParameters 2, so four more levels reach 5
    String atLimit = "{\"eventID\":\"ok\",\"requestParameters\":{\"a\":[{\"b\":[1]}]}}";
    String over = "{\"eventID\":\"deep\",\"requestParameters\":{\"a\":[{\"b\":[[1]]}]}}";
    String doc = HEAD + atLimit + "," + over + ",{\"eventID\":\"id-0\"}]}";
    int at = doc.indexOf("[[1]]") + 1;
    assertThat(Outcomes.read(utf8(doc), mode, limits)).containsExactly(event("ok"),
        problem(LIMIT_EXCEEDED, at, 1, "$.Records[1]"), event("id-0"));
  }

  @Test
  void theDepthProblemNamesTheConfiguredLimit() {
    List<CloudTrailProblem> problems = new ArrayList<>();
    String doc = HEAD + "{\"eventID\":\"deep\",\"requestParameters\":" + "[".repeat(20) + "]".repeat(20) + "}]}";
    CloudTrailReader.builder().limits(ReadLimits.defaults().withMaxNestingDepth(10)).onProblem(problems::add)
        .build().read(utf8(doc)).forEach(e -> { });
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(LIMIT_EXCEEDED);
      assertThat(p.message()).isEqualTo("nesting depth exceeds the limit of 10 (ReadLimits.maxNestingDepth)");
    });
  }

  // ---- number length

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aNumberAtTheLengthLimitIsReadAndALongerOneIsALimitProblem(Mode mode) {
    String ok = "{\"eventID\":\"ok\",\"apiVersion\":" + "7".repeat(1000) + "}";
    String over = "{\"eventID\":\"long\",\"apiVersion\":-" + "7".repeat(1000) + "}";
    String doc = HEAD + ok + "," + over + "," + R0 + "]}";
    List<String> outcome = Outcomes.read(utf8(doc), mode);
    // the 1000-digit number is a number where a string belongs: WRONG_TYPE, not a limit
    assertThat(outcome).containsExactly(problem(ProblemKind.WRONG_TYPE, doc.indexOf("7777"), 0,
        "$.Records[0].apiVersion"), problem(LIMIT_EXCEEDED, doc.indexOf("-7777"), 1, "$.Records[1]"),
        event("id-0"));
  }

  @Test
  void numbersInsideFreeFormMembersAreLimitedWithStrictValidation() {
    String doc = HEAD + "{\"eventID\":\"n\",\"requestParameters\":{\"n\":" + "1".repeat(1001) + "}}]}";
    List<CloudTrailProblem> problems = new ArrayList<>();
    long strictEvents = CloudTrailReader.builder().strictValidation(true).onProblem(problems::add).build()
        .read(utf8(doc)).count();
    assertThat(strictEvents).isZero();
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(LIMIT_EXCEEDED);
      assertThat(p.message()).contains("number of 1001 characters exceeds the limit of 1000")
          .contains("ReadLimits.maxNumberLength");
    });
    // without strict validation a free-form member is kept as bytes, its numbers unconverted (see ReadLimits)
    assertThat(CloudTrailReader.stream(utf8(doc)).count()).isEqualTo(1);
  }

  @Test
  void failFastThrowsTheLimitProblemWithItsPosition() {
    String doc = HEAD + R0 + ",{\"eventID\":\"long\",\"apiVersion\":" + "7".repeat(1001) + "}]}";
    assertThatThrownBy(() -> CloudTrailReader.defaults().read(utf8(doc), "trail.json").count())
        .isInstanceOf(CloudTrailParseException.class)
        .hasMessageStartingWith("trail.json @ byte " + doc.indexOf("7777") + ", record 1, $.Records[1]: "
            + "LIMIT_EXCEEDED: number of 1001 characters exceeds the limit of 1000");
  }

  // ---- many records

  @Test
  void aMillionTinyRecordsAreAllRead() {
    long n = 1_000_000;
    GeneratedInput delivery = GeneratedInput.of(HEAD).repeat("{\"eventName\":\"x\"},", n - 1)
        .then("{\"eventName\":\"x\"}]}");
    assertThat(CloudTrailReader.defaults().read(delivery, "million").count()).isEqualTo(n);
    GeneratedInput lines = GeneratedInput.of("").repeat("{\"eventName\":\"x\"}\n", n);
    assertThat(CloudTrailReader.defaults().read(lines, "million.ndjson").count()).isEqualTo(n);
  }

  private static long usedHeapAfterGc() {
    System.gc();
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }
}
