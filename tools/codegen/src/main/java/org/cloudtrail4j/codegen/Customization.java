package org.cloudtrail4j.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The customization file: how one service's CloudTrail records differ from its API model, and where the generated code
 * goes. Every key is documented in {@code tools/codegen/README.md}; unknown keys are rejected, so a typo fails loudly.
 */
final class Customization {
  private static final Set<String> KEYS = Set.of("prefix", "serviceName", "eventSource", "packages", "header",
      "typedEvents", "readOnlyPrefixes", "wireNames", "uriLabels", "timestamps", "stripSuffixes", "rename", "merge",
      "plainStrings", "aliases", "scope", "skipResponseMembers", "eventInterfaceDoc", "fallbackEventDoc",
      "provider", "comment");

  final String prefix;
  final String serviceName;
  final String eventSource;
  final String eventsPackage;
  final String modelPackage;
  final String internalPackage;
  final String header;
  /** {@code null} for "every mutating operation", else the operations named. */
  final Set<String> typedEvents;
  final List<String> readOnlyPrefixes;
  final boolean wireNamesFromLocationName;
  final boolean percentEncodedUriLabels;
  final boolean epochSecondTimestamps;
  final List<String> stripSuffixes;
  final Map<String, String> rename;
  final Map<String, List<String>> merge;
  final Set<String> plainStrings;
  final Map<String, List<String>> aliases;
  final Scope scope;
  final Map<String, Set<String>> skipResponseMembers;
  final List<String> eventInterfaceDoc;
  final List<String> fallbackEventDoc;
  final String provider;

  /** How the typed events find the name of the resource a call is about (the parent of its URI path). */
  static final class Scope {
    final String accessor;
    final String doc;
    final List<String> uriPrefixes;
    final Map<String, String> bodyMembers;
    final String arnMember;
    final String arnParser;

    Scope(Map<String, Object> s) {
      accessor = required(s, "accessor");
      doc = required(s, "doc");
      uriPrefixes = strings(s.get("uriPrefixes"));
      bodyMembers = stringMap(s.get("bodyMembers"));
      arnMember = (String) s.get("arnMember");
      arnParser = (String) s.get("arnParser");
    }
  }

  @SuppressWarnings("unchecked")
  Customization(Object json) {
    Map<String, Object> c = (Map<String, Object>) json;
    for (String key : c.keySet()) {
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException("unknown customization key \"" + key + "\"; known: " + new TreeSet<>(KEYS));
      }
    }
    prefix = required(c, "prefix");
    serviceName = required(c, "serviceName");
    eventSource = required(c, "eventSource");
    Map<String, Object> packages = Json.object(c, "packages");
    eventsPackage = required(packages, "events");
    modelPackage = required(packages, "model");
    internalPackage = required(packages, "internal");
    header = required(c, "header");
    Object typed = c.getOrDefault("typedEvents", "mutating");
    typedEvents = "mutating".equals(typed) ? null : new TreeSet<>(strings(typed));
    readOnlyPrefixes = strings(c.getOrDefault("readOnlyPrefixes", List.of("Describe", "List", "Get")));
    wireNamesFromLocationName = oneOf(c, "wireNames", "locationName", "memberName");
    percentEncodedUriLabels = oneOf(c, "uriLabels", "percent-encoded", "plain");
    epochSecondTimestamps = oneOf(c, "timestamps", "epoch-seconds", "iso-8601");
    stripSuffixes = strings(c.get("stripSuffixes"));
    rename = stringMap(c.get("rename"));
    merge = new LinkedHashMap<>();
    Json.object(c, "merge").forEach((k, v) -> merge.put(k, strings(v)));
    plainStrings = new TreeSet<>(strings(c.get("plainStrings")));
    aliases = new LinkedHashMap<>();
    Json.object(c, "aliases").forEach((k, v) -> aliases.put(k, strings(v)));
    scope = c.containsKey("scope") ? new Scope(Json.object(c, "scope")) : null;
    skipResponseMembers = new LinkedHashMap<>();
    Json.object(c, "skipResponseMembers").forEach((k, v) -> skipResponseMembers.put(k, new TreeSet<>(strings(v))));
    eventInterfaceDoc = strings(c.get("eventInterfaceDoc"));
    fallbackEventDoc = strings(c.get("fallbackEventDoc"));
    provider = (String) c.getOrDefault("provider", "model-spi");
  }

  private static boolean oneOf(Map<String, Object> c, String key, String yes, String no) {
    Object v = c.getOrDefault(key, no);
    if (!yes.equals(v) && !no.equals(v)) {
      throw new IllegalArgumentException(key + " is \"" + yes + "\" or \"" + no + "\", not " + v);
    }
    return yes.equals(v);
  }

  private static String required(Map<String, Object> c, String key) {
    Object v = c.get(key);
    if (!(v instanceof String) || ((String) v).isEmpty()) {
      throw new IllegalArgumentException("customization needs \"" + key + "\" (a string)");
    }
    return (String) v;
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object v) {
    if (v == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Object o : (List<Object>) v) {
      out.add((String) o);
    }
    return List.copyOf(out);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> stringMap(Object v) {
    Map<String, String> out = new LinkedHashMap<>();
    if (v != null) {
      ((Map<String, Object>) v).forEach((k, s) -> out.put(k, (String) s));
    }
    return out;
  }
}
