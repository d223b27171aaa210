package org.cloudtrail4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudtrail4j.parser.InputModesTest.Mode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs that once made the reader lose records or misreport them, each with the exact outcome it must give, read
 * from {@code src/test/resources/hostile/}: {@code NAME} is the input and {@code NAME.expected} the outcome, one line
 * per event or problem as {@link Outcomes} writes them (lines starting with {@code #} say why). Every input is read
 * as bytes, as a stream and one byte at a time, which must agree.
 */
class RegressionTest {
  static final Path HOSTILE = Path.of("src/test/resources/hostile");

  static Stream<String> inputs() throws IOException {
    try (Stream<Path> files = Files.list(HOSTILE)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".expected"))
          .map(n -> n.substring(0, n.length() - ".expected".length())).sorted().collect(Collectors.toList())
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void givesTheReviewedOutcomeInEveryMode(String name) throws IOException {
    byte[] input = Files.readAllBytes(HOSTILE.resolve(name));
    List<String> expected = Files.readAllLines(HOSTILE.resolve(name + ".expected"), StandardCharsets.UTF_8).stream()
        .filter(l -> !l.startsWith("#") && !l.isBlank()).collect(Collectors.toList());
    for (Mode mode : new Mode[] {Mode.BYTES, Mode.STREAM, Mode.ONE_BYTE_AT_A_TIME}) {
      assertThat(Outcomes.read(input, mode)).as("%s read as %s", name, mode).isEqualTo(expected);
    }
  }
}
