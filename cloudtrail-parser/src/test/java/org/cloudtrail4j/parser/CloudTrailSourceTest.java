package org.cloudtrail4j.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * {@code reader.read(Stream<CloudTrailSource>)} is the directory read with the files handed in: same events, same
 * order, same filter, listener and error policy, with and without parallelism.
 */
class CloudTrailSourceTest {
  static List<Path> sampleFiles() {
    try (Stream<Path> files = Files.walk(FilterTest.SAMPLES)) {
      return files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".json.gz"))
          .filter(p -> !p.toString().contains("CloudTrail-Digest")).sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> events(Stream<CloudTrailEvent> s) {
    try (s) {
      return s.map(e -> e.origin().orElseThrow().source().replace(FilterTest.SAMPLES.toString(), "") + " "
          + e.eventID().orElse("-")).collect(Collectors.toList());
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3})
  void sourcesReadAsTheDirectoryIsRead(int threads) {
    CloudTrailReader reader = CloudTrailReader.builder().parallelism(threads).build();
    List<String> tree = events(reader.read(FilterTest.SAMPLES));
    List<String> sources = events(reader.read(sampleFiles().stream().map(CloudTrailSource::of)));
    assertThat(tree).hasSize(FilterTest.all().size());
    assertThat(sources).containsExactlyElementsOf(tree);
  }

  @Test
  void theReadersFilterAndListenerApplyToSources() {
    List<SourceSummary> finished = new ArrayList<>();
    CloudTrailReader reader = CloudTrailReader.builder().filter(EventFilter.eventSource("kms"))
        .listener(new ReadListener() {
          @Override
          public void sourceFinished(SourceSummary summary) {
            finished.add(summary);
          }
        }).build();
    List<String> kms = events(reader.read(sampleFiles().stream().map(CloudTrailSource::of)));
    assertThat(kms).hasSize(10);
    assertThat(finished).hasSize(sampleFiles().size());
    assertThat(finished.stream().mapToLong(SourceSummary::records).sum()).isEqualTo(10);
    assertThat(finished.stream().mapToLong(SourceSummary::filteredOut).sum())
        .isEqualTo(FilterTest.all().size() - 10);
  }

  @Test
  void aSourceThatCannotBeOpenedIsAProblemOfThatSourceAndTheOthersAreRead() {
    List<CloudTrailProblem> problems = new ArrayList<>();
    CloudTrailReader reader = CloudTrailReader.builder().onProblem(problems::add).parallelism(2).build();
    byte[] one = "{\"Records\":[{\"eventID\":\"a\"}]}".getBytes(StandardCharsets.UTF_8);
    Stream<CloudTrailSource> sources = Stream.of(
        CloudTrailSource.of("s3://bucket/one.json", one),
        CloudTrailSource.of("s3://bucket/gone.json.gz", () -> {
          throw new IOException("404 Not Found");
        }),
        CloudTrailSource.of("s3://bucket/throws.json.gz", () -> {
          throw new IllegalStateException("SDK client failed");
        }),
        CloudTrailSource.of("s3://bucket/two.json", one));
    assertThat(events(reader.read(sources))).containsExactly("s3://bucket/one.json a", "s3://bucket/two.json a");
    assertThat(problems).extracting(CloudTrailProblem::source)
        .containsExactly("s3://bucket/gone.json.gz", "s3://bucket/throws.json.gz");
    assertThat(problems).allSatisfy(p -> assertThat(p.kind()).isEqualTo(ProblemKind.IO_ERROR));
    assertThat(problems).extracting(CloudTrailProblem::message)
        .containsExactly("cannot open: 404 Not Found", "cannot open: SDK client failed");
  }

  @Test
  void whyASourceCannotBeOpenedIsSaidInWordsWithoutAJavaClassName() {
    List<CloudTrailProblem> problems = new ArrayList<>();
    CloudTrailReader reader = CloudTrailReader.builder().onProblem(problems::add).build();
    Stream<CloudTrailSource> sources = Stream.of(
        CloudTrailSource.of("/logs/a.json.gz", () -> {
          throw new FileSystemException("/logs/a.json.gz", null, "Input/output error");
        }),
        CloudTrailSource.of("/logs/b.json.gz", () -> {
          throw new FileSystemException("/mnt/other/b.json.gz", null, "Stale file handle");
        }),
        CloudTrailSource.of("s3://bucket/c.json.gz", () -> {
          throw new UncheckedIOException(new IOException("Connection reset"));
        }),
        CloudTrailSource.of("s3://bucket/d.json.gz", () -> {
          throw new IllegalStateException(new java.net.SocketTimeoutException("Read timed out"));
        }),
        CloudTrailSource.of("s3://bucket/e.json.gz", () -> {
          throw new IllegalStateException();
        }));
    assertThat(events(reader.read(sources))).isEmpty();
    // the problem's source names the file; the message names another file only when it is about another one
    assertThat(problems).extracting(p -> p.source() + " " + p.message()).containsExactly(
        "/logs/a.json.gz cannot open: Input/output error",
        "/logs/b.json.gz cannot open: Stale file handle: /mnt/other/b.json.gz",
        "s3://bucket/c.json.gz cannot open: Connection reset",
        "s3://bucket/d.json.gz cannot open: Read timed out",
        "s3://bucket/e.json.gz cannot open: no reason given");
    assertThat(problems).allSatisfy(p -> assertThat(p.cause()).isPresent());
  }

  @Test
  void aFailFastReaderStopsAtASourceThatCannotBeOpened() {
    Stream<CloudTrailSource> sources = Stream.of(CloudTrailSource.of("s3://bucket/gone.json.gz", () -> {
      throw new IOException("404 Not Found");
    }));
    assertThatThrownBy(() -> events(CloudTrailReader.defaults().read(sources)))
        .isInstanceOf(CloudTrailParseException.class).hasMessageContaining("s3://bucket/gone.json.gz");
  }

  @Test
  void sourcesAreOpenedLazilyAndTheirStreamIsClosedWithTheEvents() {
    AtomicInteger opened = new AtomicInteger();
    AtomicBoolean closed = new AtomicBoolean();
    byte[] one = "{\"Records\":[{\"eventID\":\"a\"}]}".getBytes(StandardCharsets.UTF_8);
    Stream<CloudTrailSource> sources = Stream.iterate(0, i -> i + 1)
        .map(i -> CloudTrailSource.of("s" + i + ".json", () -> {
          opened.incrementAndGet();
          return new java.io.ByteArrayInputStream(one);
        }))
        .onClose(() -> closed.set(true));
    try (Stream<CloudTrailEvent> events = CloudTrailReader.defaults().read(sources)) {
      assertThat(events.limit(3).count()).isEqualTo(3);
    }
    assertThat(opened).hasValue(3);
    assertThat(closed).isTrue();
  }
}
