package org.cloudtrail4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.cloudtrail4j.apicheck.DocExamples;
import org.junit.jupiter.api.Test;

/**
 * The example of the module's overview page (module-info.java) is the code this test runs: the lines between
 * {@code // module-info.java: overview example} and {@code // end}, less their indentation, stand in its
 * {@code <pre>{@code ...}}</pre>} block as they are.
 */
class ModuleOverviewExampleTest {
  private static final Path TEST = Path.of("src/test/java/org/cloudtrail4j/model/ModuleOverviewExampleTest.java");
  private static final Path OVERVIEW = Path.of("src/main/java/module-info.java");

  @Test
  void buildsAnEventAndAsksTheCommonQuestions() {
    String printed = DocExamples.printedBy(() -> {
      // module-info.java: overview example
      CloudTrailEvent event = CloudTrailEvent.builder()
          .eventSource("kms.amazonaws.com")
          .eventName("Decrypt")
          .errorCode("AccessDenied")
          .build();
      System.out.println(event.is("kms.amazonaws.com", "Decrypt") + " " + event.failed() + " " + event.principal());
      // end
    });
    assertThat(printed).isEqualTo("true true unknown" + System.lineSeparator());
  }

  @Test
  void theOverviewShowsThisCode() throws IOException {
    DocExamples.assertInOverview(TEST, OVERVIEW);
  }

}
