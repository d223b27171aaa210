package org.cloudtrail4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudtrail4j.eks.EksEvent;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.parser.CloudTrailReader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A user's module ({@code src/test/resources/modulepath/com.example.audit}) compiled and run as a named module on the
 * module path, with the built cloudtrail4j modules and jackson-core, on JDK 17 and JDK 25: the reader, EKS's mapper
 * provider and the user's own provider ({@code provides CloudTrailMapperProvider}) must all work through JPMS, which
 * the other tests (run on the classpath) cannot show.
 *
 * <p>The JDKs are found at {@code JAVA17_HOME} / {@code JAVA25_HOME}, the running JDK when it is that version, or the
 * usual install paths; a missing JDK fails the test, it is never skipped.
 */
class ModulePathTest {
  static final Path CONSUMER = Path.of("src/test/resources/modulepath/com.example.audit");
  static final Path SAMPLES = Path.of("../samples/AWSLogs");

  @ParameterizedTest(name = "JDK {0}")
  @ValueSource(ints = {17, 25})
  void aNamedModuleReadsLogsWithEksAndItsOwnMapper(int feature, @TempDir Path out) throws Exception {
    Path jdk = jdk(feature);
    String modulePath = libraryModules().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    List<String> sources;
    try (Stream<Path> files = Files.walk(CONSUMER)) {
      sources = files.filter(p -> p.toString().endsWith(".java")).map(Path::toString).sorted()
          .collect(Collectors.toList());
    }
    List<String> javac = new ArrayList<>(List.of(jdk.resolve("bin/javac").toString(), "--release", "17",
        "-Xlint:all", "-Werror", "--module-path", modulePath, "-d", out.toString()));
    javac.addAll(sources);
    run(javac);

    String output = run(List.of(jdk.resolve("bin/java").toString(),
        "--module-path", out + File.pathSeparator + modulePath,
        "-m", "com.example.audit/com.example.audit.Main", SAMPLES.toString()));

    assertThat(output.lines()).containsExactly(
        "records 54",
        "eks CreateCluster test by arn:aws:iam::111122223333:user/username",
        "key NewAccessKey[userName=(self), accessKeyId=AKIA5ZZZK44445XXFFVB]",
        "key NewAccessKey[userName=tracy_stone, accessKeyId=AKIASWJJJ66ZZZII4IYY]",
        "cloudtrail failures 2",
        "modules com.example.audit org.cloudtrail4j.parser org.cloudtrail4j.eks",
        "java " + feature);
  }

  /** The built modules the consumer needs, wherever Maven put them (jars after package, else class directories). */
  static List<Path> libraryModules() throws URISyntaxException {
    List<Path> modules = new ArrayList<>();
    for (Class<?> c : List.of(CloudTrailEvent.class, CloudTrailReader.class, EksEvent.class, JsonFactory.class)) {
      modules.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()));
    }
    return modules;
  }

  static Path jdk(int feature) {
    List<Path> candidates = new ArrayList<>();
    String env = System.getenv("JAVA" + feature + "_HOME");
    if (env != null) {
      candidates.add(Path.of(env));
    }
    if (Runtime.version().feature() == feature) {
      candidates.add(Path.of(System.getProperty("java.home")));
    }
    candidates.add(Path.of(feature == 17 ? "/usr/lib/jvm/java-17-openjdk-amd64" : "/usr/lib/jvm/temurin-25-jdk-amd64"));
    for (Path p : candidates) {
      if (Files.isExecutable(p.resolve("bin/javac"))) {
        return p;
      }
    }
    throw new AssertionError("no JDK " + feature + " with javac at " + candidates + ": set JAVA" + feature + "_HOME");
  }

  static String run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output;
    try {
      output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command.get(0)).isTrue();
    assertThat(p.exitValue()).as("%s\n%s", String.join(" ", command), output).isZero();
    return output;
  }
}
