package org.cloudtrail4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
  private static final long SEED = CorpusGenerator.DEFAULT_SEED;
  /** The 200 KB corpus of {@link #SEED}, the same on every JDK: 90 records. */
  private static final int SMALL_RECORDS = 90;
  private static final String SMALL_SHA256 = "21473ba22ae3906d137de69e4b932a52673e475889210ef08c9f4096541101ed";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern EVENT_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
  private static final Pattern LOG_FILE_KEY = Pattern.compile(
      "AWSLogs/(\\d{12})/CloudTrail/([a-z]{2}-[a-z]+-\\d)/(\\d{4})/(\\d{2})/(\\d{2})/"
          + "(\\d{12})_CloudTrail_([a-z]{2}-[a-z]+-\\d)_(\\d{4})(\\d{2})(\\d{2})T\\d{4}Z_[A-Za-z0-9]{16}\\.json\\.gz");
  private static final List<String> LEADING_FIELDS = List.of("eventVersion", "userIdentity", "eventTime",
      "eventSource", "eventName", "awsRegion", "sourceIPAddress", "userAgent");

  /** A corpus big enough for the mix to show: about 3,500 records. */
  private static Corpus corpus;
  private static List<Map<String, Object>> records;

  @BeforeAll
  static void generate() throws IOException {
    System.out.println("CorpusGeneratorTest seed " + SEED);
    corpus = new CorpusGenerator(SEED).generate(8_000_000);
    records = recordsOf(corpus.trail());
  }

  @Test
  void sameSeedGivesTheSameBytes() {
    Corpus a = new CorpusGenerator(42).generate(300_000);
    Corpus b = new CorpusGenerator(42).generate(300_000);
    assertThat(a.trail()).isEqualTo(b.trail());
    assertThat(a.logFiles()).hasSameSizeAs(b.logFiles());
    for (int i = 0; i < a.logFiles().size(); i++) {
      assertThat(a.logFiles().get(i).key()).isEqualTo(b.logFiles().get(i).key());
      assertThat(a.logFiles().get(i).json()).isEqualTo(b.logFiles().get(i).json());
    }
  }

  @Test
  void differentSeedsGiveDifferentTrails() {
    assertThat(new CorpusGenerator(1).generate(100_000).trail())
        .isNotEqualTo(new CorpusGenerator(2).generate(100_000).trail());
  }

  @Test
  void aSmallCorpusHasAPinnedDigest() {
    // pins the generator: a change of its output must be deliberate (update this digest and say so in the commit)
    Corpus small = new CorpusGenerator(SEED).generate(200_000);
    assertThat(small.records()).isEqualTo(SMALL_RECORDS);
    assertThat(sha256(small.trail())).isEqualTo(SMALL_SHA256);
  }

  @Test
  void trailReachesTheTargetSize() {
    assertThat(corpus.trail().length).isBetween(8_000_000, 8_000_000 + 16_000);
    assertThat(corpus.records()).isEqualTo(records.size());
  }

  @Test
  void recordsHaveCloudTrailsFieldOrderAndFormats() {
    for (Map<String, Object> r : records) {
      assertThat(new ArrayList<>(r.keySet()).subList(0, LEADING_FIELDS.size())).isEqualTo(LEADING_FIELDS);
      assertThat((String) r.get("eventTime")).matches(EVENT_TIME);
      assertThat(UUID.fromString((String) r.get("eventID")).version()).isEqualTo(4);
      assertThat(r).containsKeys("requestParameters", "responseElements", "eventType", "recipientAccountId",
          "eventCategory");
      assertThat(r.get("readOnly")).isInstanceOf(Boolean.class);
    }
  }

  @Test
  void mixHoldsWithinTolerance() {
    Map<String, Integer> kinds = new HashMap<>();
    for (Map<String, Object> r : records) {
      kinds.merge(kind(r), 1, Integer::sum);
    }
    assertThat(share(kinds.get("readOnly"))).isCloseTo(40.0, within(2.5));
    assertThat(share(kinds.get("assumeRole"))).isCloseTo(25.0, within(2.5));
    assertThat(share(kinds.get("data"))).isCloseTo(20.0, within(2.5));
    assertThat(share(kinds.get("mutating"))).isCloseTo(10.0, within(1.5));
    assertThat(share(kinds.get("other"))).isCloseTo(5.0, within(1.0));
  }

  @Test
  void mutatingCallsAreThreeToFifteenKilobytes() throws IOException {
    int mutating = 0;
    for (JsonNode r : MAPPER.readTree(corpus.trail()).path("Records")) {
      if (kind(MAPPER.convertValue(r, new TypeReference<Map<String, Object>>() {})).equals("mutating")) {
        mutating++;
        assertThat(MAPPER.writeValueAsBytes(r).length).as(r.path("eventName").asText()).isBetween(3_000, 15_000);
      }
    }
    assertThat(mutating).isPositive();
  }

  @Test
  void eksIsTheOnlyServiceAtAboutOnePercent() {
    Map<String, Integer> sources = new HashMap<>();
    for (Map<String, Object> r : records) {
      sources.merge((String) r.get("eventSource"), 1, Integer::sum);
    }
    assertThat(share(sources.get("eks.amazonaws.com"))).isCloseTo(1.0, within(0.35));
    sources.forEach((source, count) -> {
      if (!source.equals("eks.amazonaws.com")) {
        assertThat(share(count) < 0.6 || share(count) > 1.5).as(source + " at " + share(count) + "%").isTrue();
      }
    });
  }

  @Test
  void namesOfPrincipalsAndResourcesRepeat() {
    Map<String, Integer> userAgents = new HashMap<>();
    Map<String, Integer> principals = new HashMap<>();
    for (Map<String, Object> r : records) {
      userAgents.merge((String) r.get("userAgent"), 1, Integer::sum);
      Object arn = ((Map<?, ?>) r.get("userIdentity")).get("arn");
      if (arn != null) {
        principals.merge((String) arn, 1, Integer::sum);
      }
    }
    assertThat(userAgents.size()).isLessThan(40);
    assertThat(principals.size()).isLessThan(records.size() / 10);
  }

  @Test
  void treeHoldsTheSameRecordsInTheS3Layout() throws IOException {
    List<Object> treeIds = new ArrayList<>();
    Map<String, Integer> lastSize = new LinkedHashMap<>();
    for (LogFile f : corpus.logFiles()) {
      Matcher m = LOG_FILE_KEY.matcher(f.key());
      assertThat(m.matches()).as(f.key()).isTrue();
      String account = m.group(1);
      String region = m.group(2);
      assertThat(m.group(6)).isEqualTo(account);
      assertThat(m.group(7)).isEqualTo(region);
      assertThat(m.group(8) + m.group(9) + m.group(10)).isEqualTo(m.group(3) + m.group(4) + m.group(5));
      List<Map<String, Object>> inFile = recordsOf(f.json());
      assertThat(inFile).hasSize(f.records());
      for (Map<String, Object> r : inFile) {
        assertThat(r.get("recipientAccountId")).isEqualTo(account);
        assertThat(r.get("awsRegion")).isEqualTo(region);
        treeIds.add(r.get("eventID"));
      }
      // every file closed before the end holds 100-500 records; the last of an account and region may hold fewer
      Integer previous = lastSize.put(account + region, f.records());
      if (previous != null) {
        assertThat(previous).isBetween(100, 500);
      }
      assertThat(f.records()).isBetween(1, 500);
    }
    assertThat(treeIds).containsExactlyInAnyOrderElementsOf(records.stream().map(r -> r.get("eventID")).toList());
    assertThat(corpus.logFiles().size()).isGreaterThan(corpus.records() / 500);
  }

  @Test
  void writesTrailItsGzipAndTheTree(@TempDir Path dir) throws IOException {
    Corpus small = new CorpusGenerator(7).generate(150_000);
    small.writeTo(dir);
    assertThat(Files.readAllBytes(dir.resolve(Corpus.TRAIL_JSON))).isEqualTo(small.trail());
    assertThat(gunzip(dir.resolve(Corpus.TRAIL_GZIP))).isEqualTo(small.trail());
    for (LogFile f : small.logFiles()) {
      assertThat(gunzip(dir.resolve(Corpus.TREE).resolve(f.key()))).isEqualTo(f.json());
    }
    try (Stream<Path> files = Files.walk(dir.resolve(Corpus.TREE))) {
      assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(small.logFiles().size());
    }
    assertThatThrownBy(() -> small.writeTo(dir)).isInstanceOf(FileAlreadyExistsException.class);
  }

  @Test
  void mainWritesACorpus(@TempDir Path dir) throws IOException {
    CorpusGenerator.main(new String[] {dir.toString(), "1", "5"});
    Corpus expected = new CorpusGenerator(5).generate(1_000_000);
    assertThat(Files.readAllBytes(dir.resolve(Corpus.TRAIL_JSON))).isEqualTo(expected.trail());
  }

  /** The part of the mix a record belongs to, judged from its content alone. */
  private static String kind(Map<String, Object> r) {
    Object type = r.get("eventType");
    if (r.containsKey("errorCode") || "AwsConsoleSignIn".equals(type) || "AwsServiceEvent".equals(type)) {
      return "other";
    }
    if ("AssumeRole".equals(r.get("eventName"))) {
      return "assumeRole";
    }
    boolean s3Data = "s3.amazonaws.com".equals(r.get("eventSource")) && "Data".equals(r.get("eventCategory"));
    if (s3Data || "kms.amazonaws.com".equals(r.get("eventSource"))) {
      return "data";
    }
    return Boolean.FALSE.equals(r.get("readOnly")) ? "mutating" : "readOnly";
  }

  private static double share(Integer count) {
    return count == null ? 0 : 100.0 * count / records.size();
  }

  private static Offset<Double> within(double percentagePoints) {
    return Offset.offset(percentagePoints);
  }

  private static List<Map<String, Object>> recordsOf(byte[] json) throws IOException {
    Map<String, List<Map<String, Object>>> file =
        MAPPER.readValue(json, new TypeReference<Map<String, List<Map<String, Object>>>>() {});
    assertThat(file).containsOnlyKeys("Records");
    return file.get("Records");
  }

  private static byte[] gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
