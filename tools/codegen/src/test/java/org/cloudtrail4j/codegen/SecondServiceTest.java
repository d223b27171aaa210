package org.cloudtrail4j.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.OpenEnum;
import org.cloudtrail4j.model.json.JsonValue;
import org.cloudtrail4j.model.spi.CloudTrailEventMapper;
import org.cloudtrail4j.model.spi.CloudTrailMapperProvider;
import org.cloudtrail4j.model.spi.CloudTrailMappers;
import org.cloudtrail4j.model.spi.EventKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator on a made-up service ({@code src/test/resources/widgets}): what it writes compiles with warnings as
 * errors and doclint on, and reads records by the customization's rules. Nothing here or in the generator is EKS.
 */
class SecondServiceTest {
  static Map<String, String> files;
  static ClassLoader loader;

  @BeforeAll
  static void generateAndCompile(@TempDir Path dir) throws IOException {
    files = CodeGenerator.generate(resource("widgets/service-2.json"), resource("widgets/customization.json"));
    Path src = dir.resolve("src");
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path p = src.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.getValue());
    }
    Path arns = src.resolve("com/example/widgets/internal/WidgetArns.java");
    Files.writeString(arns, resource("widgets/WidgetArns.java"));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    compile(src, classes);
    Path services = Files.createDirectories(classes.resolve("META-INF/services"));
    Files.writeString(services.resolve(CloudTrailMapperProvider.class.getName()),
        "com.example.widgets.internal.WidgetMapperProvider\n");
    loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, SecondServiceTest.class.getClassLoader());
  }

  static void compile(Path src, Path classes) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<Path> sources;
    try (Stream<Path> walk = Files.walk(src)) {
      sources = walk.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
    }
    try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      List<String> options = List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"),
          "--release", "17", "-Xlint:all,-processing", "-Werror", "-Xdoclint:all/protected", "-implicit:class",
          // named, because JDK 23+ no longer runs processors it only finds on the class path
          "-processor", "org.immutables.processor.ProxyProcessor");
      boolean ok = javac.getTask(null, fm, diagnostics, options, null, fm.getJavaFileObjectsFromPaths(sources)).call();
      List<String> problems = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() != Diagnostic.Kind.NOTE) {
          problems.add(d.toString());
        }
      }
      assertThat(problems).as("javac diagnostics").isEmpty();
      assertThat(ok).isTrue();
    }
  }

  static String resource(String name) {
    try (InputStream in = SecondServiceTest.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The typed view through the generated provider, loaded by {@link java.util.ServiceLoader} as a reader does. */
  static Object of(CloudTrailEvent event) throws ReflectiveOperationException {
    return CloudTrailMappers.load(loader).as(event, loader.loadClass("com.example.widgets.WidgetEvent")).orElseThrow();
  }

  static Object get(Object o, String accessor) throws ReflectiveOperationException {
    Method m = o.getClass().getMethod(accessor);
    m.setAccessible(true);
    return m.invoke(o);
  }

  static Object present(Object o, String accessor) throws ReflectiveOperationException {
    return ((Optional<?>) get(o, accessor)).orElseThrow();
  }

  static CloudTrailEvent record(String operation, String request, String response) {
    return CloudTrailEvent.builder().eventSource("widgets.amazonaws.com").eventName(operation)
        .requestParameters(JsonValue.parse(request)).responseElements(JsonValue.parse(response)).build();
  }

  @Test
  void writesAClassPerShapeEnumAndMutatingOperation() {
    assertThat(files.keySet()).contains(
        "com/example/widgets/WidgetEvent.java", "com/example/widgets/WidgetApiCall.java",
        "com/example/widgets/WidgetOperation.java", "com/example/widgets/CreateWidgetEvent.java",
        "com/example/widgets/DeleteWidgetEvent.java", "com/example/widgets/TagResourceEvent.java",
        "com/example/widgets/model/CreateWidgetRequest.java", "com/example/widgets/model/Widget.java",
        "com/example/widgets/model/WidgetSpec.java", "com/example/widgets/model/Issue.java",
        "com/example/widgets/model/Colour.java", "com/example/widgets/internal/WidgetMappers.java",
        "com/example/widgets/internal/Members.java", "com/example/widgets/internal/WidgetMapperProvider.java")
        .doesNotContain("com/example/widgets/DescribeWidgetEvent.java", "com/example/widgets/model/Colors.java",
            "com/example/widgets/model/WidgetSpecRequest.java", "com/example/widgets/model/WidgetIssueCode.java");
    assertThat(files.values()).allSatisfy(f -> assertThat(f).startsWith(CodeGenerator.MARKER + "\n"));
  }

  @Test
  void readsATypedEventByTheCustomizationsRules() throws ReflectiveOperationException {
    Object e = of(record("CreateWidget",
        "{\"name\":\"g%2F1\",\"widgetName\":\"w\",\"color\":\"darkGreen\",\"colors\":[\"red\",\"mauve\"],"
            + "\"spec\":{\"size\":3,\"labels\":[\"a\"]},\"tags\":{\"k\":\"v\"},\"notBefore\":1709906982.067,"
            + "\"dry-run\":true,\"futureMember\":1}",
        "{\"widget\":{\"widgetName\":\"w\",\"createdAt\":1.7099069820E9,\"color\":\"red\","
            + "\"spec\":{\"weight\":12345678901,\"issues\":[{\"code\":\"TooBig\",\"resourceIds\":[\"r\"]}]},"
            + "\"health\":{\"issues\":[{\"code\":\"Bent\",\"message\":\"m\"}]}},\"tags\":{\"a\":\"b\"}}"));

    assertThat(e.getClass().getSuperclass().getSimpleName()).isEqualTo("CreateWidgetEvent");
    assertThat(get(e, "gadgetName")).isEqualTo(Optional.of("g/1"));
    assertThat(get(e, "operation").toString()).isEqualTo("CreateWidget");
    Object request = get(e, "request");
    assertThat(get(request, "name")).isEqualTo(Optional.of("g/1"));
    assertThat(get(request, "widgetName")).isEqualTo(Optional.of("w"));
    Object colour = present(request, "color");
    assertThat(((OpenEnum<?>) colour).known().name()).isEqualTo("DARK_GREEN");
    assertThat(colour).isSameAs(loader.loadClass("com.example.widgets.model.Colour").getField("DARK_GREEN").get(null));
    List<?> colours = (List<?>) get(request, "colors");
    assertThat(colours).extracting(c -> ((OpenEnum<?>) c).isKnown()).containsExactly(true, false);
    assertThat(colours).extracting(Object::toString).containsExactly("red", "mauve");
    assertThat(get(present(request, "spec"), "size")).isEqualTo(Optional.of(3));
    assertThat(get(request, "tags")).isEqualTo(Map.of("k", "v"));
    assertThat(get(request, "notBefore")).isEqualTo(Optional.of(Instant.parse("2024-03-08T14:09:42.067Z")));
    assertThat(get(request, "dryRun")).isEqualTo(Optional.of(true));
    assertThat(get(request, "unknownFields")).isEqualTo(Map.of("futureMember", JsonValue.parse("1")));

    Object widget = present(e, "widget");
    assertThat(get(widget, "name")).as("read from the alias").isEqualTo(Optional.of("w"));
    assertThat(get(widget, "createdAt")).isEqualTo(Optional.of(Instant.parse("2024-03-08T14:09:42Z")));
    Object spec = present(widget, "spec");
    assertThat(spec.getClass().getSuperclass().getSimpleName()).as("request and response merged").isEqualTo("WidgetSpec");
    assertThat(get(spec, "weight")).isEqualTo(Optional.of(12345678901L));
    Object specIssue = ((List<?>) get(spec, "issues")).get(0);
    Object healthIssue = ((List<?>) get(present(widget, "health"), "issues")).get(0);
    assertThat(specIssue.getClass()).as("merged").isSameAs(healthIssue.getClass());
    assertThat(get(specIssue, "code")).as("enums of merged members are strings").isEqualTo(Optional.of("TooBig"));
    assertThat(get(healthIssue, "code")).isEqualTo(Optional.of("Bent"));
    assertThat(get(e, "tags")).isEqualTo(Map.of("a", "b"));
  }

  @Test
  void findsTheScopeInAnArnAndInAUriLabel() throws ReflectiveOperationException {
    Object tag = of(record("TagResource", "{\"resourceArn\":\"arn%3Aaws%3Awidgets%3Ar%3Aa%3Agadget%2Fg2%2Fw\"}",
        "{}"));
    assertThat(get(tag, "gadgetName")).isEqualTo(Optional.of("g2"));
    Object delete = of(record("DeleteWidget", "{\"name\":\"g3\",\"widgetArn\":\"arn%3Ax\"}", "null"));
    assertThat(get(delete, "gadgetName")).isEqualTo(Optional.of("g3"));
    assertThat(get(get(delete, "request"), "widgetArn")).isEqualTo(Optional.of("arn:x"));
  }

  @Test
  void readsReadOnlyAndUnknownOperationsAsTheFallbackCall() throws ReflectiveOperationException {
    Object describe = of(record("DescribeWidget", "{\"name\":\"g4\"}", "{}"));
    assertThat(describe.getClass().getSuperclass().getSimpleName()).isEqualTo("WidgetApiCall");
    assertThat(get(describe, "gadgetName")).isEqualTo(Optional.of("g4"));
    assertThat(((OpenEnum<?>) get(describe, "operation")).isKnown()).isTrue();

    Object newer = of(record("PolishWidget", "{\"name\":\"g5\"}", "{}"));
    assertThat(((OpenEnum<?>) get(newer, "operation")).isKnown()).isFalse();
    assertThat(get(newer, "gadgetName")).as("an unknown operation's members are not guessed").isEqualTo(Optional.empty());
  }

  @Test
  void theProviderKeysEachTypedEventOnItsOperationAndTheFallbackOnTheSource() throws ReflectiveOperationException {
    CloudTrailMapperProvider provider = (CloudTrailMapperProvider) loader
        .loadClass("com.example.widgets.internal.WidgetMapperProvider").getConstructor().newInstance();
    List<CloudTrailEventMapper<?>> mappers = provider.mappers();

    assertThat(mappers).extracting(m -> m.type().getSimpleName())
        .containsExactly("CreateWidgetEvent", "DeleteWidgetEvent", "TagResourceEvent", "WidgetApiCall");
    assertThat(mappers.get(0).keys()).containsExactly(EventKey.of("widgets.amazonaws.com", "CreateWidget"));
    assertThat(mappers.get(3).keys()).containsExactly(EventKey.anyOf("widgets.amazonaws.com"));
  }

  @Test
  void escapesModelDocumentationForJavadoc() {
    String colour = files.get("com/example/widgets/model/Colour.java");
    assertThat(colour).contains("A colour &amp; more: bold &#123;not a tag&#125; &#64;here.");
    assertThat(files.get("com/example/widgets/model/CreateWidgetRequest.java"))
        .contains("The name of the widget, e.g. {@code w-1} ({@code widgetName}).");
  }

  @Test
  void theGeneratorNamesNoService() throws IOException {
    List<Path> sources;
    try (Stream<Path> walk = Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/main/resources")))) {
      sources = walk.filter(Files::isRegularFile).collect(Collectors.toList());
    }
    assertThat(sources).isNotEmpty().allSatisfy(p -> assertThat(Files.readString(p).toLowerCase(java.util.Locale.ROOT))
        .as(p.toString()).doesNotContain("eks").doesNotContain("kubernetes").doesNotContain("cluster"));
  }
}
