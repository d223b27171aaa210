package org.cloudtrail4j.codegen;

import java.util.Set;

/** Java names for model names. */
final class Names {
  private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
      "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
      "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
      "native", "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp", "super",
      "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while", "true",
      "false", "null", "var", "record", "yield", "sealed", "permits");

  private Names() {}

  /** The accessor of a member: its wire name, camel-cased where it is not a Java identifier. */
  static String accessor(String wire) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (int i = 0; i < wire.length(); i++) {
      char c = wire.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        upper = out.length() > 0;
        continue;
      }
      if (out.length() == 0) {
        out.append(Character.isDigit(c) ? "_" + c : Character.toLowerCase(c));
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
      }
      upper = false;
    }
    String name = out.toString();
    return KEYWORDS.contains(name) ? name + "_" : name;
  }

  /** The constant of an enumeration value: {@code controllerManager} is {@code CONTROLLER_MANAGER}. */
  static String constant(String value) {
    String s = value.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9]+", "_")
        .replaceAll("^_+|_+$", "").toUpperCase(java.util.Locale.ROOT);
    if (s.isEmpty()) {
      s = "EMPTY";
    }
    return Character.isDigit(s.charAt(0)) ? "_" + s : s;
  }

  /** {@code createThing} for {@code CreateThing}. */
  static String lowerFirst(String s) {
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
