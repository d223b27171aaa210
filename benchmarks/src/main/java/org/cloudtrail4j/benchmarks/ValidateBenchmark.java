package org.cloudtrail4j.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.cloudtrail4j.integrity.PublicKeys;
import org.cloudtrail4j.integrity.TrailValidator;
import org.cloudtrail4j.integrity.ValidationReport;
import org.cloudtrail4j.integrity.ValidationStatus;
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

/**
 * Log-file integrity validation of a generated, signed trail against the plain loop anyone would write: every log
 * file through {@code GZIPInputStream} (64 KB buffer) into {@code MessageDigest("SHA-256")}, with no digest read, no
 * signature checked and nothing reported. One operation validates (or hashes) the whole trail; {@code megabytes}
 * counts its uncompressed JSON, so the rows compare in MB/s.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ValidateBenchmark -p sizeMb=1024 -f 1 -wi 2 -i 3 \
 *     -jvmArgs -XX:+AlwaysPreTouch
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ValidateBenchmark {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'");

  /** Size of the trail, in MB of uncompressed JSON. */
  @Param("1024")
  public int sizeMb;

  /** {@code plainLoop} or {@code validator}. */
  @Param({"plainLoop", "validator"})
  public String contender;

  /** Threads hashing log files. */
  @Param({"1", "2"})
  public int threads;

  /**
   * The shape of the trail. {@code generated}: the generator's, about two log files per hourly digest (it spreads a
   * fixed number of events per account and region over three days). {@code busy}: the same log files (the same
   * bytes, hard links where the file system allows) delivered every five minutes in each account and region, so
   * twelve per hourly digest, as in a busy region's real trail, and a sixth of the digests.
   */
  @Param("generated")
  public String trail;

  private Path dir;
  /** The generated trail ({@code dir} itself, or what the busy trail is made from). */
  private Path generated;
  private List<Path> logs;
  private TrailValidator validator;
  private ExecutorService pool;
  private double megabytesPerRun;

  /**
   * Whether the trail is kept in {@code java.io.tmpdir} for the next fork (JMH forks a JVM per parameter set, and
   * generating a 1 GB trail takes minutes): {@code cloudtrail4j-validate-benchmark-<sizeMb>} (and {@code -busy}
   * beside it for the busy trail), reused when complete. Delete those folders after the run.
   */
  public boolean reuse = true;

  /** Generates the trail (or reuses it), with signed digests, and checks that it validates. */
  @Setup(Level.Trial)
  public void setUp() throws IOException, GeneralSecurityException {
    if (!trail.equals("generated") && !trail.equals("busy")) {
      throw new IllegalArgumentException("trail is generated or busy, not " + trail);
    }
    generated = folder("");
    megabytesPerRun = signed(generated, () -> {
      Corpus corpus = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED).generate(sizeMb * 1_000_000L);
      corpus.writeTree(generated);
      return corpus.logFiles();
    });
    dir = generated;
    if (trail.equals("busy")) {
      dir = folder("-busy");
      megabytesPerRun = signed(dir, () -> busy(generated));
    }
    byte[] publicKey = Files.readAllBytes(dir.resolve("public-key.der"));
    try (Stream<Path> s = Files.walk(dir)) {
      logs = s.filter(Files::isRegularFile).filter(p -> dir.relativize(p).toString().contains("/CloudTrail/"))
          .sorted().collect(Collectors.toList());
    }
    validator = TrailValidator.builder().publicKeys(PublicKeys.of(publicKey)).parallelism(threads).build();
    ValidationReport check = validator.validate(dir);
    if (!check.passed() || check.logFileCount(ValidationStatus.VALID) != logs.size()) {
      throw new IllegalStateException("the generated trail does not validate: " + check);
    }
    pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "plain-loop");
      t.setDaemon(true);
      return t;
    });
  }

  /** Log files written under a trail's folder, which {@link #signed} then signs. */
  private interface LogWriter {
    List<LogFile> write() throws IOException;
  }

  /** Where a trail is kept: {@code cloudtrail4j-validate-benchmark-<sizeMb><suffix>}, or a new temporary folder. */
  private Path folder(String suffix) throws IOException {
    return reuse ? Path.of(System.getProperty("java.io.tmpdir"), "cloudtrail4j-validate-benchmark-" + sizeMb + suffix)
        : Files.createTempDirectory("validate-benchmark" + suffix);
  }

  /**
   * The trail in {@code root}, its log files written by {@code logs} and signed, unless a complete one is there:
   * returns the megabytes of JSON its log files hold.
   */
  private double signed(Path root, LogWriter logs) throws IOException, GeneralSecurityException {
    Path complete = root.resolve("complete");
    if (reuse && Files.exists(complete)) {
      return Double.parseDouble(Files.readString(complete).strip());
    }
    List<LogFile> files = logs.write();
    SignedTrail signer = new SignedTrail();
    signer.writeDigests(root, files);
    double megabytes = files.stream().mapToLong(f -> f.json().length).sum() / 1e6;
    Files.write(root.resolve("public-key.der"), signer.publicKeyPkcs1());
    Files.writeString(complete, Double.toString(megabytes));
    return megabytes;
  }

  /**
   * The generated trail's log files in {@code dir} again, delivered every five minutes from the hour of each account
   * and region's first one: the same bytes under new keys ({@code <account>_CloudTrail_<region>_<time>_<the same
   * suffix>.json.gz} in that time's day folder).
   */
  private List<LogFile> busy(Path from) throws IOException {
    Map<String, List<Path>> byChain = new TreeMap<>();
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.filter(Files::isRegularFile).filter(p -> from.relativize(p).toString().contains("/CloudTrail/"))
          .sorted().collect(Collectors.toList())) {
        String[] k = from.relativize(p).toString().split("/");
        byChain.computeIfAbsent(k[1] + "/" + k[3], c -> new ArrayList<>()).add(p);
      }
    }
    List<LogFile> out = new ArrayList<>();
    for (List<Path> chain : byChain.values()) {
      chain.sort(Comparator.comparing(p -> p.getFileName().toString()));
      long hour = -1;
      for (int i = 0; i < chain.size(); i++) {
        Path p = chain.get(i);
        String[] k = from.relativize(p).toString().split("/");
        String account = k[1];
        String region = k[3];
        String name = k[k.length - 1];
        String head = account + "_CloudTrail_" + region + "_";
        if (hour < 0) {
          long delivered = LocalDateTime.parse(name.substring(head.length(), head.length() + 14), STAMP)
              .toEpochSecond(ZoneOffset.UTC);
          hour = delivered - delivered % 3600;
        }
        long time = hour + i * 300L;
        String key = "AWSLogs/" + account + "/CloudTrail/" + region + "/" + EventTimes.datePath(time) + "/" + head
            + EventTimes.fileStamp(time) + name.substring(head.length() + 14);
        Path target = dir.resolve(key);
        Files.createDirectories(target.getParent());
        Files.deleteIfExists(target); // left by a set-up that did not complete
        try {
          Files.createLink(target, p);
        } catch (UnsupportedOperationException | IOException e) {
          Files.copy(p, target);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p), 1 << 16)) {
          out.add(new LogFile(key, in.readAllBytes(), 0));
        }
      }
    }
    return out;
  }

  /** The validator's report on the trail. */
  ValidationReport validate() throws IOException {
    return validator.validate(dir);
  }

  /** How many log files the trail holds. */
  int logFiles() {
    return logs.size();
  }

  /** Stops the plain loop's threads; deletes the trail unless it is kept for the next fork. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    pool.shutdownNow();
    if (reuse) {
      return;
    }
    for (Path root : dir.equals(generated) ? List.of(dir) : List.of(dir, generated)) {
      try (Stream<Path> s = Files.walk(root)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
          Files.delete(p);
        }
      }
    }
  }

  /** Validates (or hashes) the whole trail once. */
  @Benchmark
  public long run(Throughput counters) throws IOException {
    counters.megabytes += megabytesPerRun;
    if (contender.equals("validator")) {
      return validator.validate(dir).logFileCount(ValidationStatus.VALID);
    }
    return plainLoop();
  }

  /** {@code threads} workers take the next file until none is left: inflate, hash, next. */
  long plainLoop() throws IOException {
    AtomicInteger next = new AtomicInteger();
    List<Future<Long>> futures = new ArrayList<>(threads);
    for (int t = 0; t < threads; t++) {
      futures.add(pool.submit(() -> {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[1 << 16];
        long hashed = 0;
        for (int i; (i = next.getAndIncrement()) < logs.size(); ) {
          try (InputStream in = new GZIPInputStream(Files.newInputStream(logs.get(i)), 1 << 16)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
              sha.update(buffer, 0, n);
            }
          }
          hashed += sha.digest()[0]; // keeps the hash live; the sum means nothing
        }
        return hashed;
      }));
    }
    long total = 0;
    try {
      for (Future<Long> f : futures) {
        total += f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    } catch (ExecutionException e) {
      throw new UncheckedIOException(new IOException(e.getCause()));
    }
    return total;
  }

  /** What one run covers, per second: MB/s of uncompressed JSON. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Throughput {
    /** Megabytes (10^6 bytes) of uncompressed log JSON validated or hashed. */
    public double megabytes;
  }
}
