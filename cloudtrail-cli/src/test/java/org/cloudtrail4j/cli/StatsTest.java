package org.cloudtrail4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What {@code stats} decodes, in step with what the benchmarks measure as its read. */
class StatsTest {
  @Test
  void decodesTheMembersTheBenchmarksMeasureAsItsRead() {
    // the same list as benchmarks' Contender.STATS_MEMBERS: when this fails, change both (and the README's row)
    assertThat(Stats.MEMBERS).containsExactly("eventSource", "eventName", "userIdentity", "errorCode", "eventTime");
    assertThat(FilterOptions.DECODED_MEMBERS).containsExactly("userIdentity");
  }
}
