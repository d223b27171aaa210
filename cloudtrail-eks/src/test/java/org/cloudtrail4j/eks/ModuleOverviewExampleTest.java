package org.cloudtrail4j.eks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.cloudtrail4j.eks.audit.EksAudit;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.parser.CloudTrailReader;
import org.junit.jupiter.api.Test;

/** The example of the module's overview page (module-info.java), which is copied from here. */
class ModuleOverviewExampleTest {
  @Test
  void printsWhoCreatedOrDeletedClusters() {
    Path awsLogs = Path.of("src/test/resources/trees/eks-seed/AWSLogs");
    String printed = printedBy(() -> {
      // module-info.java: overview example (Path.of("AWSLogs") there)
      try (Stream<CloudTrailEvent> events = CloudTrailReader.stream(awsLogs)) {
        events.flatMap(CloudTrailEvent.typed(EksEvent.class))
            .filter(e -> e instanceof CreateClusterEvent || e instanceof DeleteClusterEvent)
            .forEach(e -> System.out.println(e.operation() + " " + e.clusterName().orElse("?") + " by "
                + EksAudit.caller(e).orElse("?")));
      }
      // end
    });
    assertThat(printed.lines())
        .containsExactly("CreateCluster test by arn:aws:iam::111122223333:user/username");
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
