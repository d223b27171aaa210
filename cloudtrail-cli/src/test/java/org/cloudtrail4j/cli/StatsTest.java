package org.cloudtrail4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** What {@code stats} decodes, in step with what the benchmarks measure as its read. */
class StatsTest {
  @Test
  void decodesTheMembersTheBenchmarksMeasureAsItsRead() {
    // the same list as benchmarks' Contender.STATS_MEMBERS: when this fails, change both (and the README's row)
    assertThat(Stats.MEMBERS).containsExactly("eventSource", "eventName", "userIdentity", "errorCode", "eventTime");
    assertThat(FilterOptions.DECODED_MEMBERS).containsExactly("userIdentity");
  }

  @Test
  void theHelpNamesTheMembersItDecodes() {
    // the help's list is Stats.MEMBER_NAMES, the list decoded: one place, not a copy in the help text
    String help = String.join(" ", StatsCommand.class.getAnnotation(Command.class).description());
    assertThat(help).contains("Decodes only the members it counts (" + String.join(", ", Stats.MEMBERS) + ")");
  }
}
