package org.cloudtrail4j.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudtrail4j.apicheck.DocExamples;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.parser.CloudTrailReader;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The example of the module's overview page (module-info.java) is the code this test runs, against a real S3 server
 * (S3Proxy) holding the samples: the lines between {@code // module-info.java: overview example} and {@code // end},
 * less their indentation, stand in its {@code <pre>{@code ...}}</pre>} block as they are.
 */
class ModuleOverviewExampleTest {
  private static final Path TEST = Path.of("src/test/java/org/cloudtrail4j/s3/ModuleOverviewExampleTest.java");
  private static final Path OVERVIEW = Path.of("src/main/java/module-info.java");
  private static final Path SAMPLES = Path.of("../samples/AWSLogs");

  @Test
  void printsTheFailedCallsOfATrailInS3AsOfTheSameTreeOnDisk() throws Exception {
    List<String> printed;
    try (S3Server server = S3Server.start()) {
      server.upload("my-trail-bucket", "", SAMPLES);
      S3Client client = server.s3;
      printed = DocExamples.printedBy(() -> {
        // module-info.java: overview example
        try (S3LogSource s3 = S3LogSource.builder().client(client).build();
             Stream<CloudTrailEvent> events = s3.read(CloudTrailReader.defaults(),
                 S3Location.parse("s3://my-trail-bucket/AWSLogs/"))) {
          events.filter(CloudTrailEvent::failed)
              .forEach(e -> System.out.println(e.eventName().orElse("?") + " by " + e.principal()));
        }
        // end
      }).lines().collect(Collectors.toList());
    }
    List<String> onDisk;
    try (Stream<CloudTrailEvent> events = CloudTrailReader.stream(SAMPLES)) {
      onDisk = events.filter(CloudTrailEvent::failed).map(e -> e.eventName().orElse("?") + " by " + e.principal())
          .collect(Collectors.toList());
    }
    assertThat(onDisk).isNotEmpty();
    assertThat(printed).containsExactlyInAnyOrderElementsOf(onDisk);
  }

  @Test
  void theOverviewShowsThisCode() throws IOException {
    DocExamples.assertInOverview(TEST, OVERVIEW);
  }
}
