package org.cloudtrail4j.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The jar with classifier {@code all}: everything a cluster needs that it does not have, and nothing it has. */
class ShadedJarIT {
  private static final Path JAR = Path.of(System.getProperty("shaded.jar", "target/cloudtrail-spark-all.jar"));

  private static List<String> entries() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      return jar.stream().map(e -> e.getName()).collect(Collectors.toList());
    }
  }

  @Test
  void holdsTheLibraryAndARelocatedJacksonCore() throws IOException {
    List<String> entries = entries();
    assertThat(entries).contains("org/cloudtrail4j/spark/CloudTrailDataSource.class",
        "org/cloudtrail4j/parser/CloudTrailReader.class", "org/cloudtrail4j/model/CloudTrailEvent.class",
        "org/cloudtrail4j/spark/shaded/jackson/core/JsonFactory.class",
        "META-INF/services/org.apache.spark.sql.sources.DataSourceRegister");
    assertThat(entries).noneMatch(e -> e.startsWith("com/fasterxml/"))
        .noneMatch(e -> e.startsWith("org/apache/spark/"))
        .noneMatch(e -> e.startsWith("org/apache/hadoop/"))
        .noneMatch(e -> e.startsWith("scala/"))
        .noneMatch(e -> e.endsWith("module-info.class"));
  }

  @Test
  void registersTheShortName() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      String services = new String(jar.getInputStream(
          jar.getEntry("META-INF/services/org.apache.spark.sql.sources.DataSourceRegister")).readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8);
      assertThat(services.trim()).isEqualTo("org.cloudtrail4j.spark.CloudTrailDataSource");
    }
  }

  @Test
  void readsTheSamplesWithNothingButTheJar() throws Exception {
    Path file;
    try (Stream<Path> files = Files.walk(TestSpark.samples())) {
      file = files.filter(p -> p.toString().endsWith(".json.gz") && !p.toString().contains("Digest")).findFirst()
          .orElseThrow();
    }
    // the platform loader as parent: no jackson, no cloudtrail4j but what the jar holds
    try (URLClassLoader loader = new URLClassLoader(new URL[] {JAR.toUri().toURL()},
        ClassLoader.getPlatformClassLoader())) {
      Class<?> reader = loader.loadClass("org.cloudtrail4j.parser.CloudTrailReader");
      Method stream = reader.getMethod("stream", Path.class);
      try (Stream<?> events = (Stream<?>) stream.invoke(null, file)) {
        assertThat(events.count()).isPositive();
      }
    }
  }
}
