package org.cloudtrail4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatsCommandIT {
  @Test
  void reportsTheSampleLogs() {
    CliProcess.Result r = CliProcess.run("stats", "samples/AWSLogs");

    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.stdout).isEqualTo(CliProcess.expected("stats-samples.txt"));
    assertThat(r.stderr).isEmpty();
  }

  @Test
  void countsAgreeWithExpectedTsvAndTheSamplesReadme() {
    CliProcess.Result r = CliProcess.run("stats", "--json", "--top", "0", "samples/AWSLogs");

    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.stdout)
        .contains("\"filesRead\" : " + ExpectedTsv.files().size() + ",")
        .contains("\"filesSkipped\" : 1,")
        .contains("\"records\" : " + ExpectedTsv.total() + ",")
        .contains("\"problems\" : 0,")
        .contains("\"filteredOut\" : 0,")
        .contains("\"firstProblem\" : null,")
        .contains("\"first\" : \"2014-11-04T00:51:45Z\"")
        .contains("\"last\" : \"2025-02-19T18:00:45Z\"");
    // samples/README.md: 11 services, kms 10 ... eks 1; 6 records with an errorCode
    assertThat(r.stdout).containsSubsequence(
        "\"services\" : {", "\"distinct\" : 11,", "\"records\" : 54,",
        "\"key\" : \"kms.amazonaws.com\",", "\"count\" : 10",
        "\"key\" : \"config.amazonaws.com\",", "\"count\" : 9",
        "\"key\" : \"iam.amazonaws.com\",", "\"count\" : 8",
        "\"key\" : \"ec2.amazonaws.com\",", "\"count\" : 5",
        "\"key\" : \"s3.amazonaws.com\",", "\"count\" : 5",
        "\"key\" : \"signin.amazonaws.com\",", "\"count\" : 5",
        "\"key\" : \"acm.amazonaws.com\",", "\"count\" : 4",
        "\"key\" : \"cloudtrail.amazonaws.com\",", "\"count\" : 3",
        "\"key\" : \"organizations.amazonaws.com\",", "\"count\" : 3",
        "\"key\" : \"dynamodb.amazonaws.com\",", "\"count\" : 1",
        "\"key\" : \"eks.amazonaws.com\",", "\"count\" : 1",
        "\"errorCodes\" : {", "\"distinct\" : 6,", "\"records\" : 6,");
    assertThat(r.stdout).endsWith("}\n");
  }

  @Test
  void listsOnlyTheTopEntriesOfEachSection() {
    CliProcess.Result r = CliProcess.run("stats", "--top", "2", "samples/AWSLogs");

    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.stdout).contains(
        "Services (top 2 of 11)\n"
            + "  10  kms.amazonaws.com\n"
            + "   9  config.amazonaws.com\n"
            + "Operations (top 2 of 46)\n"
            + "  3  iam.amazonaws.com AttachUserPolicy\n"
            + "  2  cloudtrail.amazonaws.com StopLogging\n");
  }

  @Test
  void filtersOnMembersItDoesNotDecodeAsBefore() {
    // stats decodes five members; --region and --name test the scanner's header, not the decoded event (figures of
    // main 6432527's jar, before stats decoded only what it counts)
    CliProcess.Result r = CliProcess.run("stats", "--region", "us-east-1", "--name", "AttachUserPolicy,ConsoleLogin",
        "samples/AWSLogs");

    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.stdout).contains("  records        4\n  problems       0\n  filtered out   20\n")
        .contains("Services (2)\n  3  iam.amazonaws.com\n  1  signin.amazonaws.com\n")
        .contains("Identities (1)\n  4  arn:aws:iam::493859302102:root\n");
  }

  @Test
  void countsTheRecordsFiltersLeaveOut() {
    CliProcess.Result r = CliProcess.run("stats", "--source", "kms", "samples/AWSLogs");

    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.stdout).contains("  records        10\n  problems       0\n  filtered out   44\n")
        .contains("Services (1)\n  10  kms.amazonaws.com\n");
  }

  @Test
  void countsIdentitiesThatHaveNoArnByTheLibrarysPrincipalRule() {
    CliProcess.Result r = CliProcess.run("stats", "--identity-type", "Unknown,AWSService", "samples/AWSLogs");

    assertThat(r.stdout).contains("Identities (2)\n"
        + "  3  Unknown:user1\n"
        + "  2  workmail.eu-west-1.amazonaws.com\n"
        + "Error codes (none)\n");
  }
}
