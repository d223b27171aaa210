package org.cloudtrail4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README shows the code the tests run: every region between {@code // README: <name>} and {@code // end README}
 * in the tests below is in README.md verbatim (after removing the region's common indentation), so a README example
 * of the sections "Quick start" to "Writing and registering a mapper" cannot drift from compiled, tested code.
 */
class ReadmeSnippetsTest {
  static final Path README = Path.of("../README.md");
  /** The tests holding the README's examples, and how many regions each has. */
  static final Map<Path, Integer> TESTS = Map.of(
      Path.of("src/test/java/org/cloudtrail4j/examples/UserTasksTest.java"), 7,
      Path.of("src/test/java/org/cloudtrail4j/examples/EksReadmeTest.java"), 9,
      Path.of("../cloudtrail-parser/src/test/java/org/cloudtrail4j/parser/ReadmeExamplesTest.java"), 4);

  @Test
  void everyMarkedRegionOfTheExampleTestsIsInTheReadme() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    for (Map.Entry<Path, Integer> test : TESTS.entrySet()) {
      List<String> regions = regions(Files.readAllLines(test.getKey(), StandardCharsets.UTF_8));
      assertThat(regions).as("regions of %s", test.getKey()).hasSize(test.getValue());
      assertThat(regions).allSatisfy(r -> assertThat(readme).as("README.md").contains(r));
    }
  }

  static List<String> regions(List<String> lines) {
    List<String> regions = new ArrayList<>();
    List<String> current = null;
    for (String line : lines) {
      String t = line.trim();
      if (t.startsWith("// README:")) {
        current = new ArrayList<>();
      } else if (t.equals("// end README")) {
        regions.add(dedent(current));
        current = null;
      } else if (current != null) {
        current.add(line);
      }
    }
    return regions;
  }

  static String dedent(List<String> lines) {
    int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
        .min().orElse(0);
    StringBuilder s = new StringBuilder();
    for (String l : lines) {
      s.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
    }
    return s.toString();
  }
}
