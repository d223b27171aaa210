package org.cloudtrail4j.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.parser.CloudTrailProblem;
import org.cloudtrail4j.parser.CloudTrailReader;
import org.cloudtrail4j.parser.CloudTrailSource;
import org.cloudtrail4j.parser.LogFileSelector;
import org.cloudtrail4j.parser.ReadListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3 source against a real S3 server (S3Proxy, in this JVM), with a loopback proxy that injects the faults S3 has:
 * throttling, server errors, broken connections, access denied.
 */
class S3LogSourceTest {
  private static final Path SAMPLES = Path.of("../samples/AWSLogs");
  private static S3Server server;
  private static FaultProxy faults;
  private static S3Client viaFaults;

  @BeforeAll
  static void start() throws Exception {
    server = S3Server.start();
    server.upload("samples", "", SAMPLES);
    server.upload("prefixed", "trails/prod/", SAMPLES);
    faults = new FaultProxy(server.endpoint());
    viaFaults = S3Server.client(faults.endpoint());
  }

  @AfterAll
  static void stop() throws Exception {
    viaFaults.close();
    faults.close();
    server.close();
  }

  private static final class Collected {
    final List<String> events = new ArrayList<>();
    final List<CloudTrailProblem> problems = new ArrayList<>();
    final List<String> pruned = new ArrayList<>();
    final List<String> skipped = new ArrayList<>();
  }

  private static Collected read(S3Client client, String location, CloudTrailReader.Builder reader) {
    Collected c = new Collected();
    ReadListener listing = new ReadListener() {
      @Override
      public void sourcePruned(String source, String reason) {
        c.pruned.add(source);
      }

      @Override
      public void sourceSkipped(String source, String reason) {
        c.skipped.add(source);
      }
    };
    try (S3LogSource s3 = S3LogSource.builder().client(client).listener(listing).build();
        Stream<CloudTrailEvent> events = s3.read(reader.onProblem(c.problems::add).build(),
            S3Location.parse(location))) {
      events.forEach(e -> c.events.add(e.origin().toString() + " " + e.eventID().orElse("?")));
    }
    return c;
  }

  private static List<String> local(Path root) {
    try (Stream<CloudTrailEvent> events = CloudTrailReader.stream(root)) {
      return events.map(e -> e.eventID().orElse("?") + " " + e.eventTime().map(Object::toString).orElse("?"))
          .collect(Collectors.toList());
    }
  }

  private static List<String> ids(Collected c) {
    return c.events.stream().map(s -> s.substring(s.lastIndexOf(' ') + 1)).collect(Collectors.toList());
  }

  @Test
  void theSamplesReadAsTheSame54RecordsAsTheLocalTree() {
    List<String> expected = local(SAMPLES);
    assertThat(expected).hasSize(54);
    List<String> got = new ArrayList<>();
    try (S3LogSource s3 = S3LogSource.builder().client(server.s3).build();
        Stream<CloudTrailEvent> events = s3.read(CloudTrailReader.defaults(), S3Location.parse("s3://samples"))) {
      events.forEach(e -> got.add(e.eventID().orElse("?") + " " + e.eventTime().map(Object::toString).orElse("?")));
    }
    assertThat(got).isEqualTo(expected);
  }

  @Test
  void aTrailUnderAKeyPrefixReadsTheSameWithEightConcurrentGets() {
    Collected c = read(server.s3, "s3://prefixed/trails/prod", CloudTrailReader.builder().parallelism(8));
    assertThat(c.problems).isEmpty();
    assertThat(ids(c)).hasSize(54);
    assertThat(c.skipped).singleElement().asString().contains("CloudTrail-Digest");
  }

  @Test
  void theListingRunsAheadButItsListenerIsCalledOnTheConsumingThreadInKeyOrder() {
    List<String> heard = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    ReadListener listener = new ReadListener() {
      @Override
      public void sourceSkipped(String source, String reason) {
        heard.add("skipped " + source);
        threads.add(Thread.currentThread());
      }
    };
    List<String> sources;
    try (S3LogSource s3 = S3LogSource.builder().client(server.s3).listener(listener).build();
        Stream<CloudTrailSource> listed = s3.sources(S3Location.parse("s3://samples"), LogFileSelector.all())) {
      sources = listed.map(s -> {
        heard.add(s.name());
        return s.name();
      }).collect(Collectors.toList());
    }
    // in key order, as when the walk ran on this thread: the first account's one log, then the second account's
    // digest folder ("CloudTrail-Digest/" sorts before "CloudTrail/"), skipped, then that account's logs
    assertThat(heard).hasSize(sources.size() + 1);
    assertThat(heard.get(0)).startsWith("s3://samples/AWSLogs/111111111111/CloudTrail/");
    assertThat(heard.get(1)).isEqualTo("skipped s3://samples/AWSLogs/111122223333/CloudTrail-Digest/");
    assertThat(heard.get(2)).startsWith("s3://samples/AWSLogs/111122223333/CloudTrail/");
    assertThat(threads).containsOnly(Thread.currentThread());
  }

  @Test
  void theListingSkipsFoldersOutsideTheSelectorAndListsOnlyTheDaysInRange() {
    LogFileSelector selector = LogFileSelector.of(Set.of("111122223333"), Set.of("us-west-2"),
        Instant.parse("2019-02-01T00:00:00Z"), Instant.parse("2019-02-02T00:00:00Z"), Duration.ofDays(1));
    int before = faults.requests.size();
    List<String> pruned = new ArrayList<>();
    List<String> names;
    try (S3LogSource s3 = S3LogSource.builder().client(viaFaults).listener(new ReadListener() {
      @Override
      public void sourcePruned(String source, String reason) {
        pruned.add(source + " " + reason);
      }
    }).build()) {
      names = s3.sources(S3Location.parse("s3://samples/AWSLogs/"), selector).map(CloudTrailSource::name)
          .collect(Collectors.toList());
    }
    assertThat(names).containsExactly("s3://samples/AWSLogs/111122223333/CloudTrail/us-west-2/2019/02/01/"
        + "111122223333_CloudTrail_us-west-2_20190201T0330Z_uK7a6w1ZI8099H6Z.json.gz");
    List<String> lists = faults.requests.subList(before, faults.requests.size());
    // AWSLogs/, the account, CloudTrail/, one listing for each of the two days (the range and its lag), then the
    // organization folder, its account (the same one) and its CloudTrail/, whose only region is pruned
    assertThat(lists).hasSize(8).allMatch(r -> r.startsWith("GET /samples?list-type=2")
        || r.startsWith("GET /samples/?list-type=2"));
    assertThat(pruned).anyMatch(p -> p.startsWith("s3://samples/AWSLogs/123456789012/ account not in the filter"))
        .anyMatch(p -> p.startsWith("s3://samples/AWSLogs/111122223333/CloudTrail/us-east-1/ region"));
  }

  @Test
  void theDaysInRangeAreListedWhateverDigitsTheDefaultLocaleWrites() {
    LogFileSelector selector = LogFileSelector.of(Set.of("111122223333"), Set.of("us-west-2"),
        Instant.parse("2019-02-01T00:00:00Z"), Instant.parse("2019-02-02T00:00:00Z"), Duration.ofDays(1));
    Locale locale = Locale.getDefault(Locale.Category.FORMAT);
    List<String> names;
    Locale.setDefault(Locale.Category.FORMAT, Locale.forLanguageTag("fa-IR")); // formats 2019 as ۲۰۱۹
    try (S3LogSource s3 = S3LogSource.builder().client(viaFaults).build()) {
      names = s3.sources(S3Location.parse("s3://samples/AWSLogs/"), selector).map(CloudTrailSource::name)
          .collect(Collectors.toList());
    } finally {
      Locale.setDefault(Locale.Category.FORMAT, locale);
    }
    assertThat(names).containsExactly("s3://samples/AWSLogs/111122223333/CloudTrail/us-west-2/2019/02/01/"
        + "111122223333_CloudTrail_us-west-2_20190201T0330Z_uK7a6w1ZI8099H6Z.json.gz");
  }

  @Test
  void anUnfilteredReadListsEachCloudTrailFolderFlatAndSkipsHiddenFolders() throws IOException {
    server.upload("flat", "", SAMPLES);
    String hidden = "AWSLogs/111122223333/CloudTrail/.trash/2019/02/01/"
        + "111122223333_CloudTrail_us-west-2_20190201T0330Z_uK7a6w1ZI8099H6Z.json.gz";
    server.put("flat", hidden, Files.readAllBytes(SAMPLES.getParent().resolve(hidden.replace(".trash", "us-west-2"))));
    List<String> expected;
    try (Stream<Path> files = Files.walk(SAMPLES)) {
      expected = files.filter(Files::isRegularFile)
          .map(f -> "s3://flat/" + SAMPLES.getParent().relativize(f).toString().replace('\\', '/'))
          .filter(n -> !n.contains("/CloudTrail-Digest/")).sorted().collect(Collectors.toList());
    }
    int before = faults.requests.size();
    List<String> skipped = new ArrayList<>();
    List<String> names;
    try (S3LogSource s3 = S3LogSource.builder().client(viaFaults).listener(new ReadListener() {
      @Override
      public void sourceSkipped(String source, String reason) {
        skipped.add(source + " " + reason);
      }
    }).build()) {
      names = s3.sources(S3Location.parse("s3://flat"), LogFileSelector.all()).map(CloudTrailSource::name)
          .collect(Collectors.toList());
    }
    // the same objects, in the same (key) order, as a walk folder by folder
    assertThat(names).containsExactlyElementsOf(expected);
    assertThat(skipped).contains("s3://flat/" + hidden + " in a hidden folder");
    // each account's CloudTrail/ folder listed once, flat; no region folder listed on its own
    List<String> cloudTrailListings = faults.requests.subList(before, faults.requests.size()).stream()
        .map(r -> URLDecoder.decode(r, StandardCharsets.UTF_8)).filter(r -> r.contains("/CloudTrail/"))
        .collect(Collectors.toList());
    assertThat(cloudTrailListings).hasSize(7).allSatisfy(r -> assertThat(r).doesNotContain("delimiter")
        .containsPattern("prefix=AWSLogs/(o-exampleorgid/)?[0-9]{12}/CloudTrail/( |&)"));
  }

  @Test
  void throttlingAndServerErrorsAreRetriedByTheSdk() {
    int before = faults.requests.size();
    faults.fail("GET", "list-type=2", 1, 500, "InternalError");
    faults.fail("GET", "20201101T0840Z", 2, 503, "SlowDown");
    Collected c = read(viaFaults, "s3://samples", CloudTrailReader.builder());
    assertThat(c.problems).isEmpty();
    assertThat(ids(c)).hasSize(54);
    assertThat(faults.requests.subList(before, faults.requests.size())).filteredOn(r -> r.contains("20201101T0840Z"))
        .hasSize(3);
  }

  @Test
  void aConnectionCutInTheMiddleOfAnObjectResumesWithoutLossOrDuplicates() {
    byte[] big = gzip(delivery(4000)); // incompressible enough to span many reads
    server.s3.createBucket(b -> b.bucket("big"));
    server.put("big", "big/AWSLogs/111122223333/CloudTrail/eu-west-1/2024/03/01/"
        + "111122223333_CloudTrail_eu-west-1_20240301T1205Z_big.json.gz", big);
    faults.cut("20240301T1205Z_big", 2, big.length / 3);
    Collected c = read(viaFaults, "s3://big/big/", CloudTrailReader.builder());
    assertThat(c.problems).isEmpty();
    List<String> ids = ids(c);
    assertThat(ids).hasSize(4000).doesNotHaveDuplicates();
    assertThat(faults.requests).filteredOn(r -> r.contains("20240301T1205Z_big")).hasSize(3);
  }

  @Test
  void anObjectReplacedWhileItsBodyWasCutIsAProblemNamingItsKeyAndKeepsWhatWasRead() {
    String key = "changed/AWSLogs/111122223333/CloudTrail/eu-west-1/2024/03/01/"
        + "111122223333_CloudTrail_eu-west-1_20240301T1210Z_changed.json.gz";
    byte[] original = gzip(delivery(4000));
    byte[] replacement = gzip(delivery(4000).replace("\"id-", "\"new-"));
    server.s3.createBucket(b -> b.bucket("changed"));
    server.put("changed", key, original);
    // the first GET breaks off a third of the way in; the object is replaced before the resume asks for the rest
    faults.cut("20240301T1210Z_changed", 1, original.length / 3, () -> server.put("changed", key, replacement));
    int before = faults.requests.size();
    Collected c = read(viaFaults, "s3://changed/changed/", CloudTrailReader.builder());
    assertThat(c.problems).singleElement().satisfies(p -> {
      assertThat(p.source()).isEqualTo("s3://changed/" + key);
      assertThat(p.message()).contains("changed while it was read");
    });
    // what was read before the cut is kept: the original's first records, in order, none of the replacement's
    List<String> ids = ids(c);
    assertThat(ids).isNotEmpty().hasSizeLessThan(4000);
    for (int i = 0; i < ids.size(); i++) {
      assertThat(ids.get(i)).isEqualTo("id-" + i);
    }
    // the listing, the cut GET and the conditional resume, which the server refused
    assertThat(faults.requests.subList(before, faults.requests.size())).filteredOn(r -> r.contains("_changed.json"))
        .hasSize(2);
  }

  @Test
  void aBodyCutMoreOftenThanTheResumesAllowIsAProblemInTheWordsOfAFailedGetAndKeepsWhatWasRead() {
    givenUpAfterCuts("cutoff", 2, "3 times");
  }

  @Test
  void withoutResumesOneCutIsGivenUpOnAtOnce() {
    givenUpAfterCuts("cutonce", 0, "1 time");
  }

  /**
   * An object whose GET and every resume {@code maxResumes} allows break off a quarter of its length in: one problem
   * naming the object, in the words of a failed GET (how often it broke off, {@code times}; the cause in words), the
   * records read before the last cut kept in order, and no GET beyond those allowed.
   */
  private static void givenUpAfterCuts(String bucket, int maxResumes, String times) {
    String stamp = bucket.equals("cutoff") ? "20240301T1215Z" : "20240301T1220Z";
    String key = bucket + "/AWSLogs/111122223333/CloudTrail/eu-west-1/2024/03/01/"
        + "111122223333_CloudTrail_eu-west-1_" + stamp + "_" + bucket + ".json.gz";
    byte[] body = gzip(delivery(4000));
    server.s3.createBucket(b -> b.bucket(bucket));
    server.put(bucket, key, body);
    faults.cut(stamp + "_" + bucket, maxResumes + 1, body.length / 4);
    int before = faults.requests.size();
    Collected c = new Collected();
    try (S3LogSource s3 = S3LogSource.builder().client(viaFaults).maxResumes(maxResumes).build();
        Stream<CloudTrailEvent> events = s3.read(CloudTrailReader.builder().onProblem(c.problems::add).build(),
            S3Location.parse("s3://" + bucket + "/" + bucket + "/"))) {
      events.forEach(e -> c.events.add(e.origin().toString() + " " + e.eventID().orElse("?")));
    }
    assertThat(c.problems).singleElement().satisfies(p -> {
      assertThat(p.source()).isEqualTo("s3://" + bucket + "/" + key);
      assertThat(p.message()).matches("cannot read( after record \\d+)?: cannot get " + Pattern.quote("s3://" + bucket
          + "/" + key) + ": the connection broke off " + times + ", the last at byte \\d+ of " + body.length
          + "; giving up: .+")
          .doesNotContain("java.").doesNotContain("Exception"); // the cause in words, not a class name
    });
    // what arrived before the last cut is kept, in order; nothing after it is made up
    List<String> ids = ids(c);
    assertThat(ids).isNotEmpty().hasSizeLessThan(4000);
    for (int i = 0; i < ids.size(); i++) {
      assertThat(ids.get(i)).isEqualTo("id-" + i);
    }
    // the GET and the resumes allowed, each cut; no more
    assertThat(faults.requests.subList(before, faults.requests.size()))
        .filteredOn(r -> r.contains("_" + bucket + ".json")).hasSize(maxResumes + 1);
  }

  @Test
  void anObjectDeletedBetweenListAndGetIsAProblemNamingItsKey() {
    String key = "gone/AWSLogs/111122223333/CloudTrail/eu-west-1/2024/03/02/"
        + "111122223333_CloudTrail_eu-west-1_20240302T0005Z_gone.json.gz";
    server.s3.createBucket(b -> b.bucket("gone"));
    server.put("gone", key, gzip(delivery(3)));
    server.put("gone", key.replace("_gone", "_kept"), gzip(delivery(2)));
    List<CloudTrailSource> listed;
    List<CloudTrailProblem> problems = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    try (S3LogSource s3 = S3LogSource.builder().client(server.s3).build()) {
      listed = s3.sources(S3Location.parse("s3://gone/gone/"), LogFileSelector.all()).collect(Collectors.toList());
      server.s3.deleteObject(d -> d.bucket("gone").key(key));
      try (Stream<CloudTrailEvent> events = CloudTrailReader.builder().onProblem(problems::add).build()
          .read(listed.stream())) {
        events.forEach(e -> ids.add(e.eventID().orElse("?")));
      }
    }
    assertThat(ids).hasSize(2);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.source()).isEqualTo("s3://gone/" + key);
      assertThat(p.message()).contains("cannot get s3://gone/" + key + ": HTTP 404 (NoSuchKey): the object no longer "
          + "exists");
    });
  }

  @Test
  void anObjectReplacedBetweenListAndGetIsAProblemSayingItChangedSinceItWasListed() {
    String key = "replaced/AWSLogs/111122223333/CloudTrail/eu-west-1/2024/03/02/"
        + "111122223333_CloudTrail_eu-west-1_20240302T0010Z_replaced.json.gz";
    server.s3.createBucket(b -> b.bucket("replaced"));
    server.put("replaced", key, gzip(delivery(3)));
    List<CloudTrailProblem> problems = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    try (S3LogSource s3 = S3LogSource.builder().client(server.s3).build()) {
      List<CloudTrailSource> listed = s3.sources(S3Location.parse("s3://replaced/replaced/"), LogFileSelector.all())
          .collect(Collectors.toList());
      server.put("replaced", key, gzip(delivery(4)));
      try (Stream<CloudTrailEvent> events = CloudTrailReader.builder().onProblem(problems::add).build()
          .read(listed.stream())) {
        events.forEach(e -> ids.add(e.eventID().orElse("?")));
      }
    }
    // the GET asks for the ETag the listing saw: the new object's records are not mistaken for the listed one's
    assertThat(ids).isEmpty();
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.message())
        .contains("cannot get s3://replaced/" + key + ": HTTP 412 (PreconditionFailed): the object changed since "
            + "it was listed (its ETag is no longer "));
  }

  @Test
  void aMissingBucketReadsAsTheSameFailureAsTheValidatorReportsForIt() throws IOException {
    List<CloudTrailProblem> problems = new ArrayList<>();
    try (S3LogSource s3 = S3LogSource.builder().client(server.s3).build();
        Stream<CloudTrailEvent> events = s3.read(CloudTrailReader.builder().onProblem(problems::add).build(),
            S3Location.parse("s3://no-such-bucket/logs/"))) {
      assertThat(events).isEmpty();
    }
    String validators = null;
    try (Stream<String> keys = S3ObjectStore.of(server.s3).list("no-such-bucket", "logs/")) {
      keys.forEach(k -> { });
    } catch (UncheckedIOException e) {
      validators = e.getCause().getMessage();
    }
    String expected = validators;
    assertThat(expected).startsWith("cannot list s3://no-such-bucket/logs/: HTTP 404 (NoSuchBucket): ");
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.source()).isEqualTo("s3://no-such-bucket/logs/");
      assertThat(p.message()).contains(expected);
    });
  }

  @Test
  void accessDeniedOnOnePrefixDoesNotEndTheOthers() {
    faults.fail("GET", "prefix=AWSLogs%2F123456789012%2F", 1, 403, "AccessDenied");
    Collected c = read(viaFaults, "s3://samples", CloudTrailReader.builder());
    assertThat(c.problems).singleElement().satisfies(p -> {
      assertThat(p.source()).isEqualTo("s3://samples/AWSLogs/123456789012/");
      assertThat(p.message()).contains("cannot list s3://samples/AWSLogs/123456789012/: HTTP 403 (AccessDenied): "
          + "access denied: injected by the test");
    });
    // the account's three files hold 3 records; everything else is read
    assertThat(ids(c)).hasSize(54 - local(SAMPLES.resolve("123456789012")).size());
  }

  @Test
  void accessDeniedOnOneObjectIsAProblemNamingItsKey() {
    faults.fail("GET", "20201207T2035Z", 1, 403, "AccessDenied");
    Collected c = read(viaFaults, "s3://samples/AWSLogs/111122223333/", CloudTrailReader.builder());
    assertThat(c.problems).singleElement().satisfies(p -> {
      assertThat(p.source()).endsWith("_20201207T2035Z_D3lYriHifl20OEUZ.json.gz");
      assertThat(p.message()).contains("cannot get " + p.source() + ": HTTP 403 (AccessDenied): access denied: "
          + "injected by the test");
    });
    assertThat(ids(c)).isNotEmpty();
  }

  @Test
  void credentialsComeFromTheDefaultChain() {
    String id = System.getProperty("aws.accessKeyId");
    String secret = System.getProperty("aws.secretAccessKey");
    System.setProperty("aws.accessKeyId", "access");
    System.setProperty("aws.secretAccessKey", "secret");
    try (S3LogSource s3 = S3LogSource.builder().endpointOverride(server.endpoint()).forcePathStyle(true)
        .region("us-east-1").build()) {
      assertThat(s3.sources(S3Location.parse("s3://samples/AWSLogs/"), LogFileSelector.all()).count()).isEqualTo(17);
      System.setProperty("aws.secretAccessKey", "wrong");
    } finally {
      restore("aws.accessKeyId", id);
      restore("aws.secretAccessKey", secret);
    }
  }

  private static void restore(String name, String value) {
    if (value == null) {
      System.clearProperty(name);
    } else {
      System.setProperty(name, value);
    }
  }

  static String delivery(int n) {
    StringBuilder s = new StringBuilder("{\"Records\":[");
    for (int i = 0; i < n; i++) {
      s.append(i == 0 ? "" : ",").append("{\"eventVersion\":\"1.08\",\"eventTime\":\"2024-03-01T12:0")
          .append(i % 5).append(":00Z\",\"eventSource\":\"s3.amazonaws.com\",\"eventName\":\"GetObject\","
              + "\"awsRegion\":\"eu-west-1\",\"eventID\":\"id-").append(i).append("\",\"requestParameters\":"
              + "{\"key\":\"").append(Long.toHexString(i * 0x9E3779B97F4A7C15L)).append(Long.toHexString(i * 31L))
          .append("\"},\"recipientAccountId\":\"111122223333\"}");
    }
    return s.append("]}").toString();
  }

  static byte[] gzip(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(s.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
