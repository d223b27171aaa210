package org.cloudtrail4j.codegen;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What to generate for one service: the typed operations, the model shapes they reach, and the Java class of each
 * shape after the customization's renames and merges.
 *
 * <p>Rules, all from the customization: an operation's input shape keeps its model name; any other shape is renamed
 * ({@code rename}), merged with others under one name ({@code merge}, or because the names differ only by a suffix of
 * {@code stripSuffixes}, as {@code FooRequest} and {@code FooResponse}); a merged member whose shapes differ
 * only in their string enumeration is a plain string, as are the enumerations listed in {@code plainStrings}.
 */
final class ShapePlan {
  /** The Java view of a model type. */
  static final class Type {
    enum Kind { STRING, ENUM, BOOLEAN, INTEGER, LONG, DOUBLE, INSTANT, STRUCT, LIST, MAP }

    final Kind kind;
    final String name;
    final Type element;

    Type(Kind kind, String name, Type element) {
      this.kind = kind;
      this.name = name;
      this.element = element;
    }

    boolean stringLike() {
      return kind == Kind.STRING || kind == Kind.ENUM;
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Type)) {
        return false;
      }
      Type t = (Type) o;
      return t.kind == kind && String.valueOf(t.name).equals(String.valueOf(name))
          && String.valueOf(t.element).equals(String.valueOf(element));
    }

    @Override
    public int hashCode() {
      return kind.hashCode();
    }

    @Override
    public String toString() {
      return kind + (name == null ? "" : ":" + name) + (element == null ? "" : "<" + element + ">");
    }
  }

  /** A member of a generated class. */
  static final class Member {
    final String wire;
    final String accessor;
    Type type;
    String doc;
    boolean uriLabel;
    final List<String> aliases;

    Member(String wire, Type type, String doc, boolean uriLabel, List<String> aliases) {
      this.wire = wire;
      this.accessor = Names.accessor(wire);
      this.type = type;
      this.doc = doc;
      this.uriLabel = uriLabel;
      this.aliases = aliases;
    }
  }

  /** A generated structure class: one or more model shapes. */
  static final class Struct {
    final String name;
    final List<String> shapes;
    final Map<String, Member> members = new LinkedHashMap<>();
    String doc = "";

    Struct(String name, List<String> shapes) {
      this.name = name;
      this.shapes = shapes;
    }
  }

  /** A generated open enum. */
  static final class Enumeration {
    final String name;
    final List<String> shapes;
    final Set<String> values = new LinkedHashSet<>();
    String doc = "";

    Enumeration(String name, List<String> shapes) {
      this.name = name;
      this.shapes = shapes;
    }
  }

  /** A typed event: an operation with its request class and response members. */
  static final class Event {
    final String operation;
    final String name;
    final String request;
    final Map<String, Member> response = new LinkedHashMap<>();
    final String doc;
    /** The Java expression, over {@code request()}, of the scope name; null when it has none. */
    String scope;
    boolean scopeUsesArn;

    Event(String operation, String name, String request, String doc) {
      this.operation = operation;
      this.name = name;
      this.request = request;
      this.doc = doc;
    }
  }

  final ServiceModel model;
  final Customization custom;
  final Set<String> topLevel = new TreeSet<>();
  final Map<String, Struct> structs = new TreeMap<>();
  final Map<String, Enumeration> enums = new TreeMap<>();
  final Map<String, Event> events = new TreeMap<>();
  /** For every operation of the model: the wire name of the member that names its scope; absent when none. */
  final Map<String, String> scopeMembers = new TreeMap<>();

  ShapePlan(ServiceModel model, Customization custom) {
    this.model = model;
    this.custom = custom;
    List<String> typed = typedOperations();
    for (String op : typed) {
      topLevel.add(model.input(op));
    }
    Set<String> reachable = reach(typed);
    Map<String, List<String>> byClass = new TreeMap<>();
    for (String shape : reachable) {
      String type = model.type(shape);
      if (type.equals("structure") || (model.isEnum(shape) && !custom.plainStrings.contains(shape))) {
        byClass.computeIfAbsent(className(shape), k -> new ArrayList<>()).add(shape);
      }
    }
    byClass.forEach((name, shapes) -> {
      shapes.sort(orderIn(name));
      if (model.type(shapes.get(0)).equals("structure")) {
        structs.put(name, struct(name, shapes));
      } else {
        Enumeration e = new Enumeration(name, shapes);
        e.doc = Javadoc.summary(model.documentation(model.shape(shapes.get(0))));
        shapes.forEach(s -> e.values.addAll(model.enumValues(s)));
        enums.put(name, e);
      }
    });
    for (String op : typed) {
      events.put(op, event(op));
    }
    // an enumeration only merged members use (as a plain string) gets no class
    Set<String> used = new TreeSet<>();
    structs.values().forEach(st -> st.members.values().forEach(m -> used.add(enumOf(m.type))));
    events.values().forEach(ev -> ev.response.values().forEach(m -> used.add(enumOf(m.type))));
    enums.keySet().retainAll(used);
    for (String op : model.operations.keySet()) {
      String member = scopeMember(op);
      if (member != null) {
        scopeMembers.put(op, member);
      }
    }
    checkCustomizationIsUsed();
  }

  private static String enumOf(Type t) {
    Type e = t.kind == Type.Kind.LIST ? t.element : t;
    return e.kind == Type.Kind.ENUM ? e.name : "";
  }

  /** The operations that get a typed event: every mutating one, or those the customization names. */
  List<String> typedOperations() {
    List<String> out = new ArrayList<>();
    for (String op : model.operations.keySet()) {
      if (custom.typedEvents == null ? !readOnly(op) : custom.typedEvents.contains(op)) {
        out.add(op);
      }
    }
    if (custom.typedEvents != null && out.size() != custom.typedEvents.size()) {
      Set<String> missing = new TreeSet<>(custom.typedEvents);
      missing.removeAll(out);
      throw new IllegalArgumentException("typedEvents names operations the model does not have: " + missing);
    }
    return out;
  }

  boolean readOnly(String op) {
    return custom.readOnlyPrefixes.stream().anyMatch(op::startsWith);
  }

  private Set<String> reach(List<String> typed) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    for (String op : typed) {
      todo.add(model.input(op));
      String out = model.output(op);
      if (out != null) {
        model.members(out).values().forEach(m -> todo.add((String) m.get("shape")));
      }
    }
    while (!todo.isEmpty()) {
      String s = todo.poll();
      if (!seen.add(s)) {
        continue;
      }
      switch (model.type(s)) {
        case "structure":
          model.members(s).values().forEach(m -> todo.add((String) m.get("shape")));
          break;
        case "list":
          todo.add(model.part(s, "member"));
          break;
        case "map":
          todo.add(model.part(s, "key"));
          todo.add(model.part(s, "value"));
          break;
        default:
          break;
      }
    }
    return seen;
  }

  /** The Java class of a structure or enumeration shape. */
  String className(String shape) {
    if (topLevel.contains(shape)) {
      return shape;
    }
    for (Map.Entry<String, List<String>> m : custom.merge.entrySet()) {
      if (m.getValue().contains(shape)) {
        return m.getKey();
      }
    }
    String name = shape;
    for (String suffix : custom.stripSuffixes) {
      if (name.endsWith(suffix) && name.length() > suffix.length()) {
        name = name.substring(0, name.length() - suffix.length());
        break;
      }
    }
    String renamed = custom.rename.get(shape);
    if (renamed == null) {
      renamed = custom.rename.get(name);
    }
    return renamed != null ? renamed : name;
  }

  private java.util.Comparator<String> orderIn(String className) {
    List<String> explicit = custom.merge.getOrDefault(className, List.of());
    return (a, b) -> {
      int ia = explicit.indexOf(a);
      int ib = explicit.indexOf(b);
      if (ia >= 0 && ib >= 0) {
        return Integer.compare(ia, ib);
      }
      return a.compareTo(b);
    };
  }

  Type type(String shape) {
    switch (model.type(shape)) {
      case "string":
        return model.isEnum(shape) && !custom.plainStrings.contains(shape)
            ? new Type(Type.Kind.ENUM, className(shape), null) : new Type(Type.Kind.STRING, null, null);
      case "boolean":
        return new Type(Type.Kind.BOOLEAN, null, null);
      case "integer":
        return new Type(Type.Kind.INTEGER, null, null);
      case "long":
        return new Type(Type.Kind.LONG, null, null);
      case "double":
      case "float":
        return new Type(Type.Kind.DOUBLE, null, null);
      case "timestamp":
        return new Type(Type.Kind.INSTANT, null, null);
      case "structure":
        return new Type(Type.Kind.STRUCT, className(shape), null);
      case "list":
        Type element = type(model.part(shape, "member"));
        if (element.kind == Type.Kind.LIST || element.kind == Type.Kind.MAP) {
          throw new IllegalArgumentException("list " + shape + " of " + element + " is not supported");
        }
        return new Type(Type.Kind.LIST, null, element);
      case "map":
        Type value = type(model.part(shape, "value"));
        if (!value.stringLike()) {
          throw new IllegalArgumentException("map " + shape + " of " + value + " is not supported");
        }
        return new Type(Type.Kind.MAP, null, null);
      default:
        throw new IllegalArgumentException("shape " + shape + " of type " + model.type(shape) + " is not supported");
    }
  }

  String wireName(String member, Map<String, Object> definition) {
    String location = (String) definition.get("locationName");
    return custom.wireNamesFromLocationName && location != null ? location : member;
  }

  private Struct struct(String name, List<String> shapes) {
    Struct s = new Struct(name, shapes);
    s.doc = Javadoc.summary(model.documentation(model.shape(shapes.get(0))));
    for (String shape : shapes) {
      model.members(shape).forEach((memberName, d) -> {
        String wire = wireName(memberName, d);
        Type t = type((String) d.get("shape"));
        String doc = Javadoc.summary(model.documentation(d));
        boolean label = "uri".equals(d.get("location"));
        Member existing = s.members.get(wire);
        if (existing == null) {
          List<String> aliases = custom.aliases.getOrDefault(name + "." + wire, List.of());
          s.members.put(wire, new Member(wire, t, doc, label, aliases));
          return;
        }
        existing.type = merged(name + "." + wire, existing.type, t);
        existing.uriLabel |= label;
        if (existing.doc.isEmpty()) {
          existing.doc = doc;
        }
      });
    }
    for (String reserved : List.of("unknownFields", "builder", "read", "from", "toString", "hashCode", "equals",
        "getClass")) {
      if (s.members.values().stream().anyMatch(m -> m.accessor.equals(reserved))) {
        throw new IllegalArgumentException(name + " has a member named " + reserved + ", which the class needs");
      }
    }
    return s;
  }

  private static Type merged(String where, Type a, Type b) {
    if (a.equals(b)) {
      return a;
    }
    if (a.stringLike() && b.stringLike()) {
      return new Type(Type.Kind.STRING, null, null);
    }
    if (a.kind == Type.Kind.LIST && b.kind == Type.Kind.LIST) {
      return new Type(Type.Kind.LIST, null, merged(where, a.element, b.element));
    }
    throw new IllegalArgumentException("merged member " + where + " is " + a + " in one shape and " + b
        + " in another");
  }

  private Event event(String op) {
    Map<String, Object> definition = model.operation(op);
    Event e = new Event(op, op + "Event", className(model.input(op)),
        Javadoc.summary(model.documentation(definition)));
    Set<String> skip = custom.skipResponseMembers.getOrDefault(op, Set.of());
    Set<String> reserved = Set.of("event", "operation", "request", "userIdentity", "eventTime", "errorCode",
        "succeeded", "requestParameters", "responseElements", "builder", "from", "toString", "hashCode", "equals",
        "getClass", custom.scope == null ? "event" : custom.scope.accessor);
    String output = model.output(op);
    if (output != null) {
      model.members(output).forEach((memberName, d) -> {
        String wire = wireName(memberName, d);
        if (skip.contains(wire)) {
          return;
        }
        Member m = new Member(wire, type((String) d.get("shape")), Javadoc.summary(model.documentation(d)), false,
            List.of());
        if (reserved.contains(m.accessor)) {
          throw new IllegalArgumentException("the response member " + op + "." + wire + " clashes with the event's "
              + m.accessor + "(): add it to skipResponseMembers (it is still in responseElements())");
        }
        e.response.put(wire, m);
      });
    }
    String member = scopeMember(op);
    if (member != null) {
      Member m = structs.get(e.request).members.get(member);
      boolean arn = custom.scope.arnMember != null && custom.scope.arnMember.equals(member);
      e.scope = "request()." + m.accessor + "()" + (arn ? ".flatMap(" + parserReference() + ")" : "");
      e.scopeUsesArn = arn;
    }
    return e;
  }

  /** {@code Class::method} for the customization's {@code arnParser}; import {@link #parserClass()}. */
  String parserReference() {
    String p = custom.scope.arnParser;
    String c = parserClass();
    return c.substring(c.lastIndexOf('.') + 1) + "::" + p.substring(p.lastIndexOf('.') + 1);
  }

  /** The class of the customization's {@code arnParser}. */
  String parserClass() {
    String p = custom.scope.arnParser;
    return p.substring(0, p.lastIndexOf('.'));
  }

  /**
   * The wire name of the request member that names the scope of {@code op}: the URI label after one of the
   * {@code uriPrefixes} (e.g. <code>/parents/{name}</code>), else the operation's {@code bodyMembers} entry, else the
   * {@code arnMember} when the request has it; null when the operation has no scope.
   */
  String scopeMember(String op) {
    if (custom.scope == null) {
      return null;
    }
    String uri = model.requestUri(op);
    Map<String, Map<String, Object>> members = model.members(model.input(op));
    for (String prefix : custom.scope.uriPrefixes) {
      if (uri.startsWith(prefix)) {
        int end = uri.indexOf('}', prefix.length());
        String label = uri.substring(prefix.length(), end).replace("+", "");
        for (Map.Entry<String, Map<String, Object>> m : members.entrySet()) {
          if ("uri".equals(m.getValue().get("location")) && label.equals(wireName(m.getKey(), m.getValue()))) {
            return wireName(m.getKey(), m.getValue());
          }
        }
        throw new IllegalArgumentException(op + ": no request member is bound to the URI label {" + label + "}");
      }
    }
    String body = custom.scope.bodyMembers.get(op);
    if (body != null) {
      Map<String, Object> d = members.get(body);
      if (d == null) {
        throw new IllegalArgumentException("scope.bodyMembers: " + op + " has no request member " + body);
      }
      return wireName(body, d);
    }
    if (custom.scope.arnMember != null) {
      for (Map.Entry<String, Map<String, Object>> m : members.entrySet()) {
        if (custom.scope.arnMember.equals(wireName(m.getKey(), m.getValue()))) {
          return custom.scope.arnMember;
        }
      }
    }
    return null;
  }

  // a rename, merge, alias or skip that names nothing the model has is a stale customization
  private void checkCustomizationIsUsed() {
    List<String> stale = new ArrayList<>();
    custom.rename.keySet().stream().filter(s -> !model.shapes.containsKey(s) && custom.stripSuffixes.stream()
        .noneMatch(x -> model.shapes.containsKey(s + x))).forEach(s -> stale.add("rename." + s));
    custom.merge.values().forEach(l -> l.stream().filter(s -> !model.shapes.containsKey(s))
        .forEach(s -> stale.add("merge: " + s)));
    custom.plainStrings.stream().filter(s -> !model.shapes.containsKey(s)).forEach(s -> stale.add("plainStrings." + s));
    custom.aliases.keySet().forEach(a -> {
      String[] parts = a.split("\\.", 2);
      Struct s = structs.get(parts[0]);
      if (s == null || parts.length < 2 || !s.members.containsKey(parts[1])) {
        stale.add("aliases." + a);
      }
    });
    custom.skipResponseMembers.keySet().stream().filter(op -> !events.containsKey(op))
        .forEach(op -> stale.add("skipResponseMembers." + op));
    if (!stale.isEmpty()) {
      throw new IllegalArgumentException("the customization names what the model does not have: " + stale);
    }
  }
}
