package org.cloudtrail4j.eks;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.model.json.JsonValue;

/**
 * The EKS API model (botocore {@code service-2.json}, the copy the sources are generated from, in
 * {@code src/main/codegen}) as the tests read it.
 */
final class EksModel {
  static final java.nio.file.Path FILE = java.nio.file.Path.of("src/main/codegen/eks-service-2.json");
  static final EksModel INSTANCE = new EksModel(JsonValue.parse(read()));

  static String read() {
    try {
      return java.nio.file.Files.readString(FILE, StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  final Map<String, JsonValue> operations;

  /** The operations that change something: all but {@code Describe*} and {@code List*}. */
  java.util.List<String> mutatingOperations() {
    return operations.keySet().stream().filter(o -> !o.startsWith("Describe") && !o.startsWith("List")).sorted()
        .collect(java.util.stream.Collectors.toList());
  }
  final Map<String, JsonValue> shapes;

  private EksModel(JsonValue model) {
    this.operations = model.get("operations").fields();
    this.shapes = model.get("shapes").fields();
  }

  JsonValue shape(String name) {
    JsonValue s = shapes.get(name);
    if (s == null) {
      throw new IllegalArgumentException("no shape " + name + " in the model");
    }
    return s;
  }

  String type(String shape) {
    return shape(shape).get("type").asString().orElseThrow();
  }

  String inputShape(String operation) {
    return operations.get(operation).path("input", "shape").asString().orElseThrow();
  }

  String outputShape(String operation) {
    return operations.get(operation).path("output", "shape").asString().orElseThrow();
  }

  /** The members of a structure shape, by model name. */
  Map<String, JsonValue> members(String shape) {
    return shape(shape).get("members").fields();
  }

  /** The name a member has on the wire and in CloudTrail: its {@code locationName}, else its model name. */
  static String wireName(String member, JsonValue definition) {
    return definition.get("locationName").asString().orElse(member);
  }

  /** True for a member bound to a URI path label, which CloudTrail records percent-encoded. */
  static boolean pathLabel(JsonValue definition) {
    return definition.get("location").asString().filter("uri"::equals).isPresent();
  }

  static String memberShape(JsonValue definition) {
    return definition.get("shape").asString().orElseThrow();
  }

  Optional<JsonValue> enumValues(String shape) {
    JsonValue e = shape(shape).get("enum");
    return e.isMissing() ? Optional.empty() : Optional.of(e);
  }
}
