package org.cloudtrail4j.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module exports exactly its API package: {@code internal} stays closed (Caffeine's ModuleTest). */
class ModuleTest {
  @Test
  void exportsExactlyTheApiPackage() {
    ModuleDescriptor d = ModuleFinder.of(Path.of("target/classes")).findAll().iterator().next().descriptor();
    assertThat(d.name()).isEqualTo("org.cloudtrail4j.s3");
    assertThat(d.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
    assertThat(d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
        .containsExactly("org.cloudtrail4j.s3");
    assertThat(d.opens()).isEmpty();
  }
}
