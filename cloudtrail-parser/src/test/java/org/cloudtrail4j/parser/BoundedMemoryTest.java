package org.cloudtrail4j.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.cloudtrail4j.parser.HostileRecords.record;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader holds a bounded window, whatever the input's size: this class runs in its own Surefire execution, in a
 * JVM with a 64 MB heap ({@code -Xmx64m}, see {@code cloudtrail-parser/pom.xml}), over inputs generated while they
 * are read: a 2 GiB delivery file, a record larger than the heap, and a directory of 10,000 files. Each test prints
 * the most heap that was still in use after a garbage collection (the live set), measured from the collector's
 * notifications, and writes it to {@code target/bounded-memory.txt}.
 */
class BoundedMemoryTest {
  private static final long HEAP_LIMIT = 64L << 20;

  @BeforeAll
  static void runsInASmallHeap() {
    // Xmx64m (the JVM may round up to its region size); elsewhere, e.g. run by name in the default execution, the
    // tests would prove nothing, so they are skipped there
    assumeThat(Runtime.getRuntime().maxMemory()).as("run by the small-heap execution").isLessThanOrEqualTo(
        HEAP_LIMIT + (8 << 20));
  }

  @Test
  void aTwoGigabyteDeliveryFileStreamsThroughASmallHeap() {
    String r = record("generated");
    long records = (2L << 30) / (r.length() + 1) + 1;
    GeneratedInput in = HostileRecords.generatedDelivery(records);
    assertThat(in.length()).isGreaterThanOrEqualTo(2L << 30);
    long[] seen = new long[2];
    long peak = liveHeapPeakDuring("2 GiB delivery file, " + records + " records", () -> {
      try (Stream<CloudTrailEvent> events = CloudTrailReader.defaults().read(in, "two-gigabytes.json")) {
        events.forEach(e -> {
          seen[0]++;
          seen[1] += e.eventName().map(String::length).orElse(0);
        });
      }
    });
    assertThat(seen[0]).isEqualTo(records);
    assertThat(seen[1]).isEqualTo(records * "RunInstances".length());
    assertThat(in.produced()).isEqualTo(in.length());
    assertThat(peak).isLessThan(HEAP_LIMIT);
  }

  @Test
  void aLargeGzipFileStreamsThroughASmallHeapWhileInflatedAhead() {
    // gzip is inflated on another thread into windows ahead of the parser: they must be bounded too. 512 MiB of
    // JSON (8 times the heap), compressed as it is read
    String r = record("generated");
    long records = (512L << 20) / (r.length() + 1) + 1;
    GeneratedInput json = HostileRecords.generatedDelivery(records);
    long[] seen = new long[1];
    long peak = liveHeapPeakDuring("512 MiB .json.gz, " + records + " records", () -> {
      try (Stream<CloudTrailEvent> events = CloudTrailReader.defaults().read(GzipWhileRead.of(json),
          "half-a-gigabyte.json.gz")) {
        events.forEach(e -> seen[0]++);
      }
    });
    assertThat(seen[0]).isEqualTo(records);
    assertThat(json.produced()).isEqualTo(json.length());
    assertThat(peak).isLessThan(HEAP_LIMIT);
  }

  /** A gzip stream (RFC 1952) of another stream, compressed as it is read: nothing is held but the deflater's state. */
  private static final class GzipWhileRead {
    static java.io.InputStream of(java.io.InputStream in) {
      java.util.zip.CRC32 crc = new java.util.zip.CRC32();
      java.io.InputStream checked = new java.util.zip.CheckedInputStream(in, crc);
      java.util.zip.Deflater deflater = new java.util.zip.Deflater(1, true);
      long[] size = new long[1];
      java.io.InputStream counted = new java.io.FilterInputStream(checked) {
        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          int n = super.read(b, off, len);
          if (n > 0) {
            size[0] += n;
          }
          return n;
        }
      };
      byte[] header = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};
      java.io.InputStream trailer = new java.io.InputStream() {
        private byte[] bytes;
        private int pos;

        @Override
        public int read() {
          if (bytes == null) {
            long c = crc.getValue();
            long n = size[0];
            bytes = new byte[] {(byte) c, (byte) (c >> 8), (byte) (c >> 16), (byte) (c >> 24), (byte) n,
                (byte) (n >> 8), (byte) (n >> 16), (byte) (n >> 24)};
          }
          return pos < bytes.length ? bytes[pos++] & 0xff : -1;
        }
      };
      return new java.io.SequenceInputStream(java.util.Collections.enumeration(List.of(
          new java.io.ByteArrayInputStream(header), new java.util.zip.DeflaterInputStream(counted, deflater, 65536),
          trailer)));
    }
  }

  @Test
  void aParallelStreamDoesNotBufferTheSource() {
    // the review's probe: a stream that reads in a small heap sequentially must do so after .parallel() too;
    // a spliterator that splits by copying batches of events (1,024, 2,048, ...) holds them all at once
    long records = 300_000;
    GeneratedInput in = HostileRecords.generatedDelivery(records);
    java.util.concurrent.atomic.LongAdder seen = new java.util.concurrent.atomic.LongAdder();
    long peak = liveHeapPeakDuring(".parallel() over " + records + " records", () -> {
      try (Stream<CloudTrailEvent> events = CloudTrailReader.defaults().read(in, "parallel.json")) {
        events.parallel().forEach(e -> {
          long until = System.nanoTime() + 2_000; // a little work per event, so that splitting races ahead
          while (System.nanoTime() < until) {
            Thread.onSpinWait();
          }
          seen.increment();
        });
      }
    });
    assertThat(seen.sum()).isEqualTo(records);
    assertThat(in.produced()).isEqualTo(in.length());
    assertThat(peak).isLessThan(HEAP_LIMIT);
  }

  @Test
  void aRecordLargerThanTheHeapIsSkippedWithoutBufferingIt() {
    GeneratedInput in = GeneratedInput.of("{\"Records\":[" + record(0) + ",{\"eventID\":\"huge\",\"errorMessage\":\"")
        .repeat("0123456789abcdef".repeat(4096), 1600).then("\"}," + record(2) + "]}");
    assertThat(in.length()).isGreaterThan(100_000_000);
    List<String> outcome = new ArrayList<>();
    long peak = liveHeapPeakDuring("a 100 MB record", () -> outcome.addAll(Outcomes.read(in, ReadLimits.defaults())));
    assertThat(outcome).containsExactly(Outcomes.event("id-0"),
        Outcomes.problem(ProblemKind.LIMIT_EXCEEDED, 12 + record(0).length() + 1, 1, "$.Records[1]"),
        Outcomes.event("id-2"));
    assertThat(peak).isLessThan(HEAP_LIMIT);
  }

  @Test
  void aDirectoryOfTenThousandFilesIsReadInASmallHeap(@TempDir Path root) throws IOException {
    Path day = Files.createDirectories(root.resolve("AWSLogs/111122223333/CloudTrail/eu-west-1/2024/03/01"));
    byte[] file = HostileRecords.gzip(HostileRecords.utf8(HostileRecords.delivery(2)));
    for (int i = 0; i < 10_000; i++) {
      Files.write(day.resolve(String.format("111122223333_CloudTrail_eu-west-1_20240301T%04dZ_x.json.gz", i)), file);
    }
    for (int threads : new int[] {1, 4}) {
      long[] count = new long[1];
      long peak = liveHeapPeakDuring("10,000 files, " + threads + " thread(s)", () -> {
        try (Stream<CloudTrailEvent> events = CloudTrailReader.builder().parallelism(threads).ordered(threads == 1)
            .build().read(root)) {
          events.forEach(e -> count[0]++);
        }
      });
      assertThat(count[0]).isEqualTo(20_000);
      assertThat(peak).isLessThan(HEAP_LIMIT);
    }
  }

  /** Runs {@code work} and returns the largest heap in use right after a collection while it ran. */
  private static long liveHeapPeakDuring(String what, Runnable work) {
    System.gc();
    // the notification covers every pool on newer JDKs (metaspace, code cache): count the heap's only
    Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    AtomicLong peak = new AtomicLong();
    AtomicLong collections = new AtomicLong();
    NotificationListener listener = (n, handback) -> {
      if (n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
            (CompositeData) n.getUserData());
        long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
            .filter(pool -> heapPools.contains(pool.getKey())).mapToLong(pool -> pool.getValue().getUsed()).sum();
        peak.accumulateAndGet(used, Math::max);
        collections.incrementAndGet();
      }
    };
    List<NotificationEmitter> emitters = new ArrayList<>();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      NotificationEmitter emitter = (NotificationEmitter) gc;
      emitter.addNotificationListener(listener, null, null);
      emitters.add(emitter);
    }
    long start = System.nanoTime();
    try {
      work.run();
    } finally {
      for (NotificationEmitter emitter : emitters) {
        try {
          emitter.removeNotificationListener(listener);
        } catch (ListenerNotFoundException e) {
          // already gone
        }
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    String line = String.format("%s: peak live heap after GC %.1f MB (max heap %d MB, %d collections, %d ms)",
        what, peak.get() / 1e6, Runtime.getRuntime().maxMemory() >> 20, collections.get(), millis);
    System.out.println(line);
    try {
      Files.writeString(Path.of("target/bounded-memory.txt"), line + System.lineSeparator(),
          java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return peak.get();
  }
}
