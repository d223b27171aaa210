package org.cloudtrail4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every input mode gives the same events and problems, as jackson-core's tests run each behaviour over byte arrays,
 * streams, one-byte-at-a-time streams and compressed input. The large case crosses the reader's buffer boundaries
 * at many points inside records.
 */
class InputModesTest {
  enum Mode {
    BYTES(b -> null),
    STREAM(ByteArrayInputStream::new),
    ONE_BYTE_AT_A_TIME(b -> new Throttled(new ByteArrayInputStream(b), 1)),
    GZIP(b -> new ByteArrayInputStream(gzip(b))),
    THROTTLED_GZIP(b -> new Throttled(new ByteArrayInputStream(gzip(b)), 7)),
    CONCATENATED_GZIP_MEMBERS(b -> new ByteArrayInputStream(gzipInTwoMembers(b)));

    final Function<byte[], InputStream> open;

    Mode(Function<byte[], InputStream> open) {
      this.open = open;
    }
  }

  /** A delivery file of about 6 MB: the corpus's largest file's records, many times over. */
  static byte[] largeDelivery() throws IOException {
    String records = new String(Files.readAllBytes(
        CorpusTest.CORPUS.resolve("panther-labs__panther-analysis/rule-tests.json")), StandardCharsets.UTF_8);
    String inner = records.substring(records.indexOf('[') + 1, records.lastIndexOf(']'));
    StringBuilder s = new StringBuilder("{\"Records\":[");
    for (int i = 0; i < 10; i++) {
      s.append(i == 0 ? "" : ",").append(inner);
    }
    return s.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void everyModeReadsTheSameEventsAndProblemsAcrossBufferBoundaries(Mode mode) throws IOException {
    byte[] json = largeDelivery();
    List<String> expected = read(json, Mode.BYTES);
    assertThat(expected).hasSize(4750);
    assertThat(read(json, mode)).isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void everyModeReadsNewlineDelimitedRecords(Mode mode) throws IOException {
    byte[] json = Files.readAllBytes(
        CorpusTest.CORPUS.resolve("SnellerInc__sneller/envelopes/testdata-cloudtrail.first-3-lines.ndjson"));
    List<String> expected = read(json, Mode.BYTES);
    assertThat(expected).hasSize(3);
    assertThat(read(json, mode)).isEqualTo(expected);
  }

  /** Each event or problem as one line: index, offset, and the raw bytes or the problem. */
  private static List<String> read(byte[] json, Mode mode) {
    List<String> out = new ArrayList<>();
    CloudTrailReader reader = CloudTrailReader.builder()
        .onProblem(p -> out.add(p.recordIndex() + " " + p.byteOffset() + " " + p.kind() + " " + p.jsonPath()))
        .build();
    try (Stream<CloudTrailEvent> events = mode == Mode.BYTES
        ? reader.read(json, "input") : reader.read(mode.open.apply(json), "input")) {
      events.forEach(e -> out.add(e.origin().orElseThrow().recordIndex() + " " + e.origin().get().byteOffset() + " "
          + e.rawJson().toJson().hashCode() + " " + e.eventID().orElse("-")));
    }
    return out.stream().sorted().collect(Collectors.toList());
  }

  static byte[] gzip(byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] gzipInTwoMembers(byte[] b) {
    int half = b.length / 2;
    byte[] first = gzip(java.util.Arrays.copyOfRange(b, 0, half));
    byte[] second = gzip(java.util.Arrays.copyOfRange(b, half, b.length));
    byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }

  /** Returns at most {@code max} bytes per read, as a slow network stream does. */
  static final class Throttled extends FilterInputStream {
    private final int max;

    Throttled(InputStream in, int max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return super.read(b, off, Math.min(len, max));
    }
  }
}
