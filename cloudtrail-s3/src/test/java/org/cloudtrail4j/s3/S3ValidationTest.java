package org.cloudtrail4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cloudtrail4j.integrity.ValidationStatus.HASH_MISMATCH;
import static org.cloudtrail4j.integrity.ValidationStatus.NOT_COVERED;
import static org.cloudtrail4j.integrity.ValidationStatus.NOT_FOUND;
import static org.cloudtrail4j.integrity.ValidationStatus.SIGNATURE_FAILED;
import static org.cloudtrail4j.integrity.ValidationStatus.UNKNOWN_KEY;
import static org.cloudtrail4j.integrity.ValidationStatus.UNREADABLE;
import static org.cloudtrail4j.integrity.ValidationStatus.VALID;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudtrail4j.integrity.DigestResult;
import org.cloudtrail4j.integrity.LogFileResult;
import org.cloudtrail4j.integrity.ObjectStore;
import org.cloudtrail4j.integrity.TrailValidator;
import org.cloudtrail4j.integrity.ValidationReport;
import org.cloudtrail4j.integrity.testing.ListPublicKeysEndpoint;
import org.cloudtrail4j.integrity.testing.SyntheticTrail.Digest;
import org.cloudtrail4j.integrity.testing.SyntheticTrail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;

/**
 * Validation against S3: a signed synthetic chain uploaded to S3Proxy with CloudTrail's object metadata
 * ({@code x-amz-meta-signature}, {@code x-amz-meta-signature-algorithm}), keys from a local endpoint that answers
 * {@code ListPublicKeys} as CloudTrail does, then tampered with in S3 one way per test.
 */
class S3ValidationTest {
  static S3Server server;
  static final AtomicInteger BUCKETS = new AtomicInteger();

  @TempDir
  Path dir;
  ListPublicKeysEndpoint cloudTrail;
  String bucket;
  SyntheticTrail t;
  /** The range validated: the trail's first hour to its fourth. */
  Instant from;
  Instant until;

  @BeforeAll
  static void startS3() throws Exception {
    server = S3Server.start();
  }

  @AfterAll
  static void stopS3() {
    server.close();
  }

  @BeforeEach
  void setUp() throws IOException {
    cloudTrail = ListPublicKeysEndpoint.start();
    bucket = "trail-bucket-" + BUCKETS.incrementAndGet();
    t = new SyntheticTrail(dir.resolve("bucket"));
    t.bucket = bucket;
    from = t.clock;
    until = from.plus(Duration.ofHours(4));
    // the test key, valid for the trail's whole life; CloudTrail's keys are valid 30 days and overlap
    cloudTrail.serve("us-east-1", SyntheticTrail.KEY, from.minus(Duration.ofDays(10)), from.plus(Duration.ofDays(20)));
  }

  @AfterEach
  void tearDown() throws IOException {
    cloudTrail.close();
  }

  /** Four hourly digests, one log each, and a fifth digest delivered within the hour after the range. */
  List<Digest> chain() {
    List<Digest> c = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      c.add(t.hour(t.log()));
    }
    return c;
  }

  /** Uploads the trail: every file but sidecars, each digest with the metadata CloudTrail gives it. */
  void upload() {
    upload(Map.of());
  }

  void upload(Map<String, Map<String, String>> extraMetadata) {
    server.s3.createBucket(b -> b.bucket(bucket));
    upload(server, t, extraMetadata);
  }

  /** Uploads every file of the trail but sidecars; digests with their signature and algorithm as metadata. */
  static void upload(S3Server server, SyntheticTrail t, Map<String, Map<String, String>> extraMetadata) {
    Map<String, String> signatures = t.digests.stream().collect(Collectors.toMap(Digest::key, Digest::signature,
        (a, b) -> b));
    try (Stream<Path> files = Files.walk(t.root)) {
      for (Path f : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
        String key = t.root.relativize(f).toString().replace('\\', '/');
        if (key.endsWith(".sig") || key.endsWith(".metadata.json")) {
          continue;
        }
        Map<String, String> meta = new HashMap<>();
        if (signatures.containsKey(key)) {
          meta.put("signature", signatures.get(key));
          meta.put("signature-algorithm", "SHA256withRSA");
        }
        meta.putAll(extraMetadata.getOrDefault(key, Map.of()));
        server.s3.putObject(p -> p.bucket(t.bucket).key(key).metadata(meta), RequestBody.fromFile(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  CloudTrailPublicKeys keys() {
    return keys(region -> client(cloudTrail.endpoint(), region, null));
  }

  CloudTrailPublicKeys keys(Function<String, CloudTrailClient> clients) {
    return CloudTrailPublicKeys.builder().clients(clients).between(from, until).build();
  }

  static CloudTrailClient client(URI endpoint, String region, ExecutionInterceptor interceptor) {
    return CloudTrailClient.builder().region(Region.of(region)).credentialsProvider(S3Server.CREDENTIALS)
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .overrideConfiguration(o -> {
          if (interceptor != null) {
            o.addExecutionInterceptor(interceptor);
          }
        })
        .applyMutation(b -> {
          if (endpoint != null) {
            b.endpointOverride(endpoint);
          }
        }).build();
  }

  ValidationReport validate(S3Client s3, CloudTrailPublicKeys keys) throws IOException {
    try (keys) {
      return TrailValidator.builder().publicKeys(keys).bucket(bucket).between(from, until).parallelism(2).build()
          .validate(S3ObjectStore.of(s3));
    }
  }

  ValidationReport validate() throws IOException {
    return validate(server.s3, keys());
  }

  static DigestResult digest(ValidationReport r, Digest d) {
    return r.digests().stream().filter(x -> x.key().equals(d.key())).findFirst()
        .orElseThrow(() -> new AssertionError("no result for " + d.key() + " in " + r.digests()));
  }

  void put(String key, byte[] bytes, Map<String, String> metadata) {
    server.s3.putObject(p -> p.bucket(bucket).key(key).metadata(metadata), RequestBody.fromBytes(bytes));
  }

  @Test
  @DisplayName("a chain in S3 validates: signatures from object metadata, keys from one ListPublicKeys call")
  void aSignedChainInS3IsValid() throws IOException {
    List<Digest> c = chain();
    upload();
    cloudTrail.serve("us-east-1", SyntheticTrail.OTHER_KEY, from, until); // a second key: two pages
    ValidationReport r = validate();
    assertThat(r.digests()).hasSize(5).allSatisfy(d -> assertThat(d.status()).as(d.toString()).isEqualTo(VALID));
    // the newest digest too: its signature is in S3 (offline it would be unverified)
    assertThat(digest(r, c.get(4)).status()).isEqualTo(VALID);
    assertThat(digest(r, c.get(4)).bucket()).isEqualTo(bucket);
    assertThat(r.logFiles()).hasSize(5).allSatisfy(l -> assertThat(l.status()).isEqualTo(VALID));
    assertThat(r.passed()).isTrue();
    // one call for [start, end + 2 h], its second page through NextToken
    assertThat(cloudTrail.requests).extracting(ListPublicKeysEndpoint.Request::nextToken).containsExactly(null, "1");
    assertThat(cloudTrail.requests).allSatisfy(q -> {
      assertThat(q.target()).isEqualTo(ListPublicKeysEndpoint.TARGET);
      assertThat(q.region()).isEqualTo("us-east-1");
      assertThat(q.start()).isEqualTo(from);
      assertThat(q.end()).isEqualTo(until.plus(Duration.ofHours(2)));
    });
  }

  @Test
  @DisplayName("a time range lists and reads only its days in S3, and reports what the whole listing reports")
  void aTimeRangeListsOnlyItsDays() throws IOException {
    List<Digest> c = new ArrayList<>();
    for (int day = 0; day < 3; day++) { // 2026-01-05, -06 and -07: two hours of logging each
      c.add(t.hour(t.log()));
      c.add(t.hour(t.log()));
      t.restart(Duration.ofHours(22));
    }
    upload();
    from = c.get(2).start();
    until = c.get(3).end();
    List<String> listed = new ArrayList<>();
    List<String> prefixes = new ArrayList<>();
    List<String> read = new ArrayList<>();
    ExecutionInterceptor spy = new ExecutionInterceptor() {
      @Override
      public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        if (context.response() instanceof ListObjectsV2Response r) {
          r.contents().forEach(o -> listed.add(o.key()));
          prefixes.add(r.prefix());
        } else if (context.request() instanceof GetObjectRequest g) {
          read.add(g.key());
        } else if (context.request() instanceof HeadObjectRequest h) {
          read.add(h.key());
        }
      }
    };
    ValidationReport pruned;
    try (S3Client watched = S3Server.client(server.endpoint(), spy)) {
      pruned = validate(watched, keys());
    }
    assertThat(listed).hasSize(4).allSatisfy(k -> assertThat(k).contains("/2026/01/06/"));
    assertThat(read).isNotEmpty().allSatisfy(k -> assertThat(k).contains("/2026/01/06/"));
    assertThat(prefixes).filteredOn(p -> p != null && p.contains("/CloudTrail")).allSatisfy(p -> assertThat(p)
        .matches(".*/CloudTrail(-Digest)?/(us-east-1/(2026/01/06/)?)?"));
    assertThat(pruned.passed()).isTrue();
    assertThat(pruned.digests()).hasSize(2);

    // the same report as from the whole bucket's listing, which the default method gives
    S3ObjectStore s3 = S3ObjectStore.of(server.s3);
    ObjectStore whole = new ObjectStore() {
      @Override
      public Stream<String> list(String b, String prefix) throws IOException {
        return s3.list(b, prefix);
      }

      @Override
      public java.io.InputStream open(String b, String key) throws IOException {
        return s3.open(b, key);
      }

      @Override
      public Map<String, String> metadata(String b, String key) throws IOException {
        return s3.metadata(b, key);
      }
    };
    ValidationReport all;
    try (CloudTrailPublicKeys keys = keys()) {
      all = TrailValidator.builder().publicKeys(keys).bucket(bucket).between(from, until).parallelism(2).build()
          .validate(whole);
    }
    assertThat(pruned.digests()).isEqualTo(all.digests());
    assertThat(pruned.logFiles()).isEqualTo(all.logFiles());
    assertThat(pruned.uncoveredWindows()).isEqualTo(all.uncoveredWindows());

    // beyond 400 days, a region folder is listed from the range's first day on, and its end still cuts the keys
    try (Stream<String> keys = s3.list(bucket, "", from.minus(Duration.ofDays(500)), until)) {
      assertThat(keys.collect(Collectors.toList())).hasSize(8).noneMatch(k -> k.contains("/2026/01/07/"));
    }
  }

  @Test
  @DisplayName("a time range's listing keeps what the validator reads: an organization trail's days of the range, "
      + "both ends included, digests, and hidden files and folders, which the reader's walk skips")
  void aTimeRangeListingKeepsHiddenNamesAndDigests() throws IOException {
    server.s3.createBucket(b -> b.bucket(bucket));
    String org = "AWSLogs/o-abc123def4/111122223333/";
    String logs = org + "CloudTrail/us-east-1/";
    String name = "111122223333_CloudTrail_us-east-1_";
    List<String> listed = List.of(
        logs + "2026/01/06/" + name + "20260106T0000Z_first.json.gz",
        logs + "2026/01/06/." + name + "20260106T0100Z_hidden.json.gz",
        logs + "2026/01/06/.tmp/" + name + "20260106T0105Z_inHiddenFolder.json.gz",
        logs + "2026/01/06/" + name + "20260106T2355Z_notPrunedByItsTime.json.gz",
        logs + "2026/01/07/" + name + "20260107T0000Z_lastDay.json.gz",
        org + "CloudTrail/.us-west-2/2026/01/06/" + name + "20260106T0000Z_hiddenRegion.json.gz",
        org + "CloudTrail-Digest/us-east-1/2026/01/06/"
            + "111122223333_CloudTrail-Digest_us-east-1_trail_us-east-1_20260106T010000Z.json.gz");
    List<String> left = List.of(
        logs + "2026/01/05/" + name + "20260105T2355Z_dayBefore.json.gz",
        logs + "2026/01/08/" + name + "20260108T0000Z_dayAfter.json.gz",
        org + "CloudTrail/.us-west-2/2026/01/08/" + name + "20260108T0000Z_hiddenRegion.json.gz",
        org + "CloudTrail-Insight/us-east-1/2026/01/06/"
            + "111122223333_CloudTrail-Insight_us-east-1_20260106T0000Z_insight.json.gz");
    for (String k : Stream.concat(listed.stream(), left.stream()).collect(Collectors.toList())) {
      put(k, new byte[] {1}, Map.of());
    }
    S3ObjectStore s3 = S3ObjectStore.of(server.s3);
    // until is included: a range that ends at midnight lists the day that starts then
    try (Stream<String> keys = s3.list(bucket, "", Instant.parse("2026-01-06T00:00:00Z"),
        Instant.parse("2026-01-07T00:00:00Z"))) {
      assertThat(keys).containsExactlyInAnyOrderElementsOf(listed);
    }
    // the day folders are named with ASCII digits whatever the default locale writes (fa-IR: ۲۰۲۶)
    Locale locale = Locale.getDefault(Locale.Category.FORMAT);
    Locale.setDefault(Locale.Category.FORMAT, Locale.forLanguageTag("fa-IR"));
    try (Stream<String> keys = s3.list(bucket, "", Instant.parse("2026-01-06T00:00:00Z"),
        Instant.parse("2026-01-07T00:00:00Z"))) {
      assertThat(keys).containsExactlyInAnyOrderElementsOf(listed);
    } finally {
      Locale.setDefault(Locale.Category.FORMAT, locale);
    }
    try (Stream<String> keys = s3.list(bucket, "")) {
      assertThat(keys).containsExactlyInAnyOrderElementsOf(Stream.concat(listed.stream(), left.stream())
          .collect(Collectors.toList()));
    }
  }

  @Test
  @DisplayName("a range that ends before it starts is refused alike by the keys' and the validator's builders")
  void aBackwardRangeIsRefusedAlikeByBothBuilders() {
    Instant later = from.plusSeconds(1);
    String message = "start time " + later + " must not be after end time " + from;
    assertThatThrownBy(() -> CloudTrailPublicKeys.builder().between(later, from))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    assertThatThrownBy(() -> TrailValidator.builder().between(later, from))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    assertThatThrownBy(() -> CloudTrailPublicKeys.builder().between(null, from))
        .isInstanceOf(NullPointerException.class).hasMessage("from");
    assertThatThrownBy(() -> TrailValidator.builder().between(from, null))
        .isInstanceOf(NullPointerException.class).hasMessage("until");
  }

  @Test
  @DisplayName("a log file changed in S3 is a hash mismatch naming its key")
  void aChangedLogIsAHashMismatch() throws IOException {
    List<Digest> c = chain();
    upload();
    String changed = firstLogKey(c.get(1));
    put(changed, SyntheticTrail.gzip("{\"Records\":[{\"eventID\":\"y\"}]}".getBytes(
        java.nio.charset.StandardCharsets.UTF_8)), Map.of());
    ValidationReport r = validate();
    LogFileResult l = r.logFiles().stream().filter(x -> x.key().equals(changed)).findFirst().orElseThrow();
    assertThat(l.status()).isEqualTo(HASH_MISMATCH);
    assertThat(l.bucket()).isEqualTo(bucket);
    assertThat(r.logFileCount(VALID)).isEqualTo(4);
    assertThat(r.passed()).isFalse();
  }

  @Test
  @DisplayName("a digest deleted from S3 is not found, its hour uncovered and its log not covered")
  void aDeletedDigestIsNotFound() throws IOException {
    List<Digest> c = chain();
    upload();
    server.s3.deleteObject(d -> d.bucket(bucket).key(c.get(2).key()));
    ValidationReport r = validate();
    assertThat(digest(r, c.get(2)).status()).isEqualTo(NOT_FOUND);
    assertThat(r.uncoveredWindows()).singleElement().satisfies(w -> {
      assertThat(w.from()).isEqualTo(c.get(1).end());
      assertThat(w.until()).isEqualTo(c.get(3).start());
    });
    assertThat(r.logFileCount(NOT_COVERED)).isEqualTo(1);
    assertThat(digest(r, c.get(1)).status()).isEqualTo(VALID);
  }

  @Test
  @DisplayName("a signature in S3 metadata that is not the digest's fails verification")
  void aWrongMetadataSignatureFails() throws IOException {
    List<Digest> c = chain();
    upload(Map.of(c.get(4).key(), Map.of("signature", c.get(3).signature())));
    ValidationReport r = validate();
    assertThat(digest(r, c.get(4)).status()).isEqualTo(SIGNATURE_FAILED);
    assertThat(digest(r, c.get(4)).message()).isEqualTo("signature verification failed");
    assertThat(r.passed()).isFalse();
  }

  @Test
  @DisplayName("a digest signed by a key ListPublicKeys does not know has an unknown key")
  void anUnknownKeyIsReported() throws IOException {
    t.hour(t.log());
    t.signer = SyntheticTrail.generate();
    Digest forged = t.hour(t.log());
    upload();
    ValidationReport r = validate();
    assertThat(digest(r, forged).status()).isEqualTo(UNKNOWN_KEY);
    assertThat(digest(r, forged).message()).isEqualTo("public key not found in region us-east-1 for fingerprint "
        + SyntheticTrail.fingerprint(t.signer));
    // the range's call, then one around the digest's signing time: neither lists it
    assertThat(cloudTrail.requests).hasSize(2);
    assertThat(cloudTrail.requests.get(1).start()).isEqualTo(forged.end().minus(Duration.ofHours(1)));
  }

  @Test
  @DisplayName("edge 16: a key rotated in just after the end time is found by the end + 2 h query")
  void edge16KeyRotatedAfterTheEnd() throws IOException {
    // a new key that the service lists only from 90 minutes after the end time signs the digest delivered
    // within the hour after the end (the range takes it, as the AWS CLI does)
    List<Digest> c = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      c.add(t.hour(t.log()));
    }
    t.signer = SyntheticTrail.generate();
    c.add(t.hour(t.log()));
    cloudTrail.serve("us-east-1", t.signer, until.plus(Duration.ofMinutes(90)), until.plus(Duration.ofDays(30)));
    cloudTrail.pageSize = 10;
    upload();
    ValidationReport r = validate();
    assertThat(digest(r, c.get(4)).status()).isEqualTo(VALID);
    assertThat(cloudTrail.requests).singleElement().satisfies(q ->
        assertThat(q.end()).isEqualTo(until.plus(Duration.ofHours(2))));
  }

  @Test
  @DisplayName("edge 16: a backfill digest's key is listed around its generation time")
  void edge16BackfillKeyAroundGenerationTime() throws IOException {
    chain();
    t.backfill = true;
    t.last = null;
    Instant generated = until.plus(Duration.ofDays(40));
    t.signer = SyntheticTrail.generate();
    Digest b = t.digest(from, from.plus(Duration.ofHours(1)), m -> { }, t.log(from.plus(Duration.ofMinutes(3)),
        "{\"eventID\":\"late\"}"));
    cloudTrail.serve("us-east-1", t.signer, generated.minus(Duration.ofMinutes(30)),
        generated.plus(Duration.ofMinutes(30)));
    upload(Map.of(b.key(), Map.of("backfill-generation-timestamp", generated.toString())));
    ValidationReport r = validate();
    assertThat(digest(r, b).status()).isEqualTo(VALID);
    assertThat(digest(r, b).backfill()).isTrue();
    assertThat(cloudTrail.requests).extracting(q -> q.start() + " " + q.end()).containsExactly(
        from + " " + until.plus(Duration.ofHours(2)),
        generated.minus(Duration.ofHours(1)) + " " + generated.plus(Duration.ofHours(1)));
  }

  @Test
  @DisplayName("edge 24: a deleted trail validates from its bucket and prefix alone: no DescribeTrails")
  void edge24NoTrailLookup() throws IOException {
    t.prefix = "org-logs";
    chain();
    upload();
    ValidationReport r;
    try (CloudTrailPublicKeys keys = keys()) {
      r = TrailValidator.builder().publicKeys(keys).bucket(bucket).prefix("org-logs/").build()
          .validate(S3ObjectStore.of(server.s3));
    }
    assertThat(r.passed()).isTrue();
    assertThat(r.digests()).hasSize(5);
    assertThat(cloudTrail.requests).extracting(ListPublicKeysEndpoint.Request::target)
        .containsOnly(ListPublicKeysEndpoint.TARGET);
  }

  @Test
  @DisplayName("a bucket that does not exist is an IOException naming the bucket and prefix, from the first page on")
  void aMissingBucketIsAnIoExceptionNamingIt() throws IOException {
    try (CloudTrailPublicKeys keys = keys()) {
      TrailValidator v = TrailValidator.builder().publicKeys(keys).bucket("no-such-bucket").prefix("logs/").build();
      assertThatThrownBy(() -> v.validate(S3ObjectStore.of(server.s3))).isInstanceOf(IOException.class)
          .hasMessageStartingWith("cannot list s3://no-such-bucket/logs/: HTTP 404 (NoSuchBucket)");
    }
    assertThat(cloudTrail.requests).isEmpty();
  }

  @Test
  @DisplayName("edge 25/36: access denied on one log (a cross-account bucket) is reported, the rest validated, "
      + "and the bucket's location is never asked")
  void edge25AccessDenied() throws Exception {
    List<Digest> c = chain();
    upload();
    String deniedKey = firstLogKey(c.get(1));
    try (FaultProxy proxy = new FaultProxy(server.endpoint());
        S3Client s3 = S3Server.client(proxy.endpoint())) {
      proxy.fail("GET", deniedKey.substring(deniedKey.lastIndexOf('/') + 1), 100, 403, "AccessDenied");
      ValidationReport r = validate(s3, keys());
      LogFileResult l = r.logFiles().stream().filter(x -> x.key().equals(deniedKey)).findFirst().orElseThrow();
      assertThat(l.status()).isEqualTo(UNREADABLE);
      assertThat(l.message()).contains("cannot get s3://" + bucket + "/" + deniedKey
          + ": HTTP 403 (AccessDenied): access denied: injected by the test");
      assertThat(r.logFileCount(VALID)).isEqualTo(4);
      assertThat(r.digests()).extracting(DigestResult::status).containsOnly(VALID);
      assertThat(proxy.requests).noneMatch(q -> q.contains("?location"));
    }
  }

  /** The key of the log file a digest lists first. */
  static String firstLogKey(Digest d) {
    String json = new String(d.content(), java.nio.charset.StandardCharsets.UTF_8);
    int at = json.indexOf("\"s3Object\":\"") + "\"s3Object\":\"".length();
    return json.substring(at, json.indexOf('"', at));
  }

  @Test
  @DisplayName("edge 37: a digest of another partition has its keys listed at that partition's endpoint")
  void edge37Partition() throws IOException {
    t.region = "cn-north-1";
    t.home = "cn-north-1";
    chain();
    upload();
    List<String> hosts = new ArrayList<>();
    ExecutionInterceptor noNetwork = new ExecutionInterceptor() {
      @Override
      public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        hosts.add(context.httpRequest().host());
        throw SdkClientException.create("not sent: this test stays offline");
      }
    };
    ValidationReport r = validate(server.s3, keys(region -> client(null, region, noNetwork)));
    assertThat(hosts).isNotEmpty().allSatisfy(h -> assertThat(h).isEqualTo("cloudtrail.cn-north-1.amazonaws.com.cn"));
    assertThat(r.digests()).allSatisfy(d -> {
      assertThat(d.status()).isEqualTo(UNREADABLE);
      assertThat(d.message()).contains("ListPublicKeys in cn-north-1");
    });
  }
}
