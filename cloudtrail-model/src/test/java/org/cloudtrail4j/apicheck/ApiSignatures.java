package org.cloudtrail4j.apicheck;

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

/**
 * Until the first release, the public signatures of every exported package of a module are kept in its
 * {@code src/test/resources/api/<module>.api}, so an API change is always a visible diff; each module checks its own
 * with {@link #assertUnchanged}. After an intended change, copy {@code target/<module>.api} over it. Shared with the
 * other modules' tests through this module's test-jar. After 0.1.0, japicmp compares against the released jars.
 */
public final class ApiSignatures {
  private ApiSignatures() {}

  /**
   * Fails when the public API of {@code packages} differs from {@code src/test/resources/api/<module>.api}.
   *
   * @param module the module's directory name, e.g. {@code cloudtrail-parser}
   * @param anchor a class of the module, to find its classes
   * @param packages the exported packages
   * @throws Exception when the classes cannot be read
   */
  public static void assertUnchanged(String module, Class<?> anchor, String... packages) throws Exception {
    Path expected = Path.of("src/test/resources/api/" + module + ".api");
    Path actualFile = Path.of("target/" + module + ".api");
    List<String> lines = new ArrayList<>();
    Path classes = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    for (String p : packages) {
      lines.addAll(signatures(classes, p));
    }
    String actual = String.join("\n", lines) + "\n";
    Files.writeString(actualFile, actual, StandardCharsets.UTF_8);

    assertThat(actual)
        .as("public API changed: if intended, cp %s %s", actualFile, expected)
        .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  static List<String> signatures(Path classes, String pkg) throws IOException {
    List<String> out = new ArrayList<>();
    for (Class<?> c : publicClasses(classes, pkg)) {
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

  /** The public classes of {@code pkg} in {@code location}, a class directory or a jar. */
  private static List<Class<?>> publicClasses(Path location, String pkg) throws IOException {
    List<Class<?>> classes = new ArrayList<>();
    String dir = pkg.replace('.', '/');
    List<String> names;
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.list(location.resolve(dir))) {
        names = files.map(p -> p.getFileName().toString()).collect(Collectors.toList());
      }
    } else {
      try (java.util.jar.JarFile jar = new java.util.jar.JarFile(location.toFile())) {
        names = jar.stream().map(java.util.jar.JarEntry::getName)
            .filter(n -> n.startsWith(dir + "/") && n.indexOf('/', dir.length() + 1) < 0)
            .map(n -> n.substring(dir.length() + 1)).collect(Collectors.toList());
      }
    }
    for (String name : names.stream().filter(n -> n.endsWith(".class") && !n.equals("package-info.class"))
        .sorted().collect(Collectors.toList())) {
      Class<?> c;
      try {
        c = Class.forName(pkg + "." + name.substring(0, name.length() - ".class".length()));
      } catch (ClassNotFoundException e) {
        throw new AssertionError(e);
      }
      if (isPublic(c)) {
        classes.add(c);
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
