package org.cloudtrail4j.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.junit.jupiter.api.Test;

/**
 * Equality and numbers at the edges: values a reader delivers as part of a good record (free-form members are checked
 * for structure, not grammar, unless strict validation is on) must not make {@code equals}, {@code hashCode} or the
 * numeric accessors throw anything but the documented exception.
 */
class JsonValueEqualityTest {
  /** Values whose semantics cannot be decoded, as the reader may deliver them inside a free-form member. */
  static final List<byte[]> UNDECODABLE = List.of(bytes("1e2147483648"), bytes("1" + "0".repeat(1001)),
      bytes("NaN"), bytes("0123"), new byte[] {'"', 'a', (byte) 0xff, '"'}, bytes("{\"n\":NaN,\"m\":1e2147483648}"),
      bytes("[1e2147483648,\"x\"]"), bytes("{\"a\" 1}"), bytes("{\"k\":\"\\ud800\"}"));

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static JsonValue slice(byte[] b) {
    return JsonValue.ofSlice(b.clone(), 0, b.length);
  }

  @Test
  void equalsAndHashCodeAreTotalAndConsistent() {
    for (byte[] b : UNDECODABLE) {
      JsonValue v = slice(b);
      JsonValue same = slice(b);
      String what = new String(b, StandardCharsets.ISO_8859_1);
      assertThat(v.hashCode()).as(what).isEqualTo(same.hashCode());
      assertThat(v.equals(same)).as(what).isTrue();
      for (byte[] other : UNDECODABLE) {
        if (other != b) {
          assertThat(v.equals(slice(other))).as(what).isFalse();
        }
      }
      assertThat(v.equals(JsonValue.parse("1"))).as(what).isFalse();
      assertThat(JsonValue.parse("1").equals(v)).as(what).isFalse();
      assertThat(v.equals(JsonValue.parse("{\"n\":1}"))).as(what).isFalse();
    }
    // decodable members of an object whose other members are not still compare as values
    JsonValue spaced = slice(bytes("{ \"m\" : 1e2147483648 , \"n\" : 1.0 }"));
    JsonValue tight = slice(bytes("{\"n\":1,\"m\":1e2147483648}"));
    assertThat(spaced).isEqualTo(tight).hasSameHashCodeAs(tight);
  }

  @Test
  void eventsWithUndecodableFreeFormMembersWorkInSetsAndDistinct() {
    List<CloudTrailEvent> events = UNDECODABLE.stream()
        .map(b -> CloudTrailEvent.builder().eventID("e").requestParameters(slice(b)).build())
        .collect(Collectors.toList());
    Set<CloudTrailEvent> set = new HashSet<>(events);
    set.addAll(UNDECODABLE.stream()
        .map(b -> CloudTrailEvent.builder().eventID("e").requestParameters(slice(b)).build())
        .collect(Collectors.toList()));
    assertThat(set).hasSize(UNDECODABLE.size());
    assertThat(Stream.concat(events.stream(), events.stream()).distinct().count()).isEqualTo(UNDECODABLE.size());
  }

  @Test
  void aNumberBeyondBigDecimalsRangeIsANumber() {
    // 1e2147483649, not ...648: JDK 21+ accept scale Integer.MIN_VALUE, so 1e2147483648 is a BigDecimal there
    JsonValue huge = JsonValue.parse("1e2147483649");
    assertThat(huge.type()).isEqualTo(JsonType.NUMBER);
    assertThat(huge.asDouble()).hasValue(Double.POSITIVE_INFINITY);
    assertThat(JsonValue.parse("-1e2147483649").asDouble()).hasValue(Double.NEGATIVE_INFINITY);
    assertThat(JsonValue.parse("1e-2147483649").asDouble()).hasValue(0.0);
    assertThat(huge.asLong()).isEmpty();
    assertThat(JsonValue.parse("0e2147483649").asLong()).hasValue(0);
    assertThatThrownBy(huge::asDecimal).isInstanceOf(JsonValueException.class)
        .hasMessageContaining("outside the range of BigDecimal").hasMessageNotContaining("not a JSON number");
    assertThatThrownBy(huge::asInstant).isInstanceOf(JsonValueException.class);
  }

  @Test
  void onlyTrueNumbersAreNumbers() {
    for (String text : new String[] {"NaN", "0123", "-", "1.", "+1"}) {
      JsonValue v = slice(bytes(text));
      assertThatThrownBy(v::asDecimal).as(text).isInstanceOf(JsonValueException.class)
          .hasMessageContaining("not a JSON number");
      assertThatThrownBy(v::asDouble).as(text).isInstanceOf(JsonValueException.class);
    }
  }

  @Test
  void anInstantOutsideInstantsRangeIsTheDocumentedException() {
    assertThatThrownBy(() -> JsonValue.parse("-1e30").asInstant()).isInstanceOf(JsonValueException.class)
        .hasMessageContaining("range");
    assertThatThrownBy(() -> JsonValue.parse("1e17").asInstant()).isInstanceOf(JsonValueException.class)
        .hasMessageContaining("range");
  }
}
