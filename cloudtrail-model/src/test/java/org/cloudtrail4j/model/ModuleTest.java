package org.cloudtrail4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module exports exactly its API: internal packages stay closed (Caffeine's ModuleTest). */
class ModuleTest {
  @Test
  void exportsExactlyTheApiPackages() {
    ModuleDescriptor d = ModuleFinder.of(Path.of("target/classes")).findAll().iterator().next().descriptor();
    assertThat(d.name()).isEqualTo("org.cloudtrail4j.model");
    Map<String, Set<String>> exports = d.exports().stream()
        .collect(Collectors.toMap(ModuleDescriptor.Exports::source, ModuleDescriptor.Exports::targets));
    assertThat(exports).containsOnly(
        Map.entry("org.cloudtrail4j.model", Set.of()),
        Map.entry("org.cloudtrail4j.model.identity", Set.of()),
        Map.entry("org.cloudtrail4j.model.json", Set.of()),
        Map.entry("org.cloudtrail4j.model.spi", Set.of()),
        Map.entry("org.cloudtrail4j.model.internal", Set.of("org.cloudtrail4j.parser")));
    assertThat(d.requires()).filteredOn(r -> r.name().equals("org.immutables.value.annotations"))
        .singleElement().satisfies(r -> assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.STATIC));
    // the model loads the mapper providers, so that event.as(type) works without a reader
    assertThat(d.uses()).containsExactly("org.cloudtrail4j.model.spi.CloudTrailMapperProvider");
  }
}
