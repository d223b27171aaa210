package org.cloudtrail4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the command reads from and writes to: standard input, a pipe closed early, a path that holds no log. */
class InputsIT {
  private static final String RECORD = "{\"eventVersion\":\"1.08\",\"eventTime\":\"2024-03-01T09:15:42Z\","
      + "\"eventSource\":\"ec2.amazonaws.com\",\"eventName\":\"RunInstances\",\"awsRegion\":\"eu-west-1\","
      + "\"eventID\":\"%d\",\"requestParameters\":{\"padding\":\"" + "x".repeat(400) + "\"}}";

  private static byte[] delivery(int records) {
    StringBuilder s = new StringBuilder("{\"Records\":[");
    for (int i = 0; i < records; i++) {
      s.append(i == 0 ? "" : ",").append(String.format(RECORD, i));
    }
    return s.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  @Test
  void readsStandardInputForADash() throws IOException {
    CliProcess.Result r = CliProcess.runWithInput(gzip(delivery(3)), "cat", "-");
    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.lines()).hasSize(3).allSatisfy(l -> assertThat(l).startsWith("{\"eventVersion\""));
    assertThat(r.stderr).isEmpty();

    CliProcess.Result stats = CliProcess.runWithInput(delivery(2), "stats", "--json", "-");
    assertThat(stats.exitCode).as(stats.toString()).isZero();
    assertThat(stats.stdout).contains("\"records\" : 2");
  }

  @Test
  void aClosedPipeEndsTheCommandQuietlyAndSuccessfully(@TempDir Path dir) throws IOException {
    // far more than a pipe buffer holds, so that the command is still writing when the pipe closes
    Path file = Files.write(dir.resolve("big.json"), delivery(20_000));
    CliProcess.Result r = CliProcess.runIntoClosedPipe(2, "cat", file.toString());
    assertThat(r.lines()).hasSize(2);
    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.stderr).isEmpty();
  }

  @Test
  void aPathThatHoldsNoLogIsToldWithItsOwnExitCode(@TempDir Path dir) throws IOException {
    Path emptyDir = Files.createDirectories(dir.resolve("AWSLogs/111122223333/CloudTrial"));
    Files.writeString(emptyDir.resolve("notes.txt"), "not a log");
    for (String command : new String[] {"cat", "stats", "eks"}) {
      CliProcess.Result r = CliProcess.run(command, dir.toString());
      assertThat(r.exitCode).as(r.toString()).isEqualTo(5);
      assertThat(r.stderr).as(command).startsWith("cloudtrail: no CloudTrail log in " + dir + " (1 file skipped");
    }
    CliProcess.Result both = CliProcess.run("cat", "samples/AWSLogs", dir.toString());
    assertThat(both.exitCode).as(both.toString()).isEqualTo(5);
    assertThat(both.stdout).isNotEmpty();
    CliProcess.Result good = CliProcess.run("cat", "samples/AWSLogs");
    assertThat(good.exitCode).as(good.toString()).isZero();
    assertThat(good.stderr).isEmpty();
  }

  @Test
  void progressStaysOffAStandardErrorThatIsNotATerminal(@TempDir Path dir) throws IOException {
    Path file = Files.write(dir.resolve("big.json.gz"), gzip(delivery(60_000)));
    CliProcess.Result r = CliProcess.run("stats", file.toString());
    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.stderr).isEmpty();
  }
}
