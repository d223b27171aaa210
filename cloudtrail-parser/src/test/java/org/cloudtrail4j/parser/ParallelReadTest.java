package org.cloudtrail4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.junit.jupiter.api.Test;

class ParallelReadTest {
  @Test
  void orderedParallelReadIsExactlyTheSequentialRead() {
    List<CloudTrailEvent> sequential = FilterTest.all();
    List<CloudTrailEvent> parallel = FilterTest.read(
        CloudTrailReader.builder().parallelism(3).ordered(true).build(), FilterTest.SAMPLES);
    assertThat(parallel).isEqualTo(sequential);
    assertThat(parallel).extracting(e -> e.origin().orElseThrow().toString())
        .isEqualTo(sequential.stream().map(e -> e.origin().orElseThrow().toString()).collect(Collectors.toList()));
  }

  @Test
  void unorderedParallelReadGivesTheSameMultiset() {
    List<CloudTrailEvent> sequential = FilterTest.all();
    List<CloudTrailEvent> parallel = FilterTest.read(
        CloudTrailReader.builder().parallelism(2).ordered(false).build(), FilterTest.SAMPLES);
    assertThat(parallel).containsExactlyInAnyOrderElementsOf(sequential);
  }

  @Test
  void closingAParallelStreamEarlyStopsItsThreads() throws InterruptedException {
    try (var s = CloudTrailReader.builder().parallelism(2).build().read(FilterTest.SAMPLES)) {
      assertThat(s.limit(3).count()).isEqualTo(3);
    }
    Thread.sleep(200);
    assertThat(Thread.getAllStackTraces().keySet())
        .noneSatisfy(t -> assertThat(t.getName()).startsWith("cloudtrail4j-reader").matches(n -> t.isAlive()));
  }
}
