package org.cloudtrail4j.eks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.cloudtrail4j.apicheck.DocExamples;
import org.cloudtrail4j.eks.audit.EksAudit;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.parser.CloudTrailReader;
import org.junit.jupiter.api.Test;

/**
 * The example of the module's overview page (module-info.java) is the code this test runs: the lines between
 * {@code // module-info.java: overview example} and {@code // end}, less their indentation and with the test's
 * {@code awsLogs} for the overview's {@code Path.of("AWSLogs")}, stand in its {@code <pre>{@code ...}}</pre>} block.
 */
class ModuleOverviewExampleTest {
  private static final Path TEST = Path.of("src/test/java/org/cloudtrail4j/eks/ModuleOverviewExampleTest.java");
  private static final Path OVERVIEW = Path.of("src/main/java/module-info.java");

  @Test
  void printsWhoCreatedOrDeletedClusters() {
    Path awsLogs = Path.of("src/test/resources/trees/eks-seed/AWSLogs");
    String printed = DocExamples.printedBy(() -> {
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

  @Test
  void theOverviewShowsThisCode() throws IOException {
    DocExamples.assertInOverview(TEST, OVERVIEW, "awsLogs", "Path.of(\"AWSLogs\")");
  }
}
