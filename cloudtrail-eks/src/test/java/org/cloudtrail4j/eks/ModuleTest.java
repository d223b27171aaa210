package org.cloudtrail4j.eks;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.cloudtrail4j.eks.internal.EksMappers;
import org.cloudtrail4j.parser.spi.CloudTrailEventMapper;
import org.junit.jupiter.api.Test;

/**
 * The module exports only its API package, and provides the same mappers to module and classpath users: module-info,
 * {@code META-INF/services} and the mappers {@link EksEvent#of} uses agree.
 */
class ModuleTest {
  static final ModuleDescriptor DESCRIPTOR =
      ModuleFinder.of(Path.of("target/classes")).findAll().iterator().next().descriptor();
  static final String SPI = CloudTrailEventMapper.class.getName();

  @Test
  void exportsExactlyTheApiPackage() {
    assertThat(DESCRIPTOR.name()).isEqualTo("org.cloudtrail4j.eks");
    assertThat(DESCRIPTOR.exports()).extracting(ModuleDescriptor.Exports::source)
        .containsExactly("org.cloudtrail4j.eks");
    assertThat(DESCRIPTOR.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
    assertThat(DESCRIPTOR.opens()).isEmpty();
  }

  @Test
  void providesTheSameMappersThroughModuleInfoAndMetaInfServices() {
    List<String> provided = DESCRIPTOR.provides().stream().filter(p -> p.service().equals(SPI))
        .flatMap(p -> p.providers().stream()).collect(Collectors.toList());
    List<String> services = Arrays.stream(new String(TestRecords.bytes("/META-INF/services/" + SPI),
            StandardCharsets.UTF_8).split("\n"))
        .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toList());
    List<String> all = EksMappers.ALL.stream().map(m -> m.getClass().getName()).collect(Collectors.toList());

    assertThat(provided).hasSize(27).containsExactlyElementsOf(all);
    assertThat(services).containsExactlyElementsOf(all);
  }

  @Test
  void everyMapperReadsEksRecordsIntoAnEksEvent() {
    assertThat(EksMappers.ALL).allSatisfy(m -> {
      assertThat(m.eventSource()).isEqualTo("eks.amazonaws.com");
      assertThat(EksEvent.class).isAssignableFrom(m.type());
      assertThat(m.eventNames()).isNotEmpty();
      CloudTrailEventMapper<?> fresh = (CloudTrailEventMapper<?>) m.getClass().getConstructor().newInstance();
      assertThat(fresh.eventNames()).isEqualTo(m.eventNames());
    });
  }

  @Test
  void everyTypedEventIsPermittedByTheSealedInterface() {
    assertThat(EksEvent.class.isSealed()).isTrue();
    assertThat(EksEvent.class.getPermittedSubclasses()).extracting(c -> (Object) c)
        .containsExactlyInAnyOrderElementsOf(EksMappers.ALL.stream().map(CloudTrailEventMapper::type)
            .collect(Collectors.toList()));
  }
}
