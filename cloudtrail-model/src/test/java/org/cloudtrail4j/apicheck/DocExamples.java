package org.cloudtrail4j.apicheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The documentation shows the code the tests run: a marked region of a test's source, less its common indentation,
 * must stand as it is in a module's overview page ({@code <pre>{@code ...}}</pre>} of its {@code module-info.java} or
 * {@code package-info.java}) or in its README. Every module's {@code ModuleOverviewExampleTest} checks its overview
 * with {@link #assertInOverview}; shared with the other modules' tests through this module's test-jar.
 */
public final class DocExamples {
  private DocExamples() {}

  /**
   * Fails unless the region of {@code testSource} between {@code // <overview's file name>: overview example} (which
   * may go on with a remark, e.g. {@code (Path.of("AWSLogs") there)}) and {@code // end} stands in the
   * {@code <pre>{@code ...}}</pre>} block of {@code overview}, less the comment's stars.
   *
   * @param testSource the test's source file, relative to the module
   * @param overview the {@code module-info.java} or {@code package-info.java} holding the overview
   * @param replacements pairs of texts: each first one in the region stands for the second in the overview, as a
   *     test's {@code awsLogs} for the overview's {@code Path.of("AWSLogs")}
   * @throws IOException if a file cannot be read
   */
  public static void assertInOverview(Path testSource, Path overview, String... replacements) throws IOException {
    if (replacements.length % 2 != 0) {
      throw new IllegalArgumentException("replacements come in pairs");
    }
    Matcher m = Pattern.compile("<pre>\\{@code\\n(.*?)\\n\\s*\\* ?\\}</pre>", Pattern.DOTALL)
        .matcher(Files.readString(overview, StandardCharsets.UTF_8));
    assertThat(m.find()).as("an example in %s", overview).isTrue();
    String example = m.group(1).lines().map(l -> l.replaceFirst("^\\s*\\* ?", ""))
        .collect(Collectors.joining("\n")) + "\n";
    String region = region(testSource, "// " + overview.getFileName() + ": overview example", "// end");
    for (int i = 0; i < replacements.length; i += 2) {
      region = region.replace(replacements[i], replacements[i + 1]);
    }
    assertThat(example).as("the overview example of %s", overview).contains(region);
  }

  /**
   * Fails unless the region of {@code testSource} between {@code // README begin} and {@code // README end} stands in
   * {@code readme}.
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
   * What {@code example} prints to {@code System.out}, which it is given back after.
   *
   * @param example the example's code
   * @return the printed text
   */
  public static String printedBy(Runnable example) {
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      example.run();
    } finally {
      System.setOut(saved);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * The lines of {@code source} after a line starting with {@code begin} up to a line {@code end}, less their common
   * indentation, each ending in \n.
   */
  private static String region(Path source, String begin, String end) throws IOException {
    List<String> region = new ArrayList<>();
    boolean in = false;
    for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
      String t = line.strip();
      if (!in && (t.equals(begin) || t.startsWith(begin + " "))) {
        in = true;
      } else if (in && t.equals(end)) {
        in = false;
      } else if (in) {
        region.add(line);
      }
    }
    assertThat(region).as("a region marked %s in %s", begin, source).isNotEmpty();
    int indent = region.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
        .min().orElse(0);
    StringBuilder text = new StringBuilder();
    for (String l : region) {
      text.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
    }
    return text.toString();
  }
}
