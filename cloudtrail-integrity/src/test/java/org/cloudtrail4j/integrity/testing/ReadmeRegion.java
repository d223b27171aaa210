package org.cloudtrail4j.integrity.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
    assertThat(Files.readString(readme, StandardCharsets.UTF_8)).as("README.md holds the region of " + testSource)
        .contains(region(testSource, "// README begin", "// README end"));
  }

  /**
   * Fails unless the region of {@code testSource} between {@code // module-info.java: overview example} and
   * {@code // end} is the {@code <pre>{@code ...}}</pre>} block of the overview page {@code overview}, less the
   * comment's stars.
   *
   * @param testSource the test's source file, relative to the module
   * @param overview the {@code module-info.java} or {@code package-info.java} holding the overview
   * @throws IOException if a file cannot be read
   */
  public static void assertInOverview(Path testSource, Path overview) throws IOException {
    Matcher m = Pattern.compile("<pre>\\{@code\\n(.*?)\\n\\s*\\* ?\\}</pre>", Pattern.DOTALL)
        .matcher(Files.readString(overview, StandardCharsets.UTF_8));
    assertThat(m.find()).as("an example in %s", overview).isTrue();
    String example = m.group(1).lines().map(l -> l.replaceFirst("^\\s*\\* ?", ""))
        .collect(Collectors.joining("\n")) + "\n";
    assertThat(example).contains(region(testSource, "// module-info.java: overview example", "// end"));
  }

  /** The lines of {@code source} between the two marker lines, less their common indentation, each ending in \n. */
  private static String region(Path source, String begin, String end) throws IOException {
    List<String> region = new ArrayList<>();
    boolean in = false;
    for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
      if (line.strip().equals(begin)) {
        in = true;
      } else if (line.strip().equals(end)) {
        in = false;
      } else if (in) {
        region.add(line);
      }
    }
    assertThat(region).as("a region marked in " + source).isNotEmpty();
    int indent = region.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
        .min().orElse(0);
    StringBuilder text = new StringBuilder();
    for (String l : region) {
      text.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
    }
    return text.toString();
  }
}
