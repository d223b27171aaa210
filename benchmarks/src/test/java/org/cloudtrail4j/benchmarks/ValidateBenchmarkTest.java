package org.cloudtrail4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Both contenders of {@link ValidateBenchmark} go over the same files, and the signed trail validates. */
class ValidateBenchmarkTest {
  @Test
  void theSignedTrailValidatesAndThePlainLoopHashesTheSameFiles() throws Exception {
    for (String contender : new String[] {"plainLoop", "validator"}) {
      ValidateBenchmark b = new ValidateBenchmark();
      b.sizeMb = 2;
      b.threads = 2;
      b.contender = contender;
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
