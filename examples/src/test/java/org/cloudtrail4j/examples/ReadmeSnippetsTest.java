package org.cloudtrail4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README shows the code the tests run: every region between {@code // README: <name>} and {@code // end README}
 * in {@link UserTasksTest} is in README.md verbatim (after removing the region's common indentation), so a README
 * example cannot drift from compiled, tested code.
 */
class ReadmeSnippetsTest {
  static final Path README = Path.of("../README.md");
  static final Path TASKS = Path.of("src/test/java/org/cloudtrail4j/examples/UserTasksTest.java");

  @Test
  void everyMarkedRegionOfTheUserTasksIsInTheReadme() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    List<String> regions = regions(Files.readAllLines(TASKS, StandardCharsets.UTF_8));
    assertThat(regions).hasSize(7);
    assertThat(regions).allSatisfy(r -> assertThat(readme).as("README.md").contains(r));
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
