package org.cloudtrail4j.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Every {@link Contender} reading the same generated trail, side by side in one run.
 *
 * <p>One operation reads the whole trail (64 MB of JSON by default; {@code -p sizeMb=8} for a quick run). The primary
 * score is reads per second; the {@code records} and {@code megabytes} counters turn it into records/s and MB/s of
 * uncompressed JSON (MB = 10^6 bytes), and {@code -prof gc}'s {@code gc.alloc.rate.norm} divided by the records per
 * read gives the bytes allocated per record. {@code ResultsTable} prints all of it from JMH's JSON output.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 3, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ReadBenchmark {
  /** Size of the corpus, in MB of uncompressed JSON. */
  @Param("64")
  public int sizeMb;

  /** Who reads it; every contender unless {@code -p contender=...} names some. */
  @Param
  public Contender contender;

  private TrailFixture trail;
  private TrailReader reader;
  private Sink sink;
  private long recordsPerRead;
  private double megabytesPerRead;

  /** Generates the corpus (deterministic: {@link CorpusGenerator#DEFAULT_SEED}) and sets the contender up. */
  @Setup(Level.Trial)
  public void setUp(Blackhole blackhole) throws IOException {
    trail = TrailFixture.generate(CorpusGenerator.DEFAULT_SEED, sizeMb * 1_000_000L);
    reader = contender.create(trail);
    sink = new BlackholeSink(blackhole);
    recordsPerRead = trail.records();
    megabytesPerRead = contender.jsonBytes(trail) / 1e6;
  }

  /** Releases the contender's threads and the corpus's temporary files. */
  @TearDown(Level.Trial)
  public void tearDown() {
    reader.close();
    trail.close();
  }

  /** Reads the whole trail once. */
  @Benchmark
  public long read(Throughput counters) throws IOException {
    long n = reader.read(sink);
    counters.records += recordsPerRead;
    counters.megabytes += megabytesPerRead;
    return n;
  }

  /** What one read covers, reported per second: records/s and MB/s. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Throughput {
    /** Records read. */
    public long records;
    /** Megabytes (10^6 bytes) of uncompressed JSON read. */
    public double megabytes;
  }
}
