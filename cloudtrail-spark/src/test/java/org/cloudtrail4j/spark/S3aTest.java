package org.cloudtrail4j.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cloudtrail4j.testservers.S3ProxyServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code s3a://} end to end: the sample tree in a real S3 server (S3Proxy, in this JVM, on loopback, checking SigV4
 * signatures; started by test-servers' {@code S3ProxyServer}, as every module's tests start it), read through Hadoop's
 * S3A connector, configured per read with {@code fs.s3a.*} options. S3A's own request counters show what the key-layout
 * pruning saves.
 */
class S3aTest {
  private static final String BUCKET = "trail-bucket";
  private static S3ProxyServer proxy;
  private static SparkSession spark;
  private static String endpoint;
  private static FileSystem s3a;
  private static long localRows;
  /** Directories of the sample tree: what a walk without pruning would list, one LIST each. */
  private static final long DIRECTORIES = 81;

  @BeforeAll
  static void start() throws Exception {
    proxy = S3ProxyServer.inMemory("access", "secret");
    endpoint = proxy.endpoint().toString();
    try (S3Client s3 = S3Client.builder().endpointOverride(URI.create(endpoint)).forcePathStyle(true)
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("access", "secret")))
        .build()) {
      s3.createBucket(b -> b.bucket(BUCKET));
      Path samples = TestSpark.samples();
      for (Path f : files(samples)) {
        String key = "AWSLogs/" + samples.relativize(f).toString().replace('\\', '/');
        s3.putObject(p -> p.bucket(BUCKET).key(key), RequestBody.fromFile(f));
      }
    }
    spark = TestSpark.session();
    localRows = spark.read().format("cloudtrail").load(TestSpark.samples().toUri().toString()).count();
    // S3A file systems are cached per bucket: this instance is the one the reads below use, so its counters are theirs
    Configuration conf = new Configuration(spark.sparkContext().hadoopConfiguration());
    s3aOptions().forEach(conf::set);
    s3a = FileSystem.get(URI.create("s3a://" + BUCKET + "/"), conf);
  }

  @AfterAll
  static void stop() throws Exception {
    if (s3a != null) {
      s3a.close();
    }
    if (proxy != null) {
      proxy.close();
    }
  }

  private static java.util.Map<String, String> s3aOptions() {
    return java.util.Map.of(
        "fs.s3a.endpoint", endpoint,
        "fs.s3a.endpoint.region", "us-east-1",
        "fs.s3a.path.style.access", "true",
        "fs.s3a.connection.ssl.enabled", "false",
        "fs.s3a.access.key", "access",
        "fs.s3a.secret.key", "secret",
        "fs.s3a.aws.credentials.provider", "org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider");
  }

  private static DataFrameReader read() {
    return spark.read().format("cloudtrail").options(s3aOptions());
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    }
  }

  private static List<String> sorted(List<Row> rows) {
    return rows.stream().map(Row::toString).sorted().collect(Collectors.toList());
  }

  /** LIST requests S3A sent (each page of a listing counts). */
  private static long lists() {
    return counter("object_list_request") + counter("object_continue_list_request");
  }

  /**
   * Files S3A opened, counted when {@code open} is called. Not GET requests: Hadoop 3.5's S3A reads through the AWS
   * Analytics Accelerator Library ({@code stream_read_analytics_opened}), which prefetches small objects and counted
   * 15 GETs for the 17 files it opened, read in full and closed.
   */
  private static long opens() {
    return counter("op_open");
  }

  /** Bytes S3A's input streams returned: merged into these counters when each stream is closed. */
  private static long bytesRead() {
    return counter("stream_read_bytes");
  }

  /** The bytes read once every stream of a finished query is closed: they close on the reader threads. */
  private static long bytesReadAtLeast(long expected) throws InterruptedException {
    for (int i = 0; i < 50 && bytesRead() < expected; i++) {
      Thread.sleep(100);
    }
    return bytesRead();
  }

  /** The sizes of the sample files that {@code files} (rows of {@code _file}) name. */
  private static long sampleBytes(List<Row> files) throws IOException {
    long n = 0;
    for (Row r : files) {
      String file = r.getString(0);
      n += Files.size(TestSpark.samples().resolve(file.substring(file.indexOf("/AWSLogs/") + "/AWSLogs/".length())));
    }
    return n;
  }

  private static long counter(String name) {
    Long v = s3a.getStorageStatistics().getLong(name);
    return v == null ? 0 : v;
  }

  @Test
  void readsTheSameRecordsOverS3aAsFromTheLocalTree() {
    String[] columns = {"eventID", "eventTime", "eventSource", "userIdentity.arn", "requestParameters",
        "_recordIndex", "_logAccount", "_logRegion", "_logDate"};
    List<String> s3 = sorted(read().load("s3a://" + BUCKET + "/AWSLogs/").selectExpr(columns).collectAsList());
    List<String> local = sorted(spark.read().format("cloudtrail").load(TestSpark.samples().toUri().toString())
        .selectExpr(columns).collectAsList());
    assertThat(s3).hasSize((int) localRows).isEqualTo(local);
  }

  @Test
  void keyPruningListsOnlyTheKeptPrefixesAndReadsOnlyTheKeptFilesOverS3a() throws Exception {
    String where = "awsRegion = 'us-east-1' AND eventTime >= TIMESTAMP '2020-01-01 00:00:00'";
    long lists0 = lists();
    long opens0 = opens();
    long bytes0 = bytesRead();
    List<Row> files = read().load("s3a://" + BUCKET + "/AWSLogs/").where(where).selectExpr("_file").distinct()
        .collectAsList();
    long prunedLists = lists() - lists0;
    long prunedOpens = opens() - opens0;
    long prunedBytes = bytesReadAtLeast(bytes0 + sampleBytes(files)) - bytes0;

    // the same query on the local tree, through the counting file system: how many directories the pruned walk lists
    long dirs0 = CountingFileSystem.LIST_STATUS.get();
    long localFiles = spark.read().format("cloudtrail").load("ctcount://" + TestSpark.samples()).where(where)
        .selectExpr("_file").distinct().count();
    long prunedDirs = CountingFileSystem.LIST_STATUS.get() - dirs0;

    long lists1 = lists();
    long opens1 = opens();
    long bytes1 = bytesRead();
    List<Row> all = read().option("pushdown", "false").load("s3a://" + BUCKET + "/AWSLogs/").selectExpr("_file")
        .distinct().collectAsList();
    long unprunedLists = lists() - lists1;
    long unprunedOpens = opens() - opens1;
    long unprunedBytes = bytesReadAtLeast(bytes1 + sampleBytes(all)) - bytes1;

    System.out.printf("s3a pruned: %d LIST, %d files opened, %d bytes; unpruned: %d LIST, %d opened, %d bytes; "
        + "local pruned walk: %d directories%n", prunedLists, prunedOpens, prunedBytes, unprunedLists, unprunedOpens,
        unprunedBytes, prunedDirs);
    assertThat(files).hasSize((int) localFiles).isNotEmpty();
    assertThat(read().load("s3a://" + BUCKET + "/AWSLogs/").where(where).count())
        .isEqualTo(read().option("pushdown", "false").load("s3a://" + BUCKET + "/AWSLogs/").where(where).count());
    // only the kept files are opened, each once, and read in full (2 of 17); the unpruned read opens every log file
    assertThat(prunedOpens).isEqualTo(files.size()).isLessThan(unprunedOpens);
    assertThat(prunedBytes).isEqualTo(sampleBytes(files));
    assertThat(unprunedOpens).isEqualTo(all.size()).isEqualTo(17);
    assertThat(unprunedBytes).isEqualTo(sampleBytes(all));
    // one LIST per directory the pruned walk keeps, as on the local tree, plus S3A's status probe of the root (a LIST
    // too): pruned folders are never listed (27 LIST against 26 directories when this was written)
    assertThat(prunedLists).isEqualTo(prunedDirs + 1);
  }

  @Test
  void aRegionOnlyQueryListsEachKeptRegionFlat() {
    long lists0 = lists();
    long n = read().option("regions", "us-west-2").load("s3a://" + BUCKET + "/AWSLogs/").count();
    long used = lists() - lists0;
    long expected = spark.read().format("cloudtrail").option("pushdown", "false")
        .load(TestSpark.samples().toUri().toString()).where("_logRegion = 'us-west-2'").count();
    assertThat(n).isEqualTo(expected).isPositive();
    // the folders down to the regions, then one flat LIST per us-west-2 prefix instead of one per year, month and day
    System.out.printf("s3a regions=us-west-2: %d LIST%n", used);
    assertThat(used).isPositive().isLessThan(DIRECTORIES);
  }
}
