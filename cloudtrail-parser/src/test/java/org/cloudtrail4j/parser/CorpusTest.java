package org.cloudtrail4j.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads every file of the real-data corpus and checks each record against what jq reports on the same file
 * ({@code expected/*.tsv}, made by {@code scripts/corpus-expectations.sh}), and each bad record against the reviewed
 * list of problems ({@code expected/PROBLEMS.tsv}).
 */
class CorpusTest {
  static final Path CORPUS = Path.of("src/test/resources/corpus");
  static final Path EXPECTED = Path.of("src/test/resources/expected");

  static Stream<String> corpusFiles() throws IOException {
    return Files.readAllLines(EXPECTED.resolve("INDEX.tsv")).stream()
        .filter(l -> !l.startsWith("#"))
        .map(l -> l.split("\t")[0]);
  }

  @ParameterizedTest
  @MethodSource("corpusFiles")
  void readsEveryRecordAsJqDoesAndReportsOnlyTheReviewedProblems(String file) throws IOException {
    List<CloudTrailProblem> problems = new ArrayList<>();
    List<CloudTrailEvent> events;
    try (Stream<CloudTrailEvent> s = CloudTrailReader.builder().onProblem(problems::add).build()
        .read(CORPUS.resolve(file))) {
      events = s.collect(Collectors.toList());
    }

    List<String> expectedProblems = Files.readAllLines(EXPECTED.resolve("PROBLEMS.tsv")).stream()
        .filter(l -> l.startsWith(file + "\t"))
        .map(l -> l.substring(file.length() + 1))
        .collect(Collectors.toList());
    assertThat(problems).extracting(p -> p.recordIndex() + "\t" + p.kind() + "\t" + p.jsonPath() + "\t"
        + p.byteOffset()).containsExactlyElementsOf(expectedProblems);
    assertThat(problems).allSatisfy(p -> assertThat(p.source()).isEqualTo(CORPUS.resolve(file).toString()));

    List<String[]> oracle = Files.readAllLines(EXPECTED.resolve(file + ".tsv")).stream()
        .map(l -> l.split("\t", -1)).collect(Collectors.toList());
    if (file.endsWith("test_events.json")) {
      // a test harness format ({"test_events":[{"event":...}]}), not a CloudTrail format: one problem, no guessing
      assertThat(events).isEmpty();
      return;
    }
    // records read + records reported = records present
    assertThat(events.size() + problems.stream().filter(CloudTrailProblem::isRecordProblem).count())
        .isEqualTo(oracle.size());
    for (CloudTrailEvent e : events) {
      String[] expected = oracle.get((int) e.origin().orElseThrow().recordIndex());
      assertThat(orDash(e.eventID())).as("eventID of %s", e.origin().get()).isIn(expected[1], "-");
      if (!expected[1].equals("-")) {
        assertThat(e.eventID()).contains(expected[1]);
      }
      assertThat(orDash(e.eventSource())).isEqualTo(expected[2]);
      assertThat(orDash(e.eventName())).isEqualTo(expected[3]);
      assertThat(orDash(e.field("eventTime").asString())).isEqualTo(expected[4]);
      assertThat(e.eventTime().isPresent()).isEqualTo(!expected[4].equals("-"));
    }
  }

  @Test
  void aTruncatedFileIsOneTruncatedRecordAtTheEndOfTheFile() throws IOException {
    Path file = CORPUS.resolve("cado-security__cloudgrep/malformed/bad_cloudtrail.json");
    List<CloudTrailProblem> problems = new ArrayList<>();
    try (Stream<CloudTrailEvent> s = CloudTrailReader.builder().onProblem(problems::add).build().read(file)) {
      assertThat(s.count()).isZero();
    }
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(ProblemKind.TRUNCATED);
      assertThat(p.byteOffset()).isEqualTo(Files.size(file));
      assertThat(p.recordIndex()).isZero();
      assertThat(p.jsonPath()).isEqualTo("$.Records[0]");
    });
    assertThatThrownBy(() -> {
      try (Stream<CloudTrailEvent> s = CloudTrailReader.stream(file)) {
        s.count();
      }
    }).isInstanceOf(CloudTrailParseException.class).hasMessageStartingWith(file + " @ byte 965, record 0, $.Records[0]: TRUNCATED");
  }

  @Test
  void aRawNewlineInsideAStringIsMalformedJsonAtThatByte() throws IOException {
    Path file = CORPUS.resolve("SnellerInc__sneller/nonstrict-json/ex5.json");
    byte[] bytes = Files.readAllBytes(file);
    int sid = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("\\\"Sid\\\": \\\"\\\",");
    int newline = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf('\n', sid);
    List<CloudTrailProblem> problems = new ArrayList<>();
    try (Stream<CloudTrailEvent> s = CloudTrailReader.builder().onProblem(problems::add).build().read(file)) {
      assertThat(s.count()).isZero();
    }
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(ProblemKind.MALFORMED_JSON);
      assertThat(p.byteOffset()).isEqualTo(newline).isEqualTo(755);
      assertThat(p.recordIndex()).isZero();
      assertThat(p.message()).contains("control character 0xa in string");
    });
  }

  private static String orDash(Optional<String> value) {
    return value.orElse("-");
  }

  static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
