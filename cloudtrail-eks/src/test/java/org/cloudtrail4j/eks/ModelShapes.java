package org.cloudtrail4j.eks;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.model.OpenEnum;
import org.cloudtrail4j.model.json.JsonValue;

/**
 * Generates JSON with every member of an EKS model shape set, and checks a typed view against JSON member by member
 * using the model: so a member the model has and the typed view lacks, or reads wrongly, fails a test.
 */
final class ModelShapes {
  static final EksModel MODEL = EksModel.INSTANCE;

  private ModelShapes() {}

  /** JSON for {@code shape} with every member set, as CloudTrail would record it (path labels percent-encoded). */
  static String everyMember(String shape) {
    StringBuilder json = new StringBuilder();
    value(json, shape, "", false);
    return json.toString();
  }

  private static void value(StringBuilder json, String shape, String member, boolean pathLabel) {
    switch (MODEL.type(shape)) {
      case "structure":
        json.append('{');
        String sep = "";
        for (Map.Entry<String, JsonValue> m : MODEL.members(shape).entrySet()) {
          json.append(sep).append('"').append(EksModel.wireName(m.getKey(), m.getValue())).append("\":");
          value(json, EksModel.memberShape(m.getValue()), m.getKey(), EksModel.pathLabel(m.getValue()));
          sep = ",";
        }
        json.append('}');
        break;
      case "list":
        String element = EksModel.memberShape(MODEL.shape(shape).get("member"));
        json.append('[');
        value(json, element, member + "0", false);
        json.append(',');
        value(json, element, member + "1", false);
        json.append(']');
        break;
      case "map":
        json.append("{\"").append(member).append("-key1\":\"").append(member).append("-value1\",\"")
            .append(member).append("-key2\":\"").append(member).append("-value2\"}");
        break;
      case "string":
        Optional<JsonValue> values = MODEL.enumValues(shape);
        if (values.isPresent()) {
          List<JsonValue> all = values.get().elements();
          json.append(all.get(member.length() % all.size()).toJson());
        } else if (pathLabel) {
          // the shape of a real label: an ARN, encoded as CloudTrail records it
          json.append("\"arn%3Aaws%3Aiam%3A%3A111122223333%3Arole%2F").append(member).append('"');
        } else {
          json.append('"').append(member).append("-value\"");
        }
        break;
      case "boolean":
        json.append(member.length() % 2 == 0);
        break;
      case "integer":
      case "long":
        json.append(member.length());
        break;
      case "timestamp":
        json.append("1709906982.067");
        break;
      default:
        throw new IllegalArgumentException("shape type " + MODEL.type(shape) + " of " + shape);
    }
  }

  /** Asserts that a typed shape holds exactly what {@code json} says, member by member, per the model shape. */
  static void assertMatches(String path, Object typed, JsonValue json, String shape) {
    assertMembers(path, typed, json, shape, java.util.Set.of());
    assertThat(invoke(typed, "unknownFields")).as(path + ".unknownFields()").isEqualTo(Map.of());
  }

  /** Asserts the members of {@code shape} but those in {@code skip}, whose typed view has no unknown fields. */
  static void assertMembers(String path, Object typed, JsonValue json, String shape, java.util.Set<String> skip) {
    for (Map.Entry<String, JsonValue> m : MODEL.members(shape).entrySet()) {
      String wire = EksModel.wireName(m.getKey(), m.getValue());
      if (!skip.contains(wire)) {
        assertMember(path + "." + wire, invoke(typed, wire), json.get(wire), EksModel.memberShape(m.getValue()),
            EksModel.pathLabel(m.getValue()));
      }
    }
  }

  /** Asserts that {@code json} has every member of {@code shape}, in every nested object and list element. */
  static void assertHasEveryMember(String path, JsonValue json, String shape) {
    switch (MODEL.type(shape)) {
      case "structure":
        for (Map.Entry<String, JsonValue> m : MODEL.members(shape).entrySet()) {
          String wire = EksModel.wireName(m.getKey(), m.getValue());
          assertThat(json.get(wire).isMissing()).as(path + "." + wire + " is set").isFalse();
          assertHasEveryMember(path + "." + wire, json.get(wire), EksModel.memberShape(m.getValue()));
        }
        break;
      case "list":
        assertThat(json.elements()).as(path + " has elements").isNotEmpty();
        for (JsonValue e : json.elements()) {
          assertHasEveryMember(path + "[]", e, EksModel.memberShape(MODEL.shape(shape).get("member")));
        }
        break;
      case "map":
        assertThat(json.fields()).as(path + " has entries").isNotEmpty();
        break;
      default:
        break;
    }
  }

  /** The value of {@code typed}'s accessor {@code name}. */
  static Object accessor(Object typed, String name) {
    return invoke(typed, name);
  }

  private static Object invoke(Object typed, String name) {
    try {
      // the Immutable* class is package-private in org.cloudtrail4j.eks.model: call through the public type
      Class<?> type = typed.getClass();
      while (!java.lang.reflect.Modifier.isPublic(type.getModifiers())) {
        type = type.getSuperclass();
      }
      Method m = type.getMethod(name);
      return m.invoke(typed);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(typed.getClass().getSuperclass().getSimpleName() + " has no member " + name, e);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static void assertMember(String path, Object java, JsonValue json, String shape, boolean pathLabel) {
    String type = MODEL.type(shape);
    if (json.isMissing() || json.isNull()) {
      assertThat(java instanceof Optional ? ((Optional<?>) java).isEmpty() : ((java instanceof Collection)
          ? ((Collection<?>) java).isEmpty() : ((Map<?, ?>) java).isEmpty())).as(path + " is absent").isTrue();
      return;
    }
    switch (type) {
      case "structure":
        assertThat(java).as(path).isInstanceOf(Optional.class);
        assertMatches(path, ((Optional<?>) java).orElseThrow(() -> new AssertionError(path + " is absent")), json,
            shape);
        break;
      case "list":
        List<JsonValue> elements = json.elements();
        assertThat(java).as(path).isInstanceOf(List.class);
        List<?> list = (List<?>) java;
        assertThat(list).as(path).hasSameSizeAs(elements);
        String element = EksModel.memberShape(MODEL.shape(shape).get("member"));
        for (int i = 0; i < list.size(); i++) {
          if (MODEL.type(element).equals("structure")) {
            assertMatches(path + "[" + i + "]", list.get(i), elements.get(i), element);
          } else {
            assertScalar(path + "[" + i + "]", list.get(i), elements.get(i), element, false);
          }
        }
        break;
      case "map":
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        json.fields().forEach((k, v) -> expected.put(k, v.asString().orElseThrow()));
        assertThat(java).as(path).isEqualTo(expected);
        break;
      default:
        assertThat(java).as(path).isInstanceOf(Optional.class);
        assertScalar(path, ((Optional<?>) java).orElseThrow(() -> new AssertionError(path + " is absent")), json,
            shape, pathLabel);
    }
  }

  private static void assertScalar(String path, Object java, JsonValue json, String shape, boolean pathLabel) {
    switch (MODEL.type(shape)) {
      case "string":
        String s = json.asString().orElseThrow();
        String text = java instanceof OpenEnum ? ((OpenEnum<?>) java).value() : (String) java;
        assertThat(text).as(path).isEqualTo(pathLabel ? decode(s) : s);
        if (java instanceof OpenEnum) {
          assertThat(((OpenEnum<?>) java).isKnown()).as(path + " is a known value").isTrue();
        }
        break;
      case "boolean":
        assertThat(java).as(path).isEqualTo(json.asBoolean().orElseThrow());
        break;
      case "integer":
      case "long":
        assertThat(((Number) java).longValue()).as(path).isEqualTo(json.asLong().orElseThrow());
        break;
      case "timestamp":
        assertThat(java).as(path).isEqualTo(json.asInstant().orElseThrow());
        break;
      default:
        throw new IllegalArgumentException(shape);
    }
  }

  private static String decode(String s) {
    return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
