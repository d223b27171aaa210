package org.cloudtrail4j.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.spi.CloudTrailMappers;
import org.cloudtrail4j.parser.CloudTrailParseException;
import org.cloudtrail4j.parser.CloudTrailProblem;
import org.cloudtrail4j.parser.CloudTrailReader;
import org.cloudtrail4j.parser.CloudTrailSource;
import org.cloudtrail4j.parser.ProblemKind;
import org.cloudtrail4j.parser.ReadLimits;
import org.cloudtrail4j.parser.ReadListener;
import org.cloudtrail4j.parser.SourceSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A source whose stream fails unchecked in the middle of a read (an S3 body's {@code SdkClientException}, a user's
 * stream) is an I/O error of that source, as a failure to open it is: an {@code IO_ERROR} problem naming the source,
 * the offset and the cause, under the error policy, after the records read before it; the other sources are read.
 * Over plain and gzip sources, one thread (a gzip source then inflates ahead on another thread when there is a
 * second processor; the last tests force both ways) and three.
 */
class MidReadFailureTest {
  private static final int RECORDS = 4000;
  private static final long SEED = 16;

  /** A delivery object of {@link #RECORDS} records with random ids, and where each record ends. */
  static final class Log {
    final byte[] json;
    final byte[] gzip;
    final long[] recordEnds = new long[RECORDS];

    Log() {
      Random random = new Random(SEED);
      StringBuilder s = new StringBuilder("{\"Records\":[");
      for (int i = 0; i < RECORDS; i++) {
        if (i > 0) {
          s.append(',');
        }
        s.append("{\"eventVersion\":\"1.08\",\"eventID\":\"").append(id(i)).append("\",\"eventTime\":\"")
            .append("2024-03-01T12:00:00Z\",\"eventSource\":\"s3.amazonaws.com\",\"eventName\":\"GetObject\",")
            .append("\"awsRegion\":\"us-east-1\",\"requestID\":\"").append(Long.toHexString(random.nextLong()))
            .append(Long.toHexString(random.nextLong())).append("\",\"sourceIPAddress\":\"10.")
            .append(random.nextInt(256)).append('.').append(random.nextInt(256)).append('.')
            .append(random.nextInt(256)).append("\"}");
        recordEnds[i] = s.length(); // ASCII: characters are bytes
      }
      json = s.append("]}").toString().getBytes(StandardCharsets.US_ASCII);
      gzip = gzip(json);
    }

    static String id(int i) {
      return "e-" + i;
    }

    private static byte[] gzip(byte[] json) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
        gz.write(json);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out.toByteArray();
    }

    /** How many records lie wholly in the first {@code bytes} bytes. */
    int recordsWithin(long bytes) {
      int n = 0;
      while (n < RECORDS && recordEnds[n] <= bytes) {
        n++;
      }
      return n;
    }
  }

  static final Log LOG = new Log();
  static final byte[] GOOD = "{\"Records\":[{\"eventID\":\"good\"}]}".getBytes(StandardCharsets.UTF_8);

  /** Serves {@code bytes} and throws {@code failure} once {@code failAt} of them have been served. */
  static InputStream failingAfter(byte[] bytes, int failAt, Supplier<? extends Throwable> failure) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        if (pos >= failAt) {
          Throwable t = failure.get();
          if (t instanceof Error) {
            throw (Error) t;
          }
          throw (RuntimeException) t;
        }
        return super.read(b, off, Math.min(len, failAt - pos));
      }
    };
  }

  static Stream<Arguments> modes() {
    return Stream.of(Arguments.of(false, 1), Arguments.of(true, 1), Arguments.of(false, 3), Arguments.of(true, 3));
  }

  /** The failing source's bytes: it fails halfway through them. */
  private static byte[] bytes(boolean gzip) {
    return gzip ? LOG.gzip : LOG.json;
  }

  private static Stream<CloudTrailSource> sources(boolean gzip, RuntimeException failure) {
    byte[] bytes = bytes(gzip);
    return Stream.of(CloudTrailSource.of("s3://bucket/before.json", GOOD),
        CloudTrailSource.of(gzip ? "s3://bucket/breaks.json.gz" : "s3://bucket/breaks.json",
            () -> failingAfter(bytes, bytes.length / 2, () -> failure)),
        CloudTrailSource.of("s3://bucket/after.json", GOOD));
  }

  private static String id(CloudTrailEvent e) {
    return e.eventID().orElseThrow();
  }

  @ParameterizedTest(name = "gzip={0} threads={1}")
  @MethodSource("modes")
  void aLenientReaderReportsTheFailureNamingTheSourceAndReadsTheOtherSources(boolean gzip, int threads) {
    RuntimeException failure = new IllegalStateException("Unable to execute HTTP request: Connection reset");
    List<CloudTrailProblem> problems = new ArrayList<>();
    List<SourceSummary> finished = new ArrayList<>();
    CloudTrailReader reader = CloudTrailReader.builder().parallelism(threads).onProblem(problems::add)
        .listener(new ReadListener() {
          @Override
          public void sourceFinished(SourceSummary summary) {
            finished.add(summary);
          }
        }).build();
    List<String> ids;
    try (Stream<CloudTrailEvent> events = reader.read(sources(gzip, failure))) {
      ids = events.map(MidReadFailureTest::id).collect(Collectors.toList());
    }

    assertThat(problems).hasSize(1);
    CloudTrailProblem p = problems.get(0);
    String name = gzip ? "s3://bucket/breaks.json.gz" : "s3://bucket/breaks.json";
    assertThat(p.kind()).isEqualTo(ProblemKind.IO_ERROR);
    assertThat(p.source()).isEqualTo(name);
    assertThat(p.cause()).containsSame(failure);
    assertThat(p.message()).contains("Connection reset");
    assertThat(p.isRecordProblem()).isFalse(); // the rest of the source is lost, not one record
    if (!gzip) {
      assertThat(p.byteOffset()).isEqualTo(LOG.json.length / 2);
    }
    assertThat(p.byteOffset()).isPositive().isLessThan(LOG.json.length);
    // every record wholly read before the failure is delivered, in order, and named in the message
    int delivered = LOG.recordsWithin(p.byteOffset());
    assertThat(delivered).isPositive();
    List<String> expected = new ArrayList<>(List.of("good"));
    for (int i = 0; i < delivered; i++) {
      expected.add(Log.id(i));
    }
    expected.add("good");
    assertThat(ids).containsExactlyElementsOf(expected);
    // the failure in its own words, not its class name
    assertThat(p.message())
        .isEqualTo("cannot read after record " + (delivered - 1) + ": Unable to execute HTTP request: Connection reset");
    assertThat(finished).extracting(SourceSummary::source)
        .containsExactly("s3://bucket/before.json", name, "s3://bucket/after.json");
    assertThat(finished.get(1).records()).isEqualTo(delivered);
    assertThat(finished.get(1).problems()).isEqualTo(1);
  }

  @ParameterizedTest(name = "gzip={0} threads={1}")
  @MethodSource("modes")
  void aFailFastReaderThrowsTheFailureAsAParseExceptionAfterTheRecordsBeforeIt(boolean gzip, int threads) {
    RuntimeException failure = new UncheckedIOException(new IOException("Connection reset"));
    CloudTrailReader reader = CloudTrailReader.builder().parallelism(threads).build();
    List<String> ids = new ArrayList<>();
    try (Stream<CloudTrailEvent> events = reader.read(sources(gzip, failure))) {
      assertThatThrownBy(() -> events.forEach(e -> ids.add(id(e))))
          .isInstanceOfSatisfying(CloudTrailParseException.class, e -> {
            assertThat(e.problem().kind()).isEqualTo(ProblemKind.IO_ERROR);
            assertThat(e.problem().source()).endsWith("/breaks.json" + (gzip ? ".gz" : ""));
            assertThat(e.getCause()).isSameAs(failure);
            assertThat(e).hasMessageContaining("breaks.json");
          });
    }
    // the records before the failure were delivered; nothing after it
    assertThat(ids.get(0)).isEqualTo("good");
    assertThat(ids.subList(1, ids.size())).isNotEmpty().allMatch(id -> id.startsWith("e-"));
    assertThat(ids.get(ids.size() - 1)).isEqualTo(Log.id(ids.size() - 2));
  }

  @ParameterizedTest(name = "gzip={0} threads={1}")
  @MethodSource("modes")
  void anErrorOfTheSourceIsNotWrapped(boolean gzip, int threads) {
    byte[] bytes = bytes(gzip);
    CloudTrailReader reader = CloudTrailReader.builder().parallelism(threads).onProblem(p -> { }).build();
    Stream<CloudTrailSource> sources = Stream.of(CloudTrailSource.of("breaks.json" + (gzip ? ".gz" : ""),
        () -> failingAfter(bytes, bytes.length / 2, () -> new StackOverflowError("deep"))));
    try (Stream<CloudTrailEvent> events = reader.read(sources)) {
      assertThatThrownBy(events::count).isInstanceOf(StackOverflowError.class).hasMessage("deep");
    }
  }

  @Test
  void aStreamThatFailsBeforeItsFirstByteIsAProblemOfThatStream() {
    RuntimeException failure = new IllegalStateException("Unable to execute HTTP request");
    List<CloudTrailProblem> problems = new ArrayList<>();
    CloudTrailReader reader = CloudTrailReader.builder().onProblem(problems::add).build();
    try (Stream<CloudTrailEvent> events = reader.read(failingAfter(LOG.json, 0, () -> failure), "stdin")) {
      assertThat(events.count()).isZero();
    }
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(ProblemKind.IO_ERROR);
      assertThat(p.source()).isEqualTo("stdin");
      assertThat(p.byteOffset()).isZero();
      assertThat(p.cause()).containsSame(failure);
      assertThat(p.message()).isEqualTo("cannot read: Unable to execute HTTP request");
    });
  }

  /** The items of one gzip source read by an {@link EntryReader} that inflates ahead, or not, whatever the machine. */
  private static List<Object> readGzip(boolean readAhead, Supplier<? extends Throwable> failure, List<String> threads) {
    byte[] gz = LOG.gzip;
    ReaderConfig config = new ReaderConfig(null, p -> { }, null, 1, true, ReadLimits.defaults(),
        CloudTrailMappers.none(), false, Duration.ofDays(1));
    CloudTrailSource source = CloudTrailSource.of("breaks.json.gz", () -> failingAfter(gz, gz.length / 2, () -> {
      threads.add(Thread.currentThread().getName());
      return failure.get();
    }));
    List<Object> items = new ArrayList<>();
    try (EntryReader reader = new EntryReader(SourceEntry.of(source), config, config.newDecoder(new StringCache()),
        true, readAhead)) {
      for (Object item = reader.next(); item != null; item = reader.next()) {
        items.add(item);
      }
    }
    return items;
  }

  @ParameterizedTest(name = "readAhead={0}")
  @ValueSource(booleans = {true, false})
  void anUncheckedFailureOfAGzipSourceIsItsIoErrorWhetherInflatedAheadOrNot(boolean readAhead) {
    RuntimeException failure = new IllegalStateException("Connection reset");
    List<String> threads = Collections.synchronizedList(new ArrayList<>());
    List<Object> items = readGzip(readAhead, () -> failure, threads);
    // the failing read ran where this test says it did: on the read-ahead thread, or on this one
    assertThat(threads).singleElement().satisfies(t -> {
      if (readAhead) {
        assertThat(t).startsWith("cloudtrail4j-read-ahead-");
      } else {
        assertThat(t).isEqualTo(Thread.currentThread().getName());
      }
    });
    List<CloudTrailProblem> problems = items.stream().filter(CloudTrailProblem.class::isInstance)
        .map(CloudTrailProblem.class::cast).collect(Collectors.toList());
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(ProblemKind.IO_ERROR);
      assertThat(p.source()).isEqualTo("breaks.json.gz");
      assertThat(p.cause()).containsSame(failure);
    });
    long events = items.stream().filter(CloudTrailEvent.class::isInstance).count();
    assertThat(events).isPositive().isEqualTo(LOG.recordsWithin(problems.get(0).byteOffset()));
  }

  @ParameterizedTest(name = "readAhead={0}")
  @ValueSource(booleans = {true, false})
  void anErrorOfAGzipSourceIsNotWrappedWhetherInflatedAheadOrNot(boolean readAhead) {
    assertThatThrownBy(() -> readGzip(readAhead, () -> new OutOfMemoryError("test"), new ArrayList<>()))
        .isInstanceOf(OutOfMemoryError.class).hasMessage("test");
  }
}
