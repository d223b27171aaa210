package org.cloudtrail4j.eks;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cloudtrail4j.eks.internal.EksMapperProvider;
import org.cloudtrail4j.eks.internal.EksMappers;
import org.cloudtrail4j.model.spi.CloudTrailEventMapper;
import org.cloudtrail4j.model.spi.CloudTrailMapperProvider;
import org.cloudtrail4j.model.spi.EventKey;
import org.junit.jupiter.api.Test;

/**
 * The module exports its three API packages and nothing else, and provides one mapper provider, the same to module
 * and classpath users: module-info and {@code META-INF/services} agree.
 */
class ModuleTest {
  static final ModuleDescriptor DESCRIPTOR =
      ModuleFinder.of(Path.of("target/classes")).findAll().iterator().next().descriptor();
  static final String SPI = CloudTrailMapperProvider.class.getName();

  @Test
  void exportsExactlyTheApiPackages() {
    assertThat(DESCRIPTOR.name()).isEqualTo("org.cloudtrail4j.eks");
    assertThat(DESCRIPTOR.exports()).extracting(ModuleDescriptor.Exports::source)
        .containsExactlyInAnyOrder("org.cloudtrail4j.eks", "org.cloudtrail4j.eks.model", "org.cloudtrail4j.eks.audit");
    assertThat(DESCRIPTOR.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
    assertThat(DESCRIPTOR.opens()).isEmpty();
  }

  @Test
  void providesOneMapperProviderThroughModuleInfoAndMetaInfServices() {
    List<String> provided = DESCRIPTOR.provides().stream().filter(p -> p.service().equals(SPI))
        .flatMap(p -> p.providers().stream()).collect(Collectors.toList());
    List<String> services = Arrays.stream(new String(TestRecords.bytes("/META-INF/services/" + SPI),
            StandardCharsets.UTF_8).split("\n"))
        .map(String::trim).filter(s -> !s.isEmpty() && !s.startsWith("#")).collect(Collectors.toList());

    assertThat(provided).containsExactly(EksMapperProvider.class.getName());
    assertThat(services).containsExactly(EksMapperProvider.class.getName());
  }

  @Test
  void theProviderKeysEachTypedEventOnItsOperationAndEveryOtherOnTheSource() {
    List<CloudTrailEventMapper<?>> mappers = new EksMapperProvider().mappers();
    List<EventKey> exact = new ArrayList<>();
    for (CloudTrailEventMapper<?> m : mappers.subList(0, mappers.size() - 1)) {
      assertThat(EksEvent.class).isAssignableFrom(m.type());
      assertThat(m.keys()).singleElement().satisfies(k -> assertThat(k.isSourceWide()).isFalse());
      exact.addAll(m.keys());
    }
    assertThat(exact).extracting(k -> k.eventName().orElseThrow())
        .containsExactlyElementsOf(EksMappers.TYPED.stream().map(t -> t.operation).collect(Collectors.toList()));
    CloudTrailEventMapper<?> fallback = mappers.get(mappers.size() - 1);
    assertThat(fallback.type()).isEqualTo(EksApiCall.class);
    assertThat(fallback.keys()).isEqualTo(Set.of(EventKey.anyOf(EksEvent.EVENT_SOURCE)));
  }

  @Test
  void everyTypedEventIsPermittedByTheSealedInterface() {
    assertThat(EksEvent.class.isSealed()).isTrue();
    List<Object> typed = new ArrayList<>();
    EksMappers.TYPED.forEach(t -> typed.add(t.type));
    typed.add(EksApiCall.class);
    assertThat(EksEvent.class.getPermittedSubclasses()).extracting(c -> (Object) c)
        .containsExactlyInAnyOrderElementsOf(typed);
  }
}
