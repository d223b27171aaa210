package org.cloudtrail4j.benchmarks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.parser.CloudTrailReader;
import org.cloudtrail4j.s3.S3Location;
import org.cloudtrail4j.s3.S3LogSource;
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
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * The generated trail's tree of {@code .json.gz} files read from disk ({@code local}) and from S3 over loopback
 * ({@code s3}: S3Proxy serving the same files from disk through its filesystem store, or a copy of them from its heap
 * with {@code store=memory}), both with a reader of
 * {@code threads} threads, so {@code threads} concurrent GETs for S3. S3Proxy runs as users run it, its own
 * {@code org.gaul.s3proxy.Main} in a process of its own (JVM options from the environment variable
 * {@code S3PROXY_JAVA_OPTS}, e.g. a flight recording; JMH would split a system property at its spaces), so that its
 * heap and JIT are not the reader's; the S3 source is built as users build it ({@code S3LogSource.builder()...build()},
 * its own HTTP client). On a machine of two cores the two processes still share the CPU: each iteration's end prints
 * the CPU time per operation of the reader and of S3Proxy, to tell the reader's cost from the server's; with
 * {@code S3PROXY_CPUS} set (e.g. {@code 1}), S3Proxy runs under {@code taskset -c} on those cores, so that a reader
 * started under {@code taskset -c 0} has a core the server never takes, as S3's servers have cores of their own.
 * {@code auth=none} turns off S3Proxy's signature checks, a cost of the server's (the client still signs). One
 * operation reads the whole tree; the {@code megabytes} counter is uncompressed JSON.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class S3ReadBenchmark {
  /** Size of the corpus, in MB of uncompressed JSON. */
  @Param("64")
  public int sizeMb;

  /** Where the tree is read from: {@code local} or {@code s3}. */
  @Param({"local", "s3"})
  public String where;

  /** The reader's threads: concurrent GETs for {@code s3}. */
  @Param("8")
  public int threads;

  /**
   * How the S3 client is built: {@code source}, as users build it ({@code S3LogSource.builder()...build()}: the SDK's
   * default HTTP client, Apache 5 here); {@code apache5} or {@code urlconnection} (the CLI's), an {@code S3Client}
   * of that HTTP client given to the builder; a {@code -lean} suffix sets the SDK's response checksum validation and
   * request checksum calculation to {@code WHEN_REQUIRED}.
   */
  @Param("source")
  public String client;

  /** S3Proxy's {@code s3proxy.authorization}: {@code aws-v2-or-v4} (checks signatures, as S3 does) or {@code none}. */
  @Param("aws-v2-or-v4")
  public String auth;

  /**
   * S3Proxy's store: {@code filesystem} serves the very files the local read opens ({@code filesystem-nio2} over the
   * tree's folder); {@code memory} holds a copy of them in S3Proxy's heap ({@code transient-nio2}, uploaded with a PUT
   * each when the trial starts), so that the server spends no CPU on the file system (a stat, extended attributes and
   * a content-type probe per GET), as S3's storage is not on the reader's cores either. The objects and keys are the
   * same.
   */
  @Param("filesystem")
  public String store;

  private TrailFixture trail;
  private Path tree;
  private Process proxy;
  private S3LogSource source;
  private S3Client s3client;
  private long operations;
  private long readerCpuAtStart;
  private long proxyCpuAtStart;
  private CloudTrailReader reader;
  private double megabytesPerRead;

  /** Records and bytes read. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Counts {
    /** Records read. */
    public long records;
    /** Megabytes of JSON read. */
    public double megabytes;
  }

  /** Generates the tree and, for {@code s3}, starts S3Proxy over its folder. */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    trail = TrailFixture.generate(CorpusGenerator.DEFAULT_SEED, sizeMb * 1_000_000L);
    tree = trail.tree();
    long bytes = 0;
    for (Path f : trail.treeFiles()) {
      bytes += Files.size(f);
    }
    megabytesPerRead = trail.json().length / 1e6;
    reader = CloudTrailReader.builder().parallelism(threads).build();
    if (where.equals("s3")) {
      // the bucket is the tree's folder: the filesystem store serves the very files the local read opens
      int port;
      try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        port = free.getLocalPort();
      }
      Path properties = Files.createTempFile("s3proxy", ".properties");
      Files.writeString(properties, String.join("\n", "s3proxy.endpoint=http://127.0.0.1:" + port,
          "s3proxy.authorization=" + auth, "s3proxy.identity=access", "s3proxy.credential=secret",
          "jclouds.identity=access", "jclouds.credential=secret", store.equals("memory")
              ? "jclouds.provider=transient-nio2"
              : "jclouds.provider=filesystem-nio2\njclouds.filesystem.basedir=" + tree.getParent()) + "\n",
          StandardCharsets.UTF_8);
      if (!store.equals("memory") && !store.equals("filesystem")) {
        throw new IllegalArgumentException(store);
      }
      List<String> command = new ArrayList<>();
      String cpus = System.getenv("S3PROXY_CPUS");
      if (cpus != null && !cpus.isBlank()) {
        command.addAll(List.of("taskset", "-c", cpus.trim()));
      }
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      String options = System.getenv("S3PROXY_JAVA_OPTS");
      command.addAll(Arrays.asList((options == null ? "-Xmx512m" : options).trim().split("\\s+")));
      command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.gaul.s3proxy.Main", "--properties",
          properties.toString()));
      proxy = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(Files.createTempFile("s3proxy", ".log").toFile()).start();
      awaitListening(port);
      URI endpoint = URI.create("http://127.0.0.1:" + port);
      StaticCredentialsProvider creds = StaticCredentialsProvider.create(AwsBasicCredentials.create("access",
          "secret"));
      if (client.equals("source")) {
        source = S3LogSource.builder().endpointOverride(endpoint).forcePathStyle(true).region("us-east-1")
            .credentialsProvider(creds).build();
      } else {
        S3ClientBuilder b = S3Client.builder().endpointOverride(endpoint).forcePathStyle(true)
            .region(Region.US_EAST_1).credentialsProvider(creds);
        if (client.startsWith("apache5")) {
          b.httpClientBuilder(Apache5HttpClient.builder());
        } else if (client.startsWith("urlconnection")) {
          b.httpClientBuilder(UrlConnectionHttpClient.builder());
        } else {
          throw new IllegalArgumentException(client);
        }
        if (client.endsWith("-lean")) {
          b.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
              .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED);
        }
        s3client = b.build();
        source = S3LogSource.builder().client(s3client).build();
      }
      if (store.equals("memory")) {
        upload(source.client(), tree);
      }
    }
    System.err.printf("tree: %d files, %.1f MB gzipped, %.1f MB JSON%n", trail.treeFiles().size(), bytes / 1e6,
        megabytesPerRead);
  }

  /** Notes the CPU time the reader and S3Proxy have used so far. */
  @Setup(Level.Iteration)
  public void startIteration() throws IOException {
    operations = 0;
    readerCpuAtStart = cpuNanos(ProcessHandle.current().pid());
    proxyCpuAtStart = proxy == null ? 0 : cpuNanos(proxy.pid());
  }

  /**
   * Prints the CPU time per operation of this iteration, of the reader's JVM and of S3Proxy's, to tell the reader's
   * cost from the server's on a machine whose cores they share (the JIT's and GC's threads included).
   */
  @TearDown(Level.Iteration)
  public void endIteration() throws IOException {
    double reader = (cpuNanos(ProcessHandle.current().pid()) - readerCpuAtStart) / 1e6 / operations;
    if (proxy != null) {
      System.err.printf(" [CPU per operation: reader %.0f ms, S3Proxy %.0f ms, over %d]", reader,
          (cpuNanos(proxy.pid()) - proxyCpuAtStart) / 1e6 / operations, operations);
    } else {
      System.err.printf(" [CPU per operation: reader %.0f ms, over %d]", reader, operations);
    }
  }

  /** Stops the server and deletes the tree. */
  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    if (proxy != null) {
      source.close();
      if (s3client != null) {
        s3client.close();
      }
      proxy.destroy(); // SIGTERM: S3Proxy stops, and a flight recording is written
      proxy.waitFor(30, TimeUnit.SECONDS);
    }
    trail.close();
  }

  /** User and system CPU time of a process, from {@code /proc} (Linux; 0 elsewhere). */
  private static long cpuNanos(long pid) throws IOException {
    Path stat = Path.of("/proc/" + pid + "/stat");
    if (!Files.exists(stat)) {
      return 0;
    }
    String s = Files.readString(stat, StandardCharsets.US_ASCII);
    String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
    // fields 14 and 15 of stat(5), utime and stime in clock ticks (100 per second); f[0] is field 3
    return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
  }

  /** Creates the bucket named after the tree's folder and PUTs every file of the tree under its relative path. */
  private static void upload(S3Client s3, Path tree) throws IOException {
    String bucket = tree.getFileName().toString();
    s3.createBucket(b -> b.bucket(bucket));
    List<Path> files;
    try (Stream<Path> walk = Files.walk(tree)) {
      files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    }
    for (Path f : files) {
      String key = tree.relativize(f).toString().replace('\\', '/');
      s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromFile(f));
    }
  }

  private void awaitListening(int port) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (true) {
      try {
        new Socket(InetAddress.getLoopbackAddress(), port).close();
        return;
      } catch (IOException notYet) {
        if (!proxy.isAlive() || System.nanoTime() > deadline) {
          throw new IllegalStateException("S3Proxy did not start on port " + port, notYet);
        }
        Thread.sleep(20);
      }
    }
  }

  /** Reads the whole tree. */
  @Benchmark
  public long read(Counts counts) throws IOException {
    long n;
    try (Stream<CloudTrailEvent> events = where.equals("s3")
        ? source.read(reader, S3Location.of(tree.getFileName().toString(), ""))
        : reader.read(tree)) {
      n = events.count();
    }
    operations++;
    counts.records += n;
    counts.megabytes += megabytesPerRead;
    return n;
  }
}
