package org.cloudtrail4j.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudtrail4j.integrity.internal.ContentHash;
import org.cloudtrail4j.integrity.testing.SyntheticTrail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's bundled trees ({@code samples/}, the EKS seed trees, all written by
 * {@code scripts/make-samples.sh}) carry digests whose hashes are over the uncompressed content, as CloudTrail's are;
 * the samples' digest is signed (throwaway key, {@code samples/public-keys.json}) and validates.
 */
class SamplesTest {
  static final Path SAMPLES = Path.of("../samples");
  static final Instant FROM = Instant.parse("2019-02-01T03:00:00Z");
  static final Instant UNTIL = Instant.parse("2019-02-01T04:00:00Z");

  @TempDir
  Path dir;

  static TrailValidator.Builder samplesValidator() throws IOException {
    return TrailValidator.builder().publicKeys(PublicKeys.read(SAMPLES.resolve("public-keys.json")));
  }

  @Test
  void theSampleDigestAndTheLogItListsValidate() throws IOException {
    ValidationReport r = samplesValidator().bucket("amzn-s3-demo-bucket").accountIds("111122223333")
        .regions("us-west-2").between(FROM, UNTIL).build().validate(SAMPLES);
    assertThat(r.digests()).singleElement().satisfies(d -> assertThat(d.status()).isEqualTo(ValidationStatus.VALID));
    assertThat(r.logFiles()).singleElement().satisfies(l -> {
      assertThat(l.status()).isEqualTo(ValidationStatus.VALID);
      assertThat(l.key()).endsWith("111122223333_CloudTrail_us-west-2_20190201T0330Z_uK7a6w1ZI8099H6Z.json.gz");
    });
    assertThat(r.uncoveredWindows()).isEmpty();
    assertThat(r.passed()).isTrue();
  }

  @Test
  void overTheWholeTreeTheLogsNoDigestListsAreReportedByPath() throws IOException {
    ValidationReport r = samplesValidator().build().validate(SAMPLES);
    assertThat(r.digestCount(ValidationStatus.VALID)).isEqualTo(1);
    assertThat(r.logFileCount(ValidationStatus.VALID)).isEqualTo(1);
    assertThat(r.logFileCount(ValidationStatus.NOT_COVERED)).isEqualTo(16);
    assertThat(r.passed()).isFalse();
  }

  @Test
  void oneChangedByteInTheListedSampleLogIsCaughtWithItsPath() throws IOException {
    Path copy = copySamples();
    String key = "AWSLogs/111122223333/CloudTrail/us-west-2/2019/02/01/"
        + "111122223333_CloudTrail_us-west-2_20190201T0330Z_uK7a6w1ZI8099H6Z.json.gz";
    flipOneByte(copy.resolve(key));
    ValidationReport r = samplesValidator().between(FROM, UNTIL).build().validate(copy);
    assertThat(r.logFiles()).singleElement().satisfies(l -> {
      assertThat(l.status()).isEqualTo(ValidationStatus.HASH_MISMATCH);
      assertThat(l.uri()).isEqualTo("s3://amzn-s3-demo-bucket/" + key);
    });
  }

  /**
   * Every sample log, listed in a digest the test signs over the tree as delivered: changing one byte of any of
   * them is caught, with its path, and nothing else is reported.
   */
  @Test
  void oneChangedByteInAnySampleLogIsCaughtWithItsPath() throws IOException {
    Path copy = copySamples();
    List<String> logs = sampleLogs(copy);
    assertThat(logs).hasSize(17);
    signEveryLog(copy, logs);
    TrailValidator validator = TrailValidator.builder().publicKeys(SyntheticTrail.keys()).build();
    assertThat(validator.validate(copy).logFiles()).hasSize(17)
        .allSatisfy(l -> assertThat(l.status()).isEqualTo(ValidationStatus.VALID));
    for (String log : logs) {
      byte[] original = Files.readAllBytes(copy.resolve(log));
      flipOneByte(copy.resolve(log));
      ValidationReport r = validator.validate(copy);
      assertThat(r.logFiles().stream().filter(l -> l.status().failure()).map(LogFileResult::key))
          .as("after changing %s", log).containsExactly(log);
      Files.write(copy.resolve(log), original);
    }
  }

  @Test
  void theEksSeedDigestsListTheHashOfTheUncompressedLogs() throws IOException {
    for (String module : List.of("../cloudtrail-parser", "../cloudtrail-eks")) {
      Path root = Path.of(module, "src/test/resources/trees/eks-seed");
      List<Path> digests;
      try (Stream<Path> s = Files.walk(root)) {
        digests = s.filter(p -> p.toString().contains("_CloudTrail-Digest_")).collect(Collectors.toList());
      }
      assertThat(digests).as(module).hasSize(2);
      for (Path d : digests) {
        String json = new String(SyntheticTrail.gunzip(Files.readAllBytes(d)), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\"s3Object\":\"([^\"]+)\",\"hashValue\":\"([0-9a-f]+)\"").matcher(json);
        int listed = 0;
        while (m.find()) {
          listed++;
          try (InputStream in = Files.newInputStream(root.resolve(m.group(1)))) {
            assertThat(HexFormat.of().formatHex(new ContentHash().hash(in).sha256())).as(m.group(1))
                .isEqualTo(m.group(2));
          } catch (ContentHash.FormatException e) {
            throw new AssertionError(e);
          }
        }
        assertThat(listed).isEqualTo(1);
      }
    }
  }

  Path copySamples() throws IOException {
    Path copy = dir.resolve("samples");
    try (Stream<Path> s = Files.walk(SAMPLES.resolve("AWSLogs"))) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path target = copy.resolve(SAMPLES.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return copy;
  }

  static List<String> sampleLogs(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(k -> k.contains("/CloudTrail/")).sorted().collect(Collectors.toList());
    }
  }

  /** One digest per account, region and delivery hour, signed with the test key, as CloudTrail would write them. */
  static void signEveryLog(Path root, List<String> logs) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(x -> x.toString().contains("CloudTrail-Digest")).sorted((a, b) -> b.compareTo(a))
          .collect(Collectors.toList())) {
        Files.delete(p);
      }
    }
    Map<String, List<String>> byHour = new TreeMap<>();
    Pattern name = Pattern.compile("(.*AWSLogs/(?:(o-[^/]+)/)?(\\d{12})/)CloudTrail/([^/]+)/.*_(\\d{8}T\\d{2})\\d{2}Z_.*");
    for (String log : logs) {
      Matcher m = name.matcher(log);
      assertThat(m.matches()).as(log).isTrue();
      byHour.computeIfAbsent(m.group(1) + "|" + m.group(2) + "|" + m.group(3) + "|" + m.group(4) + "|" + m.group(5),
          k -> new ArrayList<>()).add(log);
    }
    for (Map.Entry<String, List<String>> e : byHour.entrySet()) {
      String[] f = e.getKey().split("\\|", -1);
      SyntheticTrail t = new SyntheticTrail(root);
      t.org = f[1].equals("null") ? null : f[1];
      t.account = f[2];
      t.region = f[3];
      t.home = f[3];
      Instant start = java.time.LocalDateTime.parse(f[4], java.time.format.DateTimeFormatter.ofPattern(
          "yyyyMMdd'T'HH")).toInstant(java.time.ZoneOffset.UTC);
      List<SyntheticTrail.Log> listed = new ArrayList<>();
      for (String log : e.getValue()) {
        byte[] content = SyntheticTrail.gunzip(Files.readAllBytes(root.resolve(log)));
        listed.add(new SyntheticTrail.Log(log, SyntheticTrail.sha256Hex(content), t.bucket));
      }
      SyntheticTrail.Digest d = t.digest(start, start.plusSeconds(3600), m -> { },
          listed.toArray(new SyntheticTrail.Log[0]));
      t.saveSignature(d);
    }
  }

  /** Changes one byte of the uncompressed content (a digit or letter inside the JSON), and gzips it again. */
  static void flipOneByte(Path log) throws IOException {
    byte[] content = SyntheticTrail.gunzip(Files.readAllBytes(log));
    int i = content.length / 2;
    while (!Character.isLetterOrDigit(content[i])) {
      i++;
    }
    content[i] = (byte) (content[i] == 'a' ? 'b' : 'a');
    Files.write(log, SyntheticTrail.gzip(content));
  }
}
