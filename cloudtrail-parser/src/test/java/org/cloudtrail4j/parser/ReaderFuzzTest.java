package org.cloudtrail4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Coverage-guided fuzzing of the reader with Jazzer. In {@code mvn verify} each target replays its seeds and saved
 * findings from {@code src/test/resources/org/cloudtrail4j/parser/ReaderFuzzTestInputs/<target>/} (seeded from the
 * corpus); {@code scripts/fuzz.sh MINUTES} fuzzes for real, and every crash it finds is saved there.
 *
 * <p>Each target checks the contract on whatever bytes it is given: the reader never throws with a problem handler,
 * and only {@link CloudTrailParseException} without one; every problem names the source and a position inside the
 * input; record indices are 0, 1, 2... across events and record problems, none lost or repeated; and every input
 * mode (bytes, a stream, a stream that returns one byte at a time, gzip) gives the same events and problems.
 */
@ExtendWith(JazzerSupport.class)
class ReaderFuzzTest {
  @FuzzTest
  void plain(byte[] data) {
    Outcome bytes = Outcome.read(CloudTrailReader.builder(), r -> r.read(data, "fuzz"));
    bytes.checkInvariants(data.length);
    Outcome stream = Outcome.read(CloudTrailReader.builder(),
        r -> r.read(new ByteArrayInputStream(data), "fuzz"));
    assertThat(stream.describe()).isEqualTo(bytes.describe());
    Outcome trickle = Outcome.read(CloudTrailReader.builder(),
        r -> r.read(new OneByteAtATime(data), "fuzz"));
    assertThat(trickle.describe()).isEqualTo(bytes.describe());
    Outcome.failFastAgrees(bytes, data);
  }

  /** Plain bytes gzipped: the gzip path must give exactly what the plain path gives. */
  @FuzzTest
  void gzipped(byte[] data) {
    if (data.length >= 2 && (data[0] & 0xff) == 0x1f && (data[1] & 0xff) == 0x8b) {
      return; // gzip inside gzip is decompressed once only: not comparable with the plain read
    }
    Outcome plain = Outcome.read(CloudTrailReader.builder(), r -> r.read(new ByteArrayInputStream(data), "fuzz"));
    byte[] gz = HostileRecords.gzip(data);
    Outcome gzipped = Outcome.read(CloudTrailReader.builder(), r -> r.read(new ByteArrayInputStream(gz), "fuzz"));
    assertThat(gzipped.describe()).isEqualTo(plain.describe());
  }

  /** Raw (possibly corrupt) gzip bytes, seeded with compressed corpus files: never a crash, never a hang. */
  @FuzzTest
  void compressed(byte[] data) {
    Outcome bytes = Outcome.read(CloudTrailReader.builder(), r -> r.read(data, "fuzz"));
    bytes.checkInvariants(Long.MAX_VALUE);
    Outcome trickle = Outcome.read(CloudTrailReader.builder(), r -> r.read(new OneByteAtATime(data), "fuzz"));
    assertThat(trickle.describe()).isEqualTo(bytes.describe());
  }

  /** Small limits, so that every limit is hit often: the same invariants hold. */
  @FuzzTest
  void smallLimits(byte[] data) {
    ReadLimits small = ReadLimits.defaults().withMaxRecordBytes(512).withMaxNestingDepth(4).withMaxStringBytes(16)
        .withMaxNumberLength(8);
    Outcome stream = Outcome.read(CloudTrailReader.builder().limits(small),
        r -> r.read(new ByteArrayInputStream(data), "fuzz"));
    stream.checkInvariants(Long.MAX_VALUE);
    Outcome bytes = Outcome.read(CloudTrailReader.builder().limits(small), r -> r.read(data, "fuzz"));
    bytes.checkInvariants(data.length);
  }

  /** What a read delivered: events and problems in stream order. */
  static final class Outcome {
    final List<Object> items = new ArrayList<>();

    static Outcome read(CloudTrailReader.Builder builder,
        java.util.function.Function<CloudTrailReader, Stream<CloudTrailEvent>> open) {
      Outcome o = new Outcome();
      CloudTrailReader reader = builder.onProblem(o.items::add).build();
      try (Stream<CloudTrailEvent> events = open.apply(reader)) {
        events.forEach(o.items::add);
      }
      return o;
    }

    /** The items as comparable text: an event's origin and raw bytes, a problem's every field. */
    List<String> describe() {
      List<String> out = new ArrayList<>();
      for (Object item : items) {
        if (item instanceof CloudTrailEvent) {
          CloudTrailEvent e = (CloudTrailEvent) item;
          out.add("event " + e.origin().orElseThrow().byteOffset() + " " + e.origin().get().recordIndex() + " "
              + text(e.rawJson().raw()));
        } else {
          CloudTrailProblem p = (CloudTrailProblem) item;
          out.add("problem " + p + " raw=" + p.rawRecord().map(r -> text(r.raw())).orElse("-"));
        }
      }
      return out;
    }

    private static String text(byte[] raw) {
      return new String(raw, StandardCharsets.ISO_8859_1);
    }

    void checkInvariants(long maxOffset) {
      long nextIndex = 0;
      for (Object item : items) {
        long index;
        if (item instanceof CloudTrailEvent) {
          CloudTrailEvent e = (CloudTrailEvent) item;
          assertThat(e.origin()).isPresent();
          assertThat(e.origin().get().source()).isEqualTo("fuzz");
          assertThat(e.origin().get().byteOffset()).isBetween(0L, maxOffset);
          index = e.origin().get().recordIndex();
        } else {
          CloudTrailProblem p = (CloudTrailProblem) item;
          assertThat(p.source()).isEqualTo("fuzz");
          assertThat(p.byteOffset()).isBetween(-1L, maxOffset);
          assertThat(p.jsonPath()).startsWith("$");
          assertThat(p.message()).isNotBlank();
          assertThat(p.toString()).isNotBlank();
          index = p.recordIndex();
        }
        if (index >= 0) {
          assertThat(index).as("record indices count up from 0, none lost or repeated").isEqualTo(nextIndex);
          nextIndex++;
        }
      }
    }

    /** Fail-fast delivers the same events up to the first problem, then throws exactly that problem. */
    static void failFastAgrees(Outcome lenient, byte[] data) {
      List<Object> seen = new ArrayList<>();
      CloudTrailParseException thrown = null;
      try (Stream<CloudTrailEvent> events = CloudTrailReader.builder().build().read(data, "fuzz")) {
        events.forEach(seen::add);
      } catch (CloudTrailParseException e) {
        thrown = e;
      }
      int firstProblem = 0;
      while (firstProblem < lenient.items.size() && lenient.items.get(firstProblem) instanceof CloudTrailEvent) {
        firstProblem++;
      }
      Outcome failFast = new Outcome();
      failFast.items.addAll(seen);
      Outcome expected = new Outcome();
      expected.items.addAll(lenient.items.subList(0, firstProblem));
      assertThat(failFast.describe()).isEqualTo(expected.describe());
      if (firstProblem < lenient.items.size()) {
        assertThat(thrown).isNotNull();
        assertThat(thrown.problem().toString()).isEqualTo(lenient.items.get(firstProblem).toString());
      } else {
        assertThat(thrown).isNull();
      }
    }
  }

  /** A stream that returns one byte per read, as a slow network would: refills at every possible boundary. */
  static final class OneByteAtATime extends InputStream {
    private final byte[] data;
    private int pos;

    OneByteAtATime(byte[] data) {
      this.data = data;
    }

    @Override
    public int read() {
      return pos < data.length ? data[pos++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      int c = read();
      if (c < 0) {
        return -1;
      }
      b[off] = (byte) c;
      return 1;
    }
  }
}
