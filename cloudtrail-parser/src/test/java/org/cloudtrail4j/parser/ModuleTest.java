package org.cloudtrail4j.parser;

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
  void exportsExactlyTheApiPackage() {
    ModuleDescriptor d = ModuleFinder.of(Path.of("target/classes")).findAll().iterator().next().descriptor();
    assertThat(d.name()).isEqualTo("org.cloudtrail4j.parser");
    // internals only to cloudtrail-s3, for the key layout's folders (LogFolder), and to the command line, whose stats
    // decodes only what it counts (MemberProjection); never to the world
    assertThat(d.exports().stream()
        .collect(Collectors.toMap(ModuleDescriptor.Exports::source, ModuleDescriptor.Exports::targets)))
        .containsOnly(Map.entry("org.cloudtrail4j.parser", Set.of()),
            Map.entry("org.cloudtrail4j.parser.internal", Set.of("org.cloudtrail4j.s3", "org.cloudtrail4j.cli", "org.cloudtrail4j.integrity")));
    // the mapper SPI is the model's: the parser uses no service
    assertThat(d.uses()).isEmpty();
  }
}
