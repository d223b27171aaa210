package org.cloudtrail4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The command line itself: help, version, usage errors (2) and missing paths (3). */
class UsageIT {
  @Test
  void printsHelpWithTheCommandsAndExitCodes() {
    CliProcess.Result r = CliProcess.run("--help");

    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.stderr).isEmpty();
    assertThat(r.stdout).startsWith("Reads AWS CloudTrail logs: prints records, counts them, audits EKS.\n\n"
        + "Usage: cloudtrail [-hV] [COMMAND]\n");
    assertThat(r.stdout).containsSubsequence("Commands:",
        "  cat       Prints the records, as NDJSON or a table.",
        "  stats     Counts records by service, operation, identity and error code.",
        "  eks       Audits EKS",
        "  validate  Validates CloudTrail log-file integrity, in S3 or offline",
        "Exit codes:", "   0   success", "   1   problems were found in the input", "   2   usage error",
        "   3   a path was not found, or an I/O error", "   4   internal error");
  }

  @Test
  void printsEachCommandsHelpWithItsOptions() {
    CliProcess.Result r = CliProcess.run("cat", "--help");

    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.stdout).contains("Usage: cloudtrail cat ", "--format=FORMAT", "--source=SERVICE", "--name=OPERATION",
        "--since=TIME", "--until=TIME", "--account=ACCOUNT", "--region=REGION", "--identity-type=TYPE",
        "--fail-fast", "--threads=N", "--[no-]progress", "Exit codes:");
    assertThat(CliProcess.run("stats", "--help").stdout).contains("--top=N", "--json", "Exit codes:");
    assertThat(CliProcess.run("help", "eks").stdout).contains("Usage: cloudtrail eks ", "--json", "Exit codes:");
  }

  @Test
  void printsTheVersion() {
    CliProcess.Result r = CliProcess.run("--version");

    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.stdout).startsWith("cloudtrail 0.1.0-SNAPSHOT\n");
  }

  @Test
  void exitsWithTwoWithoutACommand() {
    CliProcess.Result r = CliProcess.run();

    assertThat(r.exitCode).as(r.toString()).isEqualTo(2);
    assertThat(r.stdout).isEmpty();
    assertThat(r.stderr).isEqualTo("cloudtrail: missing command: cat, stats or eks\n"
        + "Try 'cloudtrail --help' for more information.\n");
  }

  @Test
  void exitsWithTwoOnAnUnknownOption() {
    CliProcess.Result r = CliProcess.run("stats", "--bogus", "samples/AWSLogs");

    assertThat(r.exitCode).as(r.toString()).isEqualTo(2);
    assertThat(r.stdout).isEmpty();
    assertThat(r.stderr).isEqualTo("cloudtrail: Unknown option: '--bogus'\n"
        + "Try 'cloudtrail stats --help' for more information.\n");
  }

  @Test
  void exitsWithTwoWithoutAPath() {
    CliProcess.Result r = CliProcess.run("cat");

    assertThat(r.exitCode).as(r.toString()).isEqualTo(2);
    assertThat(r.stderr).startsWith("cloudtrail: Missing required parameter: 'PATH'\n");
  }

  @Test
  void exitsWithTwoOnBadValues() {
    CliProcess.Result since = CliProcess.run("cat", "--since", "yesterday", "samples/AWSLogs");
    assertThat(since.exitCode).as(since.toString()).isEqualTo(2);
    assertThat(since.stderr).startsWith("cloudtrail: Invalid value for option '--since': 'yesterday' is not a time");

    CliProcess.Result threads = CliProcess.run("cat", "--threads", "0", "samples/AWSLogs");
    assertThat(threads.exitCode).as(threads.toString()).isEqualTo(2);
    assertThat(threads.stderr).startsWith("cloudtrail: --threads must be at least 1: 0\n");

    CliProcess.Result format = CliProcess.run("cat", "--format", "csv", "samples/AWSLogs");
    assertThat(format.exitCode).as(format.toString()).isEqualTo(2);

    CliProcess.Result range = CliProcess.run("cat", "--format", "table", "--since", "2020-01-01", "--until",
        "2019-01-01", "samples/AWSLogs");
    assertThat(range.exitCode).as(range.toString()).isEqualTo(2);
    assertThat(range.stdout).isEmpty();
    assertThat(range.stderr).startsWith("cloudtrail: --since 2020-01-01T00:00:00Z is not before --until "
        + "2019-01-01T00:00:00Z: no record could match\n");
  }

  @Test
  void exitsWithThreeOnAMissingPathBeforePrintingAnything() {
    CliProcess.Result r = CliProcess.run("cat", "--format", "table", "samples/AWSLogs", "no/such/dir");

    assertThat(r.exitCode).as(r.toString()).isEqualTo(3);
    assertThat(r.stdout).isEmpty();
    assertThat(r.stderr).isEqualTo("cloudtrail: no such file or directory: no/such/dir\n");
    for (String command : new String[] {"stats", "eks"}) {
      CliProcess.Result other = CliProcess.run(command, "missing.json.gz");
      assertThat(other.exitCode).as(other.toString()).isEqualTo(3);
      assertThat(other.stdout).isEmpty();
      assertThat(other.stderr).isEqualTo("cloudtrail: no such file or directory: missing.json.gz\n");
    }
  }

  @Test
  void keepsProgressOffStdout() {
    CliProcess.Result quiet = CliProcess.run("stats", "samples/AWSLogs");
    CliProcess.Result progress = CliProcess.run("stats", "--progress", "samples/AWSLogs");

    assertThat(progress.exitCode).as(progress.toString()).isZero();
    assertThat(progress.stdout).isEqualTo(quiet.stdout);
  }
}
