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
  void printsMediansInUsersUnitsWithBytesPerRecord() throws IOException {
    String json = """
        [{"benchmark": "org.cloudtrail4j.benchmarks.ReadBenchmark.read",
          "params": {"contender": "awsCpl", "sizeMb": "8"},
          "primaryMetric": {"score": 30.5, "scorePercentiles": {"50.0": 32.0}},
          "secondaryMetrics": {
            "megabytes": {"score": 250.0, "scorePercentiles": {"50.0": 256.0}},
            "records": {"score": 110000.0, "scorePercentiles": {"50.0": 115200.0}},
            "gc.alloc.rate.norm": {"score": 46000000.0, "scorePercentiles": {"50.0": 46080000.0}}}},
         {"benchmark": "org.cloudtrail4j.benchmarks.ReadBenchmark.read",
          "params": {"contender": "gzipInflate", "sizeMb": "8"},
          "primaryMetric": {"score": 88.0},
          "secondaryMetrics": {"megabytes": {"score": 704.0}, "records": {"score": 316800.0}}}]
        """;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ResultsTable.print(new ObjectMapper().readTree(json), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("""
        | contender | corpus | MB/s | records/s | B/record | reads/s |
        |---|---:|---:|---:|---:|---:|
        | awsCpl | 8 MB | 256.0 | 115,200 | 12,800 | 32.00 |
        | gzipInflate | 8 MB | 704.0 | 316,800 | - | 88.00 |
        """);
  }
}
