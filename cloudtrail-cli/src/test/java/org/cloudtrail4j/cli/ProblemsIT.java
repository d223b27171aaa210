package org.cloudtrail4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input: exit code 1, what could be read still printed, one summary line on stderr. */
class ProblemsIT {
  private static final String TRUNCATED = " @ byte 965, record 0, $.Records[0]: TRUNCATED: input ends inside the record "
      + "(unexpected end of input inside object at depth 2)";

  /**
   * Two records, each with one member of the wrong JSON type: {@code awsRegion} in the first (a member {@code stats}
   * does not count), {@code eventTime} in the second (one it counts).
   */
  private static final String WRONG_TYPES = "{\"Records\":["
      + "{\"eventVersion\":\"1.08\",\"eventTime\":\"2024-01-01T00:00:00Z\",\"eventSource\":\"kms.amazonaws.com\","
      + "\"eventName\":\"Decrypt\",\"awsRegion\":7,\"eventID\":\"e1\"},"
      + "{\"eventVersion\":\"1.08\",\"eventTime\":42,\"eventSource\":\"kms.amazonaws.com\","
      + "\"eventName\":\"Encrypt\",\"awsRegion\":\"us-east-1\",\"eventID\":\"e2\"}]}";

  @TempDir
  Path tmp;

  private Path wrongTypes() throws IOException {
    return Files.writeString(tmp.resolve("wrong-types.json"), WRONG_TYPES, StandardCharsets.UTF_8);
  }

  @Test
  void statsCountsARecordWhoseWrongMemberItDoesNotCount() throws IOException {
    CliProcess.Result r = CliProcess.run("stats", "--json", wrongTypes().toString());

    // the second record's eventTime is counted, so it is a problem; the first record's awsRegion is not looked at
    assertThat(r.exitCode).as(r.toString()).isEqualTo(1);
    assertThat(r.stdout).contains("\"records\" : 1,", "\"problems\" : 1,", "\"key\" : \"kms.amazonaws.com\",",
        "\"eventName\" : \"Decrypt\",");
    assertThat(r.stderr).startsWith("cloudtrail: 1 problem; first: " + tmp.resolve("wrong-types.json"))
        .contains("record 1, $.Records[1].eventTime: WRONG_TYPE");
  }

  @Test
  void catReportsAWrongValueInAnyMember() throws IOException {
    CliProcess.Result r = CliProcess.run("cat", wrongTypes().toString());

    assertThat(r.exitCode).as(r.toString()).isEqualTo(1);
    assertThat(r.stdout).isEmpty();
    assertThat(r.stderr).startsWith("cloudtrail: 2 problems; first: " + tmp.resolve("wrong-types.json"))
        .contains("record 0, $.Records[0].awsRegion: WRONG_TYPE");
  }

  @Test
  void reportsABadFileOnStderrAndExitsWithOne() {
    CliProcess.Result r = CliProcess.runIn(CliProcess.TEST_DATA, "cat", "bad/bad_cloudtrail.json");

    assertThat(r.exitCode).as(r.toString()).isEqualTo(1);
    assertThat(r.stdout).isEmpty();
    assertThat(r.stderr).isEqualTo("cloudtrail: 1 problem; first: bad/bad_cloudtrail.json" + TRUNCATED + "\n");
  }

  @Test
  void printsTheRecordsAroundABadFile() {
    CliProcess.Result r = CliProcess.runIn(CliProcess.TEST_DATA, "cat", "--format", "table", "mixed");

    assertThat(r.exitCode).as(r.toString()).isEqualTo(1);
    assertThat(r.lines()).hasSize(1 + 3 + 1);
    assertThat(r.lines().get(1)).contains("CreateOrganizationalUnit");
    assertThat(r.lines().get(4)).contains("ConsoleLogin");
    assertThat(r.stderr).isEqualTo("cloudtrail: 1 problem; first: mixed/2-bad_cloudtrail.json" + TRUNCATED + "\n");
  }

  @Test
  void stopsAtTheFirstProblemWithFailFast() {
    CliProcess.Result r = CliProcess.runIn(CliProcess.TEST_DATA, "cat", "--fail-fast", "mixed");

    assertThat(r.exitCode).as(r.toString()).isEqualTo(1);
    assertThat(r.lines()).hasSize(3);
    assertThat(r.stderr).isEqualTo("cloudtrail: stopped at the first problem (--fail-fast): "
        + "mixed/2-bad_cloudtrail.json" + TRUNCATED + "\n");
  }

  @Test
  void countsProblemsInStats() {
    CliProcess.Result r = CliProcess.runIn(CliProcess.TEST_DATA, "stats", "mixed");

    assertThat(r.exitCode).as(r.toString()).isEqualTo(1);
    assertThat(r.stdout).startsWith("Input\n"
        + "  paths          mixed\n"
        + "  files read     3\n"
        + "  files skipped  0\n"
        + "  records        4\n"
        + "  problems       1\n"
        + "  filtered out   0\n");
    assertThat(r.stderr).isEqualTo("cloudtrail: 1 problem; first: mixed/2-bad_cloudtrail.json" + TRUNCATED + "\n");
  }

  @Test
  void namesTheFirstProblemInStatsJson() {
    CliProcess.Result r = CliProcess.runIn(CliProcess.TEST_DATA, "stats", "--json", "bad");

    assertThat(r.exitCode).as(r.toString()).isEqualTo(1);
    assertThat(r.stdout).contains("\"records\" : 0,", "\"problems\" : 1,",
        "\"firstProblem\" : \"bad/bad_cloudtrail.json" + TRUNCATED + "\"");
  }

  @Test
  void reportsEveryProblemWhenVerbose() {
    CliProcess.Result r = CliProcess.runIn(CliProcess.TEST_DATA, "eks", "-v", "bad", "mixed");

    assertThat(r.exitCode).as(r.toString()).isEqualTo(1);
    assertThat(r.stderr).isEqualTo("cloudtrail: problem: bad/bad_cloudtrail.json" + TRUNCATED + "\n"
        + "cloudtrail: problem: mixed/2-bad_cloudtrail.json" + TRUNCATED + "\n"
        + "cloudtrail: 2 problems; first: bad/bad_cloudtrail.json" + TRUNCATED + "\n");
  }
}
