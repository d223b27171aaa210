package org.cloudtrail4j.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module exports only its API package (and one internal package to cloudtrail-s3), and needs nothing but the
 * JDK, jackson-core and cloudtrail-parser (for {@code LogFileKey}; the parser brings cloudtrail-model, which needs
 * only jackson-core at run time).
 */
class ModuleTest {
  static final ModuleDescriptor DESCRIPTOR =
      ModuleFinder.of(Path.of("target/classes")).findAll().iterator().next().descriptor();

  @Test
  void exportsExactlyTheApiPackage() {
    assertThat(DESCRIPTOR.name()).isEqualTo("org.cloudtrail4j.integrity");
    // internals only to cloudtrail-s3, for the range check its CloudTrailPublicKeys shares; never to the world
    assertThat(DESCRIPTOR.exports().stream()
        .collect(Collectors.toMap(ModuleDescriptor.Exports::source, ModuleDescriptor.Exports::targets)))
        .containsOnly(Map.entry("org.cloudtrail4j.integrity", Set.of()),
            Map.entry("org.cloudtrail4j.integrity.internal.range", Set.of("org.cloudtrail4j.s3")));
    assertThat(DESCRIPTOR.opens()).isEmpty();
  }

  @Test
  void requiresOnlyTheJdkJacksonCoreAndTheParser() {
    assertThat(DESCRIPTOR.requires()).extracting(ModuleDescriptor.Requires::name)
        .containsExactlyInAnyOrder("java.base", "com.fasterxml.jackson.core", "org.cloudtrail4j.parser");
    // not transitive: no parser type is part of this module's API
    assertThat(DESCRIPTOR.requires()).allSatisfy(r -> assertThat(r.modifiers())
        .doesNotContain(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
  }
}
