package org.cloudtrail4j.integrity.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The README shows the code the tests run: the lines of a test source between {@code // README begin} and
 * {@code // README end}, less their common indentation, must stand in README.md as they are.
 */
public final class ReadmeRegion {
  private ReadmeRegion() {}

  /**
   * Fails unless the marked region of {@code testSource} is in {@code readme}.
   *
   * @param testSource the test's source file, relative to the module
   * @param readme the README, relative to the module
   * @throws IOException if a file cannot be read
   */
  public static void assertInReadme(Path testSource, Path readme) throws IOException {
    List<String> region = new ArrayList<>();
    boolean in = false;
    for (String line : Files.readAllLines(testSource, StandardCharsets.UTF_8)) {
      if (line.strip().equals("// README begin")) {
        in = true;
      } else if (line.strip().equals("// README end")) {
        in = false;
      } else if (in) {
        region.add(line);
      }
    }
    assertThat(region).as("a region marked in " + testSource).isNotEmpty();
    int indent = region.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
        .min().orElse(0);
    StringBuilder text = new StringBuilder();
    for (String l : region) {
      text.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
    }
    assertThat(Files.readString(readme, StandardCharsets.UTF_8)).as("README.md holds the region of " + testSource)
        .contains(text.toString());
  }
}
