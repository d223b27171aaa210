package org.cloudtrail4j.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class CatCommandIT {
  @Test
  void printsEverySampleRecordsExactBytesOneALineInPathOrder() throws IOException {
    CliProcess.Result r = CliProcess.run("cat", "samples/AWSLogs");

    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.stderr).isEmpty();
    List<String> lines = r.lines();
    assertThat(lines).hasSize(ExpectedTsv.total());
    // each sample file is {"Records":[r1,r2,...]}: the lines of its records, joined by commas, are its bytes
    int next = 0;
    for (ExpectedTsv.LogFile file : ExpectedTsv.files()) {
      String joined = String.join(",", lines.subList(next, next + file.records));
      assertThat("{\"Records\":[" + joined + "]}").as(file.path).isEqualTo(gunzip(CliProcess.SAMPLES.resolve(
          file.path)));
      next += file.records;
    }
  }

  @Test
  void printsEachFileWithTheRecordCountOfExpectedTsv() {
    for (ExpectedTsv.LogFile file : ExpectedTsv.files()) {
      CliProcess.Result r = CliProcess.run("cat", "samples/" + file.path);
      assertThat(r.exitCode).as(r.toString()).isZero();
      assertThat(r.lines()).as(file.path).hasSize(file.records);
    }
  }

  @Test
  void printsTheSamplesAsATable() {
    CliProcess.Result r = CliProcess.run("cat", "--format", "table", "samples/AWSLogs");

    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.stdout).isEqualTo(CliProcess.expected("cat-table-samples.txt"));
    assertThat(r.stderr).isEmpty();
  }

  @Test
  void filtersByServiceWithTheShortName() {
    CliProcess.Result r = CliProcess.run("cat", "--source", "eks", "--format", "table", "samples/AWSLogs");

    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.lines()).containsExactly(
        "TIME                  REGION          SOURCE                        NAME                                "
            + "IDENTITY                                      ERROR",
        "2018-05-28T19:16:43Z  region-code     eks.amazonaws.com             CreateCluster                       "
            + "IAMUser:username                              -");
  }

  @Test
  void filtersByIdentityTypeInAnyCase() {
    assertThat(CliProcess.run("cat", "--identity-type", "root", "samples/AWSLogs").lines()).hasSize(9);
    assertThat(CliProcess.run("cat", "--identity-type", "IAMUser,Unknown", "samples/AWSLogs").lines()).hasSize(30);
  }

  @Test
  void filtersByOperationNameInEveryService() {
    CliProcess.Result r = CliProcess.run("cat", "--name", "RunInstances,Decrypt", "samples/AWSLogs");

    assertThat(r.lines()).hasSize(4).allSatisfy(line -> assertThat(line).containsAnyOf(
        "\"eventName\":\"RunInstances\"", "\"eventName\":\"Decrypt\""));
  }

  @Test
  void filtersByTimeRegionAndAccountTogether() {
    CliProcess.Result r = CliProcess.run("cat", "--since", "2019-01-01", "--until", "2020-01-01T00:00:00Z",
        "--region", "us-west-2", "--account", "123456789012", "samples/AWSLogs");

    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.lines()).hasSize(11);
    assertThat(CliProcess.run("cat", "--account", "111122223333", "samples/AWSLogs").lines()).hasSize(18);
  }

  @Test
  void keepsTheOrderWhenReadingWithThreads() {
    CliProcess.Result sequential = CliProcess.run("cat", "samples/AWSLogs");
    CliProcess.Result parallel = CliProcess.run("cat", "--threads", "4", "samples/AWSLogs");

    assertThat(parallel.exitCode).as(parallel.toString()).isZero();
    assertThat(parallel.stdout).isEqualTo(sequential.stdout);
  }

  @Test
  void putsAPrettyPrintedRecordOnOneLineWithTheSameTokens() throws IOException {
    Path file = CliProcess.TEST_DATA.resolve("pretty/cloudgrep-tests-data.json");
    CliProcess.Result r = CliProcess.run("cat", file.toString());

    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.lines()).hasSize(2);
    List<String> recordTokens = tokens(Files.readString(file, UTF_8));
    // the file's tokens are {"Records":[ r0 , r1 ]}: drop the wrapper and compare the records' tokens
    List<String> expected = recordTokens.subList(3, recordTokens.size() - 2);
    List<String> actual = new ArrayList<>(tokens(r.lines().get(0)));
    actual.addAll(tokens(r.lines().get(1)));
    assertThat(actual).isEqualTo(expected);
    // the second record is on one line of its own in the file: its bytes are kept exactly
    assertThat(Files.readString(file, UTF_8).lines()).contains(r.lines().get(1));
  }

  @Test
  void printsNothingButTheHeaderWhenNoRecordMatches() {
    CliProcess.Result r = CliProcess.run("cat", "--format", "table", "--source", "lambda", "samples/AWSLogs");

    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.lines()).hasSize(1);
    assertThat(r.stderr).isEmpty();
  }

  private static String gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return new String(in.readAllBytes(), UTF_8);
    }
  }

  private static List<String> tokens(String json) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        tokens.add(t + " " + p.getText());
      }
    }
    return tokens;
  }
}
