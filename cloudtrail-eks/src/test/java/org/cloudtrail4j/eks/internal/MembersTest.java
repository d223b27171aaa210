package org.cloudtrail4j.eks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.cloudtrail4j.eks.model.ClusterStatus;
import org.cloudtrail4j.model.json.JsonValue;
import org.junit.jupiter.api.Test;

class MembersTest {
  @Test
  void takesMembersOfTheExpectedTypeAndLeavesTheRestAsUnknown() {
    Members m = Members.of(JsonValue.parse(
        "{\"name\":\"prod\",\"version\":1.29,\"tags\":{\"a\":\"b\"},\"newMember\":[1],\"createdAt\":1527535003.208}"));

    assertThat(m.string("name")).contains("prod");
    assertThat(m.string("version")).isEmpty();
    assertThat(m.stringMap("tags")).containsExactly(Map.entry("a", "b"));
    assertThat(m.epochSeconds("createdAt")).contains(Instant.parse("2018-05-28T19:16:43.208Z"));
    assertThat(m.unknown()).containsOnlyKeys("version", "newMember");
    assertThat(m.unknown().get("version")).isEqualTo(JsonValue.parse("1.29"));
  }

  @Test
  void readsJsonNullAsAbsentAndDropsIt() {
    Members m = Members.of(JsonValue.parse("{\"name\":null,\"subnetIds\":null,\"logging\":null}"));

    assertThat(m.string("name")).isEmpty();
    assertThat(m.strings("subnetIds")).isEmpty();
    assertThat(m.object("logging", v -> v)).isEmpty();
    assertThat(m.unknown()).isEmpty();
  }

  @Test
  void keepsAnArrayWithAnElementOfTheWrongTypeWholeAsUnknown() {
    Members m = Members.of(JsonValue.parse("{\"subnetIds\":[\"subnet-1\",7],\"types\":[\"api\"]}"));

    assertThat(m.strings("subnetIds")).isEmpty();
    assertThat(m.enumValues("types", ClusterStatus::of)).extracting(ClusterStatus::value).containsExactly("api");
    assertThat(m.unknown()).containsOnlyKeys("subnetIds");
  }

  @Test
  void keepsATimestampThatIsNotIso8601AsUnknown() {
    Members m = Members.of(JsonValue.parse("{\"createdAt\":\"Feb 19, 2025, 4:32:39 PM\"}"));

    assertThat(m.epochSeconds("createdAt")).isEmpty();
    assertThat(m.unknown()).containsOnlyKeys("createdAt");
  }

  @Test
  void readsIsoTimestampsAndTheExponentFormOfEpochSeconds() {
    Members m = Members.of(JsonValue.parse("{\"a\":\"2024-03-08T14:09:42.067Z\",\"b\":1.685475163532E9}"));

    assertThat(m.epochSeconds("a")).contains(Instant.parse("2024-03-08T14:09:42.067Z"));
    assertThat(m.epochSeconds("b")).contains(Instant.parse("2023-05-30T19:32:43.532Z"));
  }

  @Test
  void readsIntegersOnlyInTheRangeOfInt() {
    Members m = Members.of(JsonValue.parse("{\"a\":3,\"b\":4294967296,\"c\":2.5}"));

    assertThat(m.integer("a")).contains(3);
    assertThat(m.integer("b")).isEmpty();
    assertThat(m.integer("c")).isEmpty();
    assertThat(m.unknown()).containsOnlyKeys("b", "c");
  }

  @Test
  void readsBooleansAlsoWrittenAsStrings() {
    Members m = Members.of(JsonValue.parse("{\"a\":true,\"b\":\"false\",\"c\":\"yes\"}"));

    assertThat(m.bool("a")).contains(true);
    assertThat(m.bool("b")).contains(false);
    assertThat(m.bool("c")).isEmpty();
  }

  @Test
  void decodesPathLabels() {
    Members m = Members.of(JsonValue.parse(
        "{\"principalArn\":\"arn%3Aaws%3Aiam%3A%3A012345678901%3Arole%2Fstratus\",\"resourceArn\":\"arn:aws:eks:x\"}"));

    assertThat(m.pathLabel("principalArn")).contains("arn:aws:iam::012345678901:role/stratus");
    assertThat(m.pathLabel("resourceArn")).contains("arn:aws:eks:x");
  }

  @Test
  void readsNothingFromAValueThatIsNotAnObject() {
    assertThat(Members.of(JsonValue.parse("null")).unknown()).isEmpty();
    assertThat(Members.of(JsonValue.parse("[1]")).unknown()).isEmpty();
    assertThat(Members.of(JsonValue.missing()).string("name")).isEmpty();
  }
}
