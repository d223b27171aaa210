package org.cloudtrail4j.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonToken;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonValueTest {
  static final JsonValue REQUEST = JsonValue.parse("{\"name\":\"prod\",\"resourcesVpcConfig\":{\"subnetIds\":"
      + "[\"subnet-1\",\"subnet-2\"],\"endpointPublicAccess\":true},\"createdAt\":1527535003.208,"
      + "\"count\":3,\"big\":123456789012345678901234567890,\"esc\":\"a\\\"b\\u00e9\\n\",\"nothing\":null}");

  @Test
  void navigatesObjectsArraysAndIndexes() {
    assertThat(REQUEST.get("name").asString()).contains("prod");
    assertThat(REQUEST.path("resourcesVpcConfig", "subnetIds", "1").asString()).contains("subnet-2");
    assertThat(REQUEST.path("resourcesVpcConfig", "subnetIds").elements()).hasSize(2);
    assertThat(REQUEST.path("resourcesVpcConfig", "endpointPublicAccess").asBoolean()).contains(true);
    assertThat(REQUEST.fields().keySet()).containsExactly("name", "resourcesVpcConfig", "createdAt", "count", "big",
        "esc", "nothing");
  }

  @Test
  void missingMembersAreMissingNeverNull() {
    assertThat(REQUEST.path("no", "such", "thing").isMissing()).isTrue();
    assertThat(REQUEST.get("name").get("x").isMissing()).isTrue();
    assertThat(REQUEST.path("resourcesVpcConfig", "subnetIds", "7").isMissing()).isTrue();
    assertThat(REQUEST.get("nothing").isNull()).isTrue();
    assertThat(REQUEST.get("nothing").asString()).isEmpty();
    assertThat(JsonValue.missing().type()).isEqualTo(JsonType.MISSING);
  }

  @Test
  void typedAccessorsDoNotConvertBetweenTypes() {
    assertThat(REQUEST.get("count").asLong()).hasValue(3);
    assertThat(REQUEST.get("count").asString()).isEmpty();
    assertThat(REQUEST.get("name").asLong()).isEmpty();
    assertThat(REQUEST.get("big").asLong()).isEmpty();
    assertThat(REQUEST.get("big").asDecimal()).contains(new BigDecimal("123456789012345678901234567890"));
    assertThat(REQUEST.get("createdAt").asLong()).isEmpty();
  }

  @Test
  void aNumberLongerThanJacksonsLimitIsRefusedNotDecoded() {
    JsonValue huge = JsonValue.parse("1" + "0".repeat(1000));
    assertThatThrownBy(huge::asDecimal).isInstanceOf(JsonValueException.class).hasMessageContaining("1001");
    assertThat(JsonValue.parse("9".repeat(1000)).asDecimal()).isPresent();
  }

  @Test
  void decodesEscapesAndUtf8Exactly() {
    assertThat(REQUEST.get("esc").asString()).contains("a\"b\u00e9\n");
    JsonValue utf8 = JsonValue.of("{\"k\":\"caf\u00e9 \ud83d\ude80\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(utf8.get("k").asString()).contains("caf\u00e9 \ud83d\ude80");
  }

  @Test
  void decodesLongStringsExactlyAcrossThePiecesTheyAreDecodedIn() {
    // long strings are decoded in pieces of 8,192 characters: characters of every UTF-8 length and escapes land on
    // the boundaries
    StringBuilder text = new StringBuilder();
    StringBuilder json = new StringBuilder("\"");
    String[] parts = {"a", "\u00e9", "\u20ac", "\ud83d\ude80", "\n", "\""};
    String[] written = {"a", "\u00e9", "\u20ac", "\ud83d\ude80", "\\n", "\\\""};
    for (int i = 0; text.length() < 50_000; i++) {
      int k = (i * 7 + i / 13) % parts.length;
      text.append(parts[k]);
      json.append(i % 5 == 0 && k == 1 ? "\\u00e9" : written[k]);
    }
    assertThat(JsonValue.parse(json.append('"').toString()).asString()).contains(text.toString());
  }

  @Test
  void invalidUtf8IsAnErrorNotAReplacementCharacter() {
    byte[] bad = {'"', 'a', (byte) 0xc3, '"'};
    assertThatThrownBy(() -> JsonValue.of(bad).asString()).isInstanceOf(JsonValueException.class)
        .hasMessageContaining("UTF-8");
  }

  @Test
  void readsInstantsAsIsoStringsOrEpochSecondsWithAFraction() {
    assertThat(REQUEST.get("createdAt").asInstant()).contains(Instant.ofEpochSecond(1527535003L, 208_000_000));
    assertThat(JsonValue.parse("\"2024-05-01T10:00:00.5+02:00\"").asInstant())
        .contains(Instant.parse("2024-05-01T08:00:00.5Z"));
    assertThatThrownBy(() -> JsonValue.parse("\"yesterday\"").asInstant()).isInstanceOf(JsonValueException.class);
  }

  @Test
  void rawBytesAreTheInputExactly() {
    byte[] input = "  { \"a\" : [1, 2] }  ".getBytes(StandardCharsets.UTF_8);
    JsonValue v = JsonValue.ofSlice(input, 0, input.length);
    assertThat(v.toJson()).isEqualTo("{ \"a\" : [1, 2] }");
    assertThat(v.get("a").toJson()).isEqualTo("[1, 2]");
    assertThat(v.byteLength()).isEqualTo(16);
  }

  @Test
  void mapsWithJacksonStreaming() {
    List<String> subnets = REQUEST.path("resourcesVpcConfig", "subnetIds").read(p -> {
      List<String> out = new java.util.ArrayList<>();
      while (p.nextToken() == JsonToken.VALUE_STRING) {
        out.add(p.getText());
      }
      return out;
    });
    assertThat(subnets).containsExactly("subnet-1", "subnet-2");
  }

  @Test
  void aMapperFailureNamesTheOffset() {
    assertThatThrownBy(() -> REQUEST.read(p -> {
      throw new com.fasterxml.jackson.core.JsonParseException(p, "boom");
    })).isInstanceOf(JsonValueException.class).hasMessageContaining("boom");
  }

  @Test
  void duplicateKeysLastOneWins() {
    JsonValue dup = JsonValue.parse("{\"a\":1,\"b\":2,\"a\":3}");
    assertThat(dup.get("a").asLong()).hasValue(3);
    assertThat(dup.fields()).containsOnlyKeys("a", "b");
  }

  @Test
  void parseRejectsMalformedJsonWithItsOffset() {
    assertThatThrownBy(() -> JsonValue.parse("{\"a\":[1,2}")).isInstanceOf(JsonValueException.class)
        .satisfies(e -> assertThat(((JsonValueException) e).offset()).isEqualTo(9));
    assertThatThrownBy(() -> JsonValue.parse("{} x")).isInstanceOf(JsonValueException.class);
    assertThatThrownBy(() -> JsonValue.parse("")).isInstanceOf(JsonValueException.class);
  }

  @Test
  void equalityIsSemantic() {
    assertThat(JsonValue.parse("{\"a\":1.0,\"b\":[true,null]}"))
        .isEqualTo(JsonValue.parse("{ \"b\" : [ true , null ], \"a\" : 1 }"))
        .hasSameHashCodeAs(JsonValue.parse("{ \"b\" : [ true , null ], \"a\" : 1 }"));
    assertThat(JsonValue.parse("[1,2]")).isNotEqualTo(JsonValue.parse("[2,1]"));
    assertThat(JsonValue.parse("\"\\u0041\"")).isEqualTo(JsonValue.parse("\"A\""));
  }
}
