package org.cloudtrail4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module exports exactly its API: internal packages stay closed (Caffeine's ModuleTest). */
class ModuleTest {
  @Test
  void exportsExactlyTheApiPackage() {
    ModuleDescriptor d = ModuleFinder.of(Path.of("target/classes")).findAll().iterator().next().descriptor();
    assertThat(d.name()).isEqualTo("org.cloudtrail4j.parser");
    assertThat(d.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
    assertThat(d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("org.cloudtrail4j.parser");
    // the mapper SPI is the model's: the parser uses no service
    assertThat(d.uses()).isEmpty();
  }
}
