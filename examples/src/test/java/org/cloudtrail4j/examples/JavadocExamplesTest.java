package org.cloudtrail4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every code example in the Javadoc of the model, the parser and EKS (generated code included) compiles against the
 * current API:
 *
 * <ul>
 *   <li>each {@code <pre>{@code ...}}</pre>} block, as the body of a method;
 *   <li>each inline {@code {@code ...}} that is a call on an object or a class ({@code event.as(CreateClusterEvent.class)},
 *       {@code EventKey.anyOf("eks.amazonaws.com")}), as a statement. Inline code with a placeholder ({@code ...},
 *       {@code type}, {@code T.class}) or a signature ({@code read(Stream<CloudTrailSource>)}) is a name, not an
 *       example, and is left out.
 * </ul>
 *
 * <p>An example may use the names {@link #CONTEXT} declares ({@code event}, {@code e}, {@code events},
 * {@code reader}, {@code logs}: fields, which an example's own declarations hide) with the libraries' packages
 * imported; any other name it must declare. Blocks that are not Java
 * statements (a {@code module-info} line) are left out by their first word. Issue 15 item 15: the {@code EksEvent}
 * and {@code UserIdentity} examples did not compile.
 */
class JavadocExamplesTest {
  private static final Pattern BLOCK = Pattern.compile("<pre>\\{@code\\n(.*?)\\n\\s*\\* ?\\}</pre>", Pattern.DOTALL);
  private static final Pattern INLINE = Pattern.compile(
      "\\{@code ((?:event|events|e|reader|[A-Z][A-Za-z0-9]*)\\.[a-z][A-Za-z0-9]*\\([^{}]*\\)[^{}]*)\\}");
  private static final List<Path> SOURCES = List.of(Path.of("../cloudtrail-model/src/main/java"),
      Path.of("../cloudtrail-parser/src/main/java"), Path.of("../cloudtrail-eks/src/main/java"));
  private static final List<String> PACKAGES = List.of("java.io", "java.nio.file", "java.time", "java.util",
      "java.util.function", "java.util.stream", "org.cloudtrail4j.model", "org.cloudtrail4j.model.identity",
      "org.cloudtrail4j.model.json", "org.cloudtrail4j.model.spi", "org.cloudtrail4j.parser", "org.cloudtrail4j.eks",
      "org.cloudtrail4j.eks.model", "org.cloudtrail4j.eks.audit");
  /** What every example may use without declaring it. */
  static final String CONTEXT = "CloudTrailEvent event; CloudTrailEvent e; Stream<CloudTrailEvent> events; "
      + "CloudTrailReader reader; Path logs;";

  static Stream<Object[]> examples() throws IOException {
    List<Object[]> all = new ArrayList<>();
    int inline = 0;
    for (Path root : SOURCES) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(root)) {
        files = walk.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
      }
      for (Path file : files) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String name = root.relativize(file).toString();
        Matcher m = BLOCK.matcher(text);
        int n = 0;
        while (m.find()) {
          String code = unescape(m.group(1).lines().map(l -> l.replaceFirst("^\\s*\\* ?", ""))
              .collect(Collectors.joining("\n")));
          n++;
          if (!code.startsWith("provides ")) {
            all.add(new Object[] {name + " block " + n, code});
          }
        }
        Matcher i = INLINE.matcher(text);
        n = 0;
        while (i.find()) {
          String code = unescape(i.group(1));
          n++;
          if (!code.contains("...") && !code.matches(".*\\b(type|T\\.class)\\b.*") && !code.contains("<")
              && balanced(code)) {
            all.add(new Object[] {name + " inline " + n, code + ";"});
            inline++;
          }
        }
      }
    }
    assertThat(all).as("examples found").hasSizeGreaterThanOrEqualTo(20);
    assertThat(inline).as("inline examples found").isGreaterThanOrEqualTo(8);
    return all.stream();
  }

  private static String unescape(String code) {
    return code.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("{@literal @}", "@");
  }

  private static boolean balanced(String code) {
    int depth = 0;
    for (char c : code.toCharArray()) {
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void compiles(String where, String code) throws IOException {
    StringBuilder source = new StringBuilder();
    for (String p : PACKAGES) {
      source.append("import ").append(p).append(".*;\n");
    }
    source.append("class Example {\n  ").append(CONTEXT).append("\n  @SuppressWarnings(\"unused\")\n")
        .append("  void run() throws Exception {\n").append(code).append("\n  }\n}\n");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Example.java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    Path out = Files.createTempDirectory("javadoc-example");
    try {
      boolean ok = javac.getTask(null, null, diagnostics, List.of("-proc:none", "-d", out.toString(), "-cp",
          System.getProperty("java.class.path")), null, List.of(file)).call();
      String errors = diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
          .map(d -> "line " + (d.getLineNumber() - PACKAGES.size() - 4) + ": " + d.getMessage(Locale.ROOT))
          .collect(Collectors.joining("\n"));
      assertThat(ok).as("%s does not compile:\n%s\n%s", where, code, errors).isTrue();
    } finally {
      try (Stream<Path> walk = Files.walk(out)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (UncheckedIOException ignored) {
        // a temporary directory left behind
      }
    }
  }
}
