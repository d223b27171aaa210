package org.cloudtrail4j.eks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Until the first release, the public signatures of the exported package are kept in
 * {@code src/test/resources/api/cloudtrail-eks.api}, so an API change is always a visible diff. After an intended
 * change, copy {@code target/cloudtrail-eks.api} over it.
 */
class ApiSignatureTest {
  static final Path EXPECTED = Path.of("src/test/resources/api/cloudtrail-eks.api");
  static final Path ACTUAL = Path.of("target/cloudtrail-eks.api");

  @Test
  void thePublicApiIsTheOneKeptInTheRepository() throws IOException {
    String actual = String.join("\n", signatures()) + "\n";
    Files.writeString(ACTUAL, actual, StandardCharsets.UTF_8);

    assertThat(actual)
        .as("public API changed: if intended, cp %s %s", ACTUAL, EXPECTED)
        .isEqualTo(Files.readString(EXPECTED, StandardCharsets.UTF_8));
  }

  static List<String> signatures() throws IOException {
    List<String> out = new ArrayList<>();
    for (Class<?> c : publicClasses()) {
      out.add(header(c));
      TreeSet<String> members = new TreeSet<>();
      for (Field f : c.getFields()) {
        members.add("  field " + Modifier.toString(f.getModifiers()) + " " + f.getGenericType().getTypeName() + " "
            + f.getName());
      }
      for (Method m : c.getMethods()) {
        if (m.getDeclaringClass() == Object.class || m.isSynthetic() || m.isBridge()) {
          continue;
        }
        members.add("  method " + (Modifier.isStatic(m.getModifiers()) ? "static " : "")
            + m.getGenericReturnType().getTypeName() + " " + m.getName() + Arrays.stream(m.getGenericParameterTypes())
            .map(t -> t.getTypeName()).collect(Collectors.joining(", ", "(", ")")));
      }
      Arrays.stream(c.getConstructors()).forEach(k -> members.add("  constructor " + k.toGenericString()));
      out.addAll(members);
    }
    return out;
  }

  private static String header(Class<?> c) {
    StringBuilder s = new StringBuilder(c.isInterface() ? "interface " : c.isEnum() ? "enum " : "class ")
        .append(c.getName());
    if (c.getGenericSuperclass() != null && c.getSuperclass() != Object.class && !c.isEnum()) {
      s.append(" extends ").append(c.getGenericSuperclass().getTypeName());
    }
    if (c.getGenericInterfaces().length > 0) {
      s.append(" implements ").append(Arrays.stream(c.getGenericInterfaces()).map(t -> t.getTypeName())
          .collect(Collectors.joining(", ")));
    }
    return s.toString();
  }

  private static List<Class<?>> publicClasses() throws IOException {
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("target/classes/org/cloudtrail4j/eks"))) {
      for (String name : files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class"))
          .sorted().collect(Collectors.toList())) {
        Class<?> c;
        try {
          c = Class.forName("org.cloudtrail4j.eks." + name.substring(0, name.length() - ".class".length()));
        } catch (ClassNotFoundException e) {
          throw new AssertionError(e);
        }
        if (isPublic(c)) {
          classes.add(c);
        }
      }
    }
    return classes;
  }

  private static boolean isPublic(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
      if (!Modifier.isPublic(k.getModifiers())) {
        return false;
      }
    }
    return !c.isAnonymousClass() && !c.isSynthetic();
  }
}
