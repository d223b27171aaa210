package org.cloudtrail4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.junit.jupiter.api.Test;

/** The example of the module's overview page (module-info.java), which is copied from here. */
class ModuleOverviewExampleTest {
  @Test
  void printsTheFailedCallsOfATrail() {
    Path awsLogs = ReadmeExamplesTest.AWS_LOGS;
    long failed;
    try (Stream<CloudTrailEvent> events = CloudTrailReader.stream(awsLogs)) {
      failed = events.filter(e -> e.errorCode().isPresent()).count();
    }
    String printed = printedBy(() -> {
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

  private static String printedBy(Runnable example) {
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      example.run();
    } finally {
      System.setOut(saved);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
