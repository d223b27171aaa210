package org.cloudtrail4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.cloudtrail4j.apicheck.DocExamples;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.junit.jupiter.api.Test;

/**
 * The example of the module's overview page (module-info.java) is the code this test runs: the lines between
 * {@code // module-info.java: overview example} and {@code // end}, less their indentation and with the test's
 * {@code awsLogs} for the overview's {@code Path.of("AWSLogs")}, stand in its {@code <pre>{@code ...}}</pre>} block.
 */
class ModuleOverviewExampleTest {
  private static final Path TEST = Path.of("src/test/java/org/cloudtrail4j/parser/ModuleOverviewExampleTest.java");
  private static final Path OVERVIEW = Path.of("src/main/java/module-info.java");

  @Test
  void printsTheFailedCallsOfATrail() {
    Path awsLogs = ReadmeExamplesTest.AWS_LOGS;
    long failed;
    try (Stream<CloudTrailEvent> events = CloudTrailReader.stream(awsLogs)) {
      failed = events.filter(e -> e.errorCode().isPresent()).count();
    }
    String printed = DocExamples.printedBy(() -> {
      // module-info.java: overview example (Path.of("AWSLogs") there)
      try (Stream<CloudTrailEvent> events = CloudTrailReader.stream(awsLogs)) {
        events.filter(CloudTrailEvent::failed)
            .forEach(e -> System.out.println(e.eventName().orElse("?") + " by " + e.principal() + ": "
                + e.errorCode().orElse("")));
      }
      // end
    });
    assertThat(failed).isPositive();
    assertThat(printed.lines()).hasSize((int) failed).allMatch(l -> l.matches(".+ by .+: .+"));
  }

  @Test
  void theOverviewShowsThisCode() throws IOException {
    DocExamples.assertInOverview(TEST, OVERVIEW, "awsLogs", "Path.of(\"AWSLogs\")");
  }
}
