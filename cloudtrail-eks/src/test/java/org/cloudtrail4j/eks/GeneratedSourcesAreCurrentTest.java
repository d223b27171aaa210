package org.cloudtrail4j.eks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.cloudtrail4j.codegen.CodeGenerator;
import org.junit.jupiter.api.Test;

/**
 * The generated sources under {@code src/main/java} are what {@code tools/codegen} makes of the committed model and
 * customization: a model update without regenerating, or a hand edit of a generated file, fails here. To regenerate,
 * see {@code cloudtrail-eks/README.md}.
 */
class GeneratedSourcesAreCurrentTest {
  static final Path CODEGEN = Path.of("src/main/codegen");
  static final Path SOURCES = Path.of("src/main/java");

  static Map<String, String> regenerate() throws IOException {
    return CodeGenerator.generate(Files.readString(CODEGEN.resolve("eks-service-2.json"), StandardCharsets.UTF_8),
        Files.readString(CODEGEN.resolve("eks-customization.json"), StandardCharsets.UTF_8));
  }

  @Test
  void everyGeneratedFileIsCommittedAndNoOtherIs() throws IOException {
    assertThat(CodeGenerator.existing(SOURCES))
        .as("generated files under src/main/java; regenerate: see cloudtrail-eks/README.md")
        .containsExactlyElementsOf(regenerate().keySet());
  }

  @Test
  void everyGeneratedFileIsUnchanged() throws IOException {
    for (Map.Entry<String, String> f : regenerate().entrySet()) {
      assertThat(Files.readString(SOURCES.resolve(f.getKey()), StandardCharsets.UTF_8))
          .as(f.getKey() + " is stale or edited by hand; regenerate: see cloudtrail-eks/README.md")
          .isEqualTo(f.getValue());
    }
  }
}
