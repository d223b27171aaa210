package org.cloudtrail4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The example of the module's overview page (module-info.java), which is copied from here. */
class ModuleOverviewExampleTest {
  @Test
  void buildsAnEventAndAsksTheCommonQuestions() {
    String printed = printedBy(() -> {
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

  static String printedBy(Runnable example) {
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
