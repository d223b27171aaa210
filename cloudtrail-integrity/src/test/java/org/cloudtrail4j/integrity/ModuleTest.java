package org.cloudtrail4j.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The module exports only its API package, and needs nothing but the JDK, jackson-core and cloudtrail-parser (for
 * {@code LogFileKey}; the parser brings cloudtrail-model, which needs only jackson-core at run time).
 */
class ModuleTest {
  static final ModuleDescriptor DESCRIPTOR =
      ModuleFinder.of(Path.of("target/classes")).findAll().iterator().next().descriptor();

  @Test
  void exportsExactlyTheApiPackage() {
    assertThat(DESCRIPTOR.name()).isEqualTo("org.cloudtrail4j.integrity");
    assertThat(DESCRIPTOR.exports()).extracting(ModuleDescriptor.Exports::source)
        .containsExactly("org.cloudtrail4j.integrity");
    assertThat(DESCRIPTOR.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
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
