package org.cloudtrail4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ResultsTableTest {
  @Test
  void printsMediansInUsersUnitsWithForkSpreadAndTargetRatios() throws IOException {
    String json = """
        [{"benchmark": "org.cloudtrail4j.benchmarks.ReadBenchmark.read",
          "params": {"contender": "jacksonNextToken", "sizeMb": "8"},
          "primaryMetric": {"score": 100.0, "rawData": [[100.0, 110.0], [90.0, 100.0]]},
          "secondaryMetrics": {
            "megabytes": {"score": 800.0, "rawData": [[800.0, 880.0], [720.0, 800.0]]},
            "records": {"score": 360000.0, "rawData": [[360000.0, 396000.0], [324000.0, 360000.0]]}}},
         {"benchmark": "org.cloudtrail4j.benchmarks.ReadBenchmark.read",
          "params": {"contender": "c4jFull", "sizeMb": "8"},
          "primaryMetric": {"score": 80.0, "rawData": [[80.0, 80.0], [70.0, 90.0]]},
          "secondaryMetrics": {
            "megabytes": {"score": 640.0, "rawData": [[640.0, 640.0], [560.0, 720.0]]},
            "records": {"score": 288000.0, "rawData": [[288000.0, 288000.0], [252000.0, 324000.0]]},
            "gc.alloc.rate.norm": {"score": 3600000.0, "rawData": [[3600000.0, 3600000.0], [3600000.0, 3600000.0]]}}},
         {"benchmark": "org.cloudtrail4j.benchmarks.ReadBenchmark.read",
          "params": {"contender": "gzipInflate", "sizeMb": "8"},
          "primaryMetric": {"score": 88.0},
          "secondaryMetrics": {"megabytes": {"score": 704.0}, "records": {"score": 316800.0}}}]
        """;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ResultsTable.print(new ObjectMapper().readTree(json), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    // medians over all iterations of all forks: c4jFull 640 MB/s, 288,000 records/s at 80 reads/s (3,600 records per
    // read), 3,600,000 bytes per read: 1,000 B/record; its fork medians are 640 and 640, jackson's 840 and 760
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("""
        | contender | corpus | forks × iterations | MB/s | fork medians, MB/s | records/s | B/record |
        |---|---:|---:|---:|---:|---:|---:|
        | jacksonNextToken | 8 MB | 2 × 2 | 800.0 | 760–840 | 360,000 | - |
        | c4jFull | 8 MB | 2 × 2 | 640.0 | 640–640 | 288,000 | 1,000 (1,000–1,000) |
        | gzipInflate | 8 MB | ? | 704.0 | - | 316,800 | - |

        | ratio, same run | median of fork k / fork k | fork k / fork k, lowest–highest | pairs | ratio of medians \
        | lowest–highest over fork medians |
        |---|---:|---:|---:|---:|---:|
        | full read vs jackson nextToken() (c4jFull / jacksonNextToken) | 0.80× | 0.76–0.84 | 2 | 0.80× | 0.76–0.84 |
        """);
  }

  @Test
  void poolsTheForksOfRoundsIntoOneRowPerContender() throws IOException {
    // two rounds of one fork each, as run.sh targets writes them; read as two files, given to print as one array
    String json = """
        [{"benchmark": "b", "params": {"contender": "jacksonNextToken", "sizeMb": "8"},
          "primaryMetric": {"score": 100.0, "rawData": [[100.0, 100.0]]},
          "secondaryMetrics": {"megabytes": {"score": 800.0, "rawData": [[800.0, 800.0]]},
                               "records": {"score": 360000.0, "rawData": [[360000.0, 360000.0]]}}},
         {"benchmark": "b", "params": {"contender": "c4jFull", "sizeMb": "8"},
          "primaryMetric": {"score": 80.0, "rawData": [[80.0, 80.0]]},
          "secondaryMetrics": {"megabytes": {"score": 640.0, "rawData": [[640.0, 640.0]]},
                               "records": {"score": 288000.0, "rawData": [[288000.0, 288000.0]]}}},
         {"benchmark": "b", "params": {"contender": "jacksonNextToken", "sizeMb": "8"},
          "primaryMetric": {"score": 50.0, "rawData": [[50.0, 50.0]]},
          "secondaryMetrics": {"megabytes": {"score": 400.0, "rawData": [[400.0, 400.0]]},
                               "records": {"score": 180000.0, "rawData": [[180000.0, 180000.0]]}}},
         {"benchmark": "b", "params": {"contender": "c4jFull", "sizeMb": "8"},
          "primaryMetric": {"score": 50.0, "rawData": [[50.0, 50.0]]},
          "secondaryMetrics": {"megabytes": {"score": 400.0, "rawData": [[400.0, 400.0]]},
                               "records": {"score": 180000.0, "rawData": [[180000.0, 180000.0]]}}}]
        """;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ResultsTable.print(ResultsTable.pooled((com.fasterxml.jackson.databind.node.ArrayNode) new ObjectMapper()
        .readTree(json)), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    // round 1: 0.80×, round 2: 1.00×: the median of the same-run ratios is 0.90×; over the pooled forks the ratio of
    // the medians is 520 / 600 and the unpaired range 400 / 800 to 640 / 400
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("""
        | contender | corpus | forks × iterations | MB/s | fork medians, MB/s | records/s | B/record |
        |---|---:|---:|---:|---:|---:|---:|
        | jacksonNextToken | 8 MB | 2 × 2 | 600.0 | 400–800 | 270,000 | - |
        | c4jFull | 8 MB | 2 × 2 | 520.0 | 400–640 | 234,000 | - |

        | ratio, same run | median of fork k / fork k | fork k / fork k, lowest–highest | pairs | ratio of medians \
        | lowest–highest over fork medians |
        |---|---:|---:|---:|---:|---:|
        | full read vs jackson nextToken() (c4jFull / jacksonNextToken) | 0.90× | 0.80–1.00 | 2 | 0.87× | 0.50–1.60 |
        """);
  }
}
