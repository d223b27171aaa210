package org.cloudtrail4j.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.parser.CloudTrailReader;
import org.cloudtrail4j.parser.EventFilter;
import org.cloudtrail4j.parser.ReadListener;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A one-day, one-region query over a generated multi-month, multi-region trail on disk: the same filter read with
 * key-layout pruning ({@code pruned}: built-in filters, whose scope the walker uses) and without ({@code fullScan}:
 * the same test as a lambda, which the reader cannot inspect, so every file is opened). Both return the same records.
 *
 * <p>The trail: 2 accounts, 4 regions, 90 days (2024-01-01 to 2024-03-30), 24 files a day (one an hour), 20 records
 * a file: 17,280 files, 345,600 records. The query: account 111122223333, eu-west-1, 2024-02-15.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PruningBenchmark {
  static final List<String> ACCOUNTS = List.of("111122223333", "444455556666");
  static final List<String> REGIONS = List.of("ap-south-1", "eu-west-1", "us-east-1", "us-west-2");
  static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
  static final int DAYS = 90;
  static final int FILES_PER_DAY = 24;
  static final int RECORDS_PER_FILE = 20;
  static final Instant FROM = Instant.parse("2024-02-15T00:00:00Z");
  static final Instant UNTIL = Instant.parse("2024-02-16T00:00:00Z");

  private Path root;
  private CloudTrailReader pruned;
  private CloudTrailReader fullScan;
  private final java.util.concurrent.atomic.AtomicLong opened = new java.util.concurrent.atomic.AtomicLong();

  /** What one read did. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Opened {
    /** Files opened. */
    public long files;
    /** Records returned. */
    public long records;
  }

  /** Writes the trail to a temporary directory. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    root = Files.createTempDirectory("pruning-bench");
    write(root);
    EventFilter query = EventFilter.recipientAccountId("111122223333").and(EventFilter.awsRegion("eu-west-1"))
        .and(EventFilter.eventTimeBetween(FROM, UNTIL));
    ReadListener counting = new ReadListener() {
      @Override
      public void sourceStarted(String source) {
        opened.incrementAndGet();
      }
    };
    pruned = CloudTrailReader.builder().filter(query).listener(counting).build();
    fullScan = CloudTrailReader.builder().filter(EventFilter.of(query::test)).listener(counting).build();
  }

  /** Deletes the trail. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** The query with pruning. */
  @Benchmark
  public long pruned(Opened opened) {
    return read(pruned, opened);
  }

  /** The same query, every file opened. */
  @Benchmark
  public long fullScan(Opened opened) {
    return read(fullScan, opened);
  }

  private long read(CloudTrailReader reader, Opened opened) {
    long before = this.opened.get();
    long n;
    try (Stream<CloudTrailEvent> events = reader.read(root)) {
      n = events.count();
    }
    opened.records += n;
    opened.files += this.opened.get() - before;
    return n;
  }

  /** Writes the trail under {@code root}/AWSLogs; returns the number of files. */
  static int write(Path root) throws IOException {
    DateTimeFormatter name = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'").withZone(ZoneOffset.UTC);
    DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    int files = 0;
    for (String account : ACCOUNTS) {
      for (String region : REGIONS) {
        for (int d = 0; d < DAYS; d++) {
          LocalDate date = FIRST.plusDays(d);
          Path dir = Files.createDirectories(root.resolve("AWSLogs").resolve(account).resolve("CloudTrail")
              .resolve(region).resolve(day.format(date)));
          for (int h = 0; h < FILES_PER_DAY; h++) {
            Instant delivered = date.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(h * 3600L + 300);
            StringBuilder json = new StringBuilder("{\"Records\":[");
            for (int r = 0; r < RECORDS_PER_FILE; r++) {
              // records of the 15 minutes before delivery: the first file of a day holds some of the day before
              Instant t = delivered.minusSeconds(900 - r * 40L);
              json.append(r == 0 ? "" : ",").append("{\"eventVersion\":\"1.08\",\"userIdentity\":{\"type\":"
                  + "\"AssumedRole\",\"arn\":\"arn:aws:sts::").append(account).append(":assumed-role/Admin/alice\"},"
                  + "\"eventTime\":\"").append(t).append("\",\"eventSource\":\"ec2.amazonaws.com\",\"eventName\":"
                  + "\"DescribeInstances\",\"awsRegion\":\"").append(region).append("\",\"sourceIPAddress\":"
                  + "\"203.0.113.7\",\"userAgent\":\"aws-cli/2.15.0\",\"requestParameters\":{\"maxResults\":"
                  + "1000},\"responseElements\":null,\"eventID\":\"").append(account).append('-').append(region)
                  .append('-').append(d).append('-').append(h).append('-').append(r).append("\",\"readOnly\":true,"
                  + "\"eventType\":\"AwsApiCall\",\"managementEvent\":true,\"recipientAccountId\":\"")
                  .append(account).append("\"}");
            }
            json.append("]}");
            String file = account + "_CloudTrail_" + region + "_" + name.format(delivered) + "_b" + d + "h" + h
                + ".json.gz";
            Files.write(dir.resolve(file), gzip(json.toString()));
            files++;
          }
        }
      }
    }
    return files;
  }

  private static byte[] gzip(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(s.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
