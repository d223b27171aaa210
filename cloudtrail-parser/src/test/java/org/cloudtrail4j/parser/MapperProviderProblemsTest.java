package org.cloudtrail4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.spi.CloudTrailEventMapper;
import org.cloudtrail4j.model.spi.CloudTrailMapperProvider;
import org.cloudtrail4j.model.spi.CloudTrailMappers;
import org.cloudtrail4j.model.spi.EventKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 item 3: one bad line in a mapper services file used to make every reader throw a raw
 * {@code ServiceConfigurationError}. Now it is told once, naming the line, and everything else works.
 */
class MapperProviderProblemsTest {
  /** A working provider listed next to the broken line. */
  public static final class KmsProvider implements CloudTrailMapperProvider {
    @Override
    public List<CloudTrailEventMapper<?>> mappers() {
      return List.of(CloudTrailEventMapper.of(String.class, EventKey.anyOf("kms"), e -> e.eventName().orElse("?")));
    }
  }

  @Test
  void aBrokenProviderLineIsToldToTheListenerOnceAndTheReaderWorks(@TempDir Path dir) throws IOException {
    Path services = dir.resolve("META-INF/services/" + CloudTrailMapperProvider.class.getName());
    Files.createDirectories(services.getParent());
    Files.writeString(services, "com.example.Missing\n" + KmsProvider.class.getName() + "\n", StandardCharsets.UTF_8);
    ClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());

    List<String> told = new ArrayList<>();
    CloudTrailReader reader = CloudTrailReader.builder().mappers(CloudTrailMappers.load(loader))
        .listener(new ReadListener() {
          @Override
          public void mapperProviderSkipped(String problem) {
            told.add(problem);
          }
        }).build();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      try (Stream<CloudTrailEvent> events = reader.read(FilterTest.SAMPLES)) {
        events.flatMap(reader.typed(String.class)).forEach(names::add);
      }
    }
    assertThat(names).hasSize(20);
    assertThat(told).singleElement().asString().contains("com.example.Missing").contains("line 1");
  }
}
