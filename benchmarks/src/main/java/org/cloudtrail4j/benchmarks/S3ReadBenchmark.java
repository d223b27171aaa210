package org.cloudtrail4j.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.parser.CloudTrailReader;
import org.cloudtrail4j.s3.S3Location;
import org.cloudtrail4j.s3.S3LogSource;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
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
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The generated trail's tree of {@code .json.gz} files read from disk ({@code local}) and from S3 over loopback
 * ({@code s3}: S3Proxy in this JVM serving the same files from disk, its filesystem store), both with a reader of
 * {@code threads} threads, so {@code threads} concurrent GETs for S3. One operation reads the whole tree; the
 * {@code megabytes} counter is uncompressed JSON.
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

  private TrailFixture trail;
  private Path tree;
  private S3Proxy proxy;
  private S3Client client;
  private S3LogSource source;
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
      // the bucket is the tree's folder: the store serves the very files the local read opens
      proxy = S3Proxy.builder().blobStore(new FilesystemNio2BlobStore(tree.getParent().toString()))
          .endpoint(URI.create("http://127.0.0.1:0"))
          .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "access", "secret").build();
      proxy.start();
      while (!"STARTED".equals(proxy.getState())) {
        Thread.sleep(1);
      }
      client = S3Client.builder().endpointOverride(URI.create("http://127.0.0.1:" + proxy.getPort()))
          .forcePathStyle(true).region(Region.US_EAST_1)
          .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("access", "secret")))
          .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
      source = S3LogSource.builder().client(client).build();
    }
    System.err.printf("tree: %d files, %.1f MB gzipped, %.1f MB JSON%n", trail.treeFiles().size(), bytes / 1e6,
        megabytesPerRead);
  }

  /** Stops the server and deletes the tree. */
  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    if (proxy != null) {
      client.close();
      proxy.stop();
    }
    trail.close();
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
    counts.records += n;
    counts.megabytes += megabytesPerRead;
    return n;
  }
}
