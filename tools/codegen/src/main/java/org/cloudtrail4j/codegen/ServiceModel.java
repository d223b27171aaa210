package org.cloudtrail4j.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A botocore {@code service-2.json}: its operations and shapes, as the generator reads them. */
final class ServiceModel {
  final Map<String, Object> metadata;
  final Map<String, Object> operations;
  final Map<String, Object> shapes;

  ServiceModel(Object json) {
    metadata = Json.object(json, "metadata");
    operations = Json.object(json, "operations");
    shapes = Json.object(json, "shapes");
    if (operations.isEmpty() || shapes.isEmpty()) {
      throw new IllegalArgumentException("not a service model: no operations or no shapes");
    }
  }

  Map<String, Object> shape(String name) {
    Object s = shapes.get(name);
    if (s == null) {
      throw new IllegalArgumentException("the model has no shape " + name);
    }
    return Json.object(Map.of("s", s), "s");
  }

  String type(String shape) {
    return Json.string(shape(shape), "type");
  }

  boolean isEnum(String shape) {
    return type(shape).equals("string") && shape(shape).containsKey("enum");
  }

  List<String> enumValues(String shape) {
    List<String> out = new ArrayList<>();
    for (Object v : Json.list(shape(shape), "enum")) {
      out.add((String) v);
    }
    return out;
  }

  /** The members of a structure, by model name, in model order. */
  Map<String, Map<String, Object>> members(String shape) {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    Json.object(shape(shape), "members").forEach((k, v) -> out.put(k, Json.object(Map.of("m", v), "m")));
    return out;
  }

  /** The shape of a list's elements, or of a map's key or value ({@code part} "member", "key", "value"). */
  String part(String shape, String part) {
    return Json.string(Json.object(shape(shape), part), "shape");
  }

  Map<String, Object> operation(String name) {
    return Json.object(operations, name);
  }

  String input(String operation) {
    return Json.string(Json.object(operation(operation), "input"), "shape");
  }

  /** The output shape; null for an operation without output. */
  String output(String operation) {
    return Json.string(Json.object(operation(operation), "output"), "shape");
  }

  String requestUri(String operation) {
    String uri = Json.string(Json.object(operation(operation), "http"), "requestUri");
    return uri == null ? "" : uri;
  }

  String documentation(Map<String, Object> o) {
    return Json.string(o, "documentation");
  }
}
