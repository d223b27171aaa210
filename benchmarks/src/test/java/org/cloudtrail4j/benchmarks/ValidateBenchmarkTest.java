package org.cloudtrail4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cloudtrail4j.integrity.DigestResult;
import org.cloudtrail4j.integrity.ValidationReport;
import org.junit.jupiter.api.Test;

/** Both contenders of {@link ValidateBenchmark} go over the same files, and the signed trail validates. */
class ValidateBenchmarkTest {
  @Test
  void theSignedTrailValidatesAndThePlainLoopHashesTheSameFiles() throws Exception {
    for (String trail : new String[] {"generated", "busy"}) {
      for (String contender : new String[] {"plainLoop", "validator"}) {
        ValidateBenchmark b = new ValidateBenchmark();
        b.sizeMb = 2;
        b.threads = 2;
        b.contender = contender;
        b.trail = trail;
        b.reuse = false;
        b.setUp(); // throws unless every log file validates
        try {
          ValidateBenchmark.Throughput counters = new ValidateBenchmark.Throughput();
          b.run(counters);
          assertThat(counters.megabytes).isGreaterThan(1.9);
          assertThat(b.logFiles()).isGreaterThan(2);
          if (contender.equals("validator")) {
            assertThat(b.run(counters)).isEqualTo(b.logFiles());
          }
        } finally {
          b.tearDown();
        }
      }
    }
  }

  /**
   * The busy trail is the generated one's log files delivered every five minutes: in each chain, every digest with
   * log files lists twelve but the newest, which lists the rest (the generated trail lists one or two per digest).
   */
  @Test
  void theBusyTrailListsTwelveLogFilesPerDigest() throws Exception {
    ValidateBenchmark b = new ValidateBenchmark();
    b.sizeMb = 8;
    b.threads = 1;
    b.contender = "validator";
    b.trail = "busy";
    b.reuse = false;
    b.setUp();
    try {
      ValidationReport report = b.validate();
      assertThat(report.logFiles()).hasSize(b.logFiles());
      Map<String, List<Integer>> listed = new TreeMap<>();
      for (DigestResult d : report.digests()) { // in time order within each chain
        if (d.logFiles() > 0) {
          listed.computeIfAbsent(String.join("/", Arrays.asList(d.key().split("/")).subList(0, 4)),
              c -> new ArrayList<>()).add(d.logFiles());
        }
      }
      assertThat(listed.values().stream().mapToInt(List::size).sum()).isGreaterThan(0);
      assertThat(listed.values().stream().flatMap(List::stream).mapToInt(Integer::intValue).max().orElse(0))
          .isGreaterThan(2);
      for (List<Integer> counts : listed.values()) {
        assertThat(counts.subList(0, counts.size() - 1)).allMatch(n -> n == 12);
        assertThat(counts.get(counts.size() - 1)).isBetween(1, 12);
      }
    } finally {
      b.tearDown();
    }
  }
}
