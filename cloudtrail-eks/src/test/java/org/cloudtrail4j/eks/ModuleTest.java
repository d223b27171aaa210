package org.cloudtrail4j.eks;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.cloudtrail4j.eks.internal.EksMapperProvider;
import org.cloudtrail4j.eks.internal.EksMappers;
import org.cloudtrail4j.model.spi.CloudTrailEventMapper;
import org.cloudtrail4j.model.spi.CloudTrailMapperProvider;
import org.cloudtrail4j.model.spi.EventKey;
import org.junit.jupiter.api.Test;

/**
 * The module exports only its API package, and provides its one mapper provider to module and classpath users alike:
 * module-info and {@code META-INF/services} agree.
 */
class ModuleTest {
  static final ModuleDescriptor DESCRIPTOR =
      ModuleFinder.of(Path.of("target/classes")).findAll().iterator().next().descriptor();
  static final String SPI = CloudTrailMapperProvider.class.getName();

  @Test
  void exportsExactlyTheApiPackage() {
    assertThat(DESCRIPTOR.name()).isEqualTo("org.cloudtrail4j.eks");
    assertThat(DESCRIPTOR.exports()).extracting(ModuleDescriptor.Exports::source)
        .containsExactly("org.cloudtrail4j.eks");
    assertThat(DESCRIPTOR.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
    assertThat(DESCRIPTOR.opens()).isEmpty();
  }

  @Test
  void providesOneMapperProviderThroughModuleInfoAndMetaInfServices() {
    List<String> provided = DESCRIPTOR.provides().stream().filter(p -> p.service().equals(SPI))
        .flatMap(p -> p.providers().stream()).collect(Collectors.toList());
    List<String> services = Arrays.stream(new String(TestRecords.bytes("/META-INF/services/" + SPI),
            StandardCharsets.UTF_8).split("\n"))
        .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toList());

    assertThat(provided).containsExactly(EksMapperProvider.class.getName());
    assertThat(services).containsExactly(EksMapperProvider.class.getName());
    assertThat(new EksMapperProvider().mappers()).containsExactlyElementsOf(EksMappers.ALL);
  }

  @Test
  void everyMapperReadsEksRecordsIntoAnEksEvent() {
    assertThat(EksMappers.ALL).allSatisfy(m -> {
      assertThat(m.keys()).isNotEmpty().allSatisfy(k -> assertThat(k.eventSource()).isEqualTo("eks.amazonaws.com"));
      assertThat(EksEvent.class).isAssignableFrom(m.type());
      assertThat(m.eventNames()).isNotEmpty();
      CloudTrailEventMapper<?> fresh = (CloudTrailEventMapper<?>) m.getClass().getConstructor().newInstance();
      assertThat(fresh.keys()).isEqualTo(m.keys());
    });
  }

  @Test
  void theFallbackMapperClaimsEveryEksOperation() {
    assertThat(EksMappers.ALL).filteredOn(m -> m.type() == EksApiCall.class).singleElement()
        .satisfies(m -> assertThat(m.keys()).containsExactly(EventKey.anyOf("eks.amazonaws.com")));
  }

  @Test
  void everyTypedEventIsPermittedByTheSealedInterface() {
    assertThat(EksEvent.class.isSealed()).isTrue();
    assertThat(EksEvent.class.getPermittedSubclasses()).extracting(c -> (Object) c)
        .containsExactlyInAnyOrderElementsOf(EksMappers.ALL.stream().map(CloudTrailEventMapper::type)
            .collect(Collectors.toList()));
  }
}
