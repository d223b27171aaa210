package org.cloudtrail4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cloudtrail validate} over the bundled samples, whose digest is signed (samples/README.md). */
class ValidateCommandIT {
  static final String DIGEST = "s3://amzn-s3-demo-bucket/AWSLogs/111122223333/CloudTrail-Digest/us-west-2/2019/02/01/"
      + "111122223333_CloudTrail-Digest_us-west-2_management-trail_us-west-2_20190201T040000Z.json.gz";
  static final String LOG_KEY = "AWSLogs/111122223333/CloudTrail/us-west-2/2019/02/01/"
      + "111122223333_CloudTrail_us-west-2_20190201T0330Z_uK7a6w1ZI8099H6Z.json.gz";
  /** What {@code --verbose} prints after the first line for the samples in {@link #RANGE}. */
  static final String VALID_IN_RANGE = "Digest file\t" + DIGEST + "\tvalid\n"
      + "Log file\ts3://amzn-s3-demo-bucket/" + LOG_KEY + "\tvalid\n"
      + "Results requested for 2019-02-01T03:00:00Z to 2019-02-01T04:00:00Z\n"
      + "Results found for 2019-02-01T03:00:00Z to 2019-02-01T04:00:00Z:\n"
      + "\n1/1 digest files valid"
      + "\n1/1 log files valid\n";
  static final String[] RANGE = {"--account-id", "111122223333", "--region", "us-west-2",
      "--start-time", "2019-02-01T03:00:00Z", "--end-time", "2019-02-01T04:00:00Z"};

  @TempDir
  Path dir;

  static String[] args(String... first) {
    return Stream.concat(Stream.of(first), Stream.of(RANGE)).toArray(String[]::new);
  }

  @Test
  void theSignedSampleDigestAndItsLogValidateWithTheAwsCliLines() {
    CliProcess.Result r = CliProcess.run(args("validate", "--public-keys", "samples/public-keys.json", "--verbose",
        "samples"));

    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.stdout).isEqualTo("Validating log files in samples between 2019-02-01T03:00:00Z and "
        + "2019-02-01T04:00:00Z\n\n" + VALID_IN_RANGE);
    assertThat(r.stderr).isEmpty();
  }

  @Test
  void aChangedByteInTheSampleLogIsReportedWithItsPathAndExitStatusOne() throws IOException {
    Path copy = copySamples();
    Path log = copy.resolve(LOG_KEY);
    byte[] content;
    try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(log))) {
      content = in.readAllBytes();
    }
    content[content.length / 2] ^= 1;
    try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(log))) {
      out.write(content);
    }

    CliProcess.Result r = CliProcess.runIn(copy, args("validate", "--public-keys", "public-keys.json", "."));

    assertThat(r.exitCode).as(r.toString()).isEqualTo(1);
    assertThat(r.stderr).isEqualTo("Log file\ts3://amzn-s3-demo-bucket/" + LOG_KEY
        + "\tINVALID: hash value doesn't match\n\n");
    assertThat(r.stdout).endsWith("\n1/1 digest files valid\n0/1 log files valid, 1/1 log files INVALID\n");
  }

  @Test
  void overTheWholeTreeTheLogsNoDigestListsAreInvalid() {
    CliProcess.Result r = CliProcess.run("validate", "--public-keys", "samples/public-keys.json", "samples");

    assertThat(r.exitCode).as(r.toString()).isEqualTo(1);
    assertThat(r.stderr.lines().filter(l -> l.endsWith("\tINVALID: not listed in any valid digest"))).hasSize(16);
    assertThat(r.stdout).endsWith("\n1/1 digest files valid\n1/17 log files valid, 16/17 log files INVALID\n");
  }

  @Test
  void jsonCarriesEveryResult() {
    CliProcess.Result r = CliProcess.run(args("validate", "--json", "--public-keys", "samples/public-keys.json",
        "samples"));

    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.stdout).startsWith("{\"root\":\"samples\",\"from\":\"2019-02-01T03:00:00Z\"")
        .contains("\"passed\":true")
        .contains("\"counts\":{\"digests\":{\"VALID\":1},\"logFiles\":{\"VALID\":1}}")
        .contains("{\"uri\":\"" + DIGEST + "\",\"status\":\"VALID\",\"message\":\"valid\",\"backfill\":false,"
            + "\"startTime\":\"2019-02-01T03:00:00Z\",\"endTime\":\"2019-02-01T04:00:00Z\",\"logFiles\":1,"
            + "\"warnings\":[]}")
        .contains("\"uncoveredWindows\":[]")
        .endsWith("}\n");
  }

  @Test
  void withoutTheDigestsSignatureTheNewestDigestIsUnverifiedNotInvalid() throws IOException {
    Path copy = copySamples();
    try (Stream<Path> s = Files.walk(copy)) {
      for (Path p : s.filter(p -> p.toString().endsWith(".sig")).toList()) {
        Files.delete(p);
      }
    }
    CliProcess.Result r = CliProcess.runIn(copy, args("validate", "--public-keys", "public-keys.json", "."));

    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.stderr).startsWith("Digest file\t" + DIGEST + "\tUNVERIFIED: ");
    assertThat(r.stdout).endsWith("\n0/1 digest files valid, 1/1 digest files unverified\n1/1 log files valid\n");
  }

  @Test
  void aTrailDirectoryGivenAsASymbolicLinkValidatesAsItsRealPath() throws IOException {
    Path link = dir.resolve("samples-link");
    Files.createSymbolicLink(link, CliProcess.SAMPLES);

    CliProcess.Result r = CliProcess.run(args("validate", "--public-keys", "samples/public-keys.json", "--verbose",
        link.toString()));

    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.stdout).isEqualTo("Validating log files in " + link + " between 2019-02-01T03:00:00Z and "
        + "2019-02-01T04:00:00Z\n\n" + VALID_IN_RANGE);
    assertThat(r.stderr).isEmpty();
  }

  @Test
  void aSymbolicLinkLoopIsAnIoErrorNamingTheLink() throws IOException {
    Path copy = copySamples();
    Path loop = copy.resolve("AWSLogs/111122223333/CloudTrail/us-west-2/loop");
    Files.createSymbolicLink(loop, copy.resolve("AWSLogs"));

    CliProcess.Result r = CliProcess.runIn(copy, args("validate", "--public-keys", "public-keys.json", "."));

    assertThat(r.exitCode).as(r.toString()).isEqualTo(3);
    assertThat(r.stderr).isEqualTo("cloudtrail validate: " + loop + ": symbolic link loop: leads back to "
        + copy.resolve("AWSLogs") + ", a folder it is in\n");
  }

  @Test
  void aMissingKeyFileIsAnIoError() {
    CliProcess.Result r = CliProcess.run("validate", "--public-keys", "no-such-keys.json", "samples");
    assertThat(r.exitCode).as(r.toString()).isEqualTo(3);
    // in the words of the other commands and of the reader: no such file or directory: <file>
    assertThat(r.stderr).isEqualTo("cloudtrail validate: no such file or directory: no-such-keys.json\n");
  }

  @Test
  void aStartTimeEqualToTheEndTimeIsARange() {
    CliProcess.Result r = CliProcess.run("validate", "--public-keys", "samples/public-keys.json", "--account-id",
        "111122223333", "--region", "us-west-2", "--start-time", "2019-02-01T04:00:00Z", "--end-time",
        "2019-02-01T04:00:00Z", "samples");
    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.stdout).startsWith("Validating log files in samples between 2019-02-01T04:00:00Z and "
        + "2019-02-01T04:00:00Z\n").endsWith("\n1/1 digest files valid\n1/1 log files valid\n");
  }

  @Test
  void aStartTimeAfterTheEndTimeIsAUsageErrorNamingBoth() {
    CliProcess.Result r = CliProcess.run("validate", "--public-keys", "samples/public-keys.json", "--start-time",
        "2019-02-01T04:00:01Z", "--end-time", "2019-02-01T04:00:00Z", "samples");
    assertThat(r.exitCode).as(r.toString()).isEqualTo(2);
    assertThat(r.stderr).contains("--start-time 2019-02-01T04:00:01Z is after --end-time 2019-02-01T04:00:00Z");
  }

  @Test
  void aStartTimeInTheFutureWithoutEndTimeIsAUsageErrorSayingTheEndIsNow() {
    CliProcess.Result r = CliProcess.run("validate", "--public-keys", "samples/public-keys.json", "--start-time",
        "2999-01-01T00:00:00Z", "samples");
    assertThat(r.exitCode).as(r.toString()).isEqualTo(2);
    assertThat(r.stderr).contains("--start-time 2999-01-01T00:00:00Z is after now (")
        .contains("), the end when no --end-time is given");
  }

  @Test
  void publicKeysAreRequired() {
    CliProcess.Result r = CliProcess.run("validate", "samples");
    assertThat(r.exitCode).as(r.toString()).isEqualTo(2);
    assertThat(r.stderr).contains("--public-keys");
  }

  Path copySamples() throws IOException {
    Path samples = CliProcess.SAMPLES;
    Path copy = dir.resolve("samples");
    try (Stream<Path> s = Files.walk(samples)) {
      s.forEach(p -> {
        Path target = copy.resolve(samples.relativize(p).toString());
        try {
          if (Files.isDirectory(p)) {
            Files.createDirectories(target);
          } else {
            Files.copy(p, target);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    return copy;
  }
}
