package org.cloudtrail4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.junit.jupiter.api.Test;

/** The examples of README.md, which are copied from here: if they stop compiling or working, this fails. */
class ReadmeExamplesTest {
  static final Path AWS_LOGS = Path.of("../samples/AWSLogs");

  @Test
  void quickStart() {
    // README: quick start
    Map<String, Long> callsByService;
    try (Stream<CloudTrailEvent> events = CloudTrailReader.stream(AWS_LOGS)) {
      callsByService = events.collect(Collectors.groupingBy(
          e -> e.eventSource().orElse("?"), Collectors.counting()));
    }
    // end
    assertThat(callsByService).containsEntry("kms.amazonaws.com", 10L).containsEntry("eks.amazonaws.com", 1L);
    assertThat(callsByService.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(54);
  }

  @Test
  void filteringAndSkipAndReport() {
    // README: filters and error policy
    List<CloudTrailProblem> problems = new ArrayList<>();
    CloudTrailReader reader = CloudTrailReader.builder()
        .filter(EventFilter.eventSource("iam.amazonaws.com", "sts.amazonaws.com")
            .and(EventFilter.eventTimeFrom(Instant.parse("2019-01-01T00:00:00Z"))))
        .onProblem(problems::add)          // skip bad records and report them; the default is fail-fast
        .parallelism(2)                    // read two files at once; order stays the path order
        .build();
    try (Stream<CloudTrailEvent> events = reader.read(AWS_LOGS)) {
      events.filter(CloudTrailEvent::failed)
          .forEach(e -> System.out.println(e.principal() + " " + e.eventName().orElse("?") + " failed: "
              + e.errorCode().orElseThrow()));
    }
    problems.forEach(p -> System.err.println(p)); // file @ byte offset, record index, JSON path: kind: message
    // end
    assertThat(problems).isEmpty();
    try (Stream<CloudTrailEvent> events = reader.read(AWS_LOGS)) {
      assertThat(events.count()).isEqualTo(8);
    }
  }

  @Test
  void callsByRole() {
    // README: identities
    Map<String, Long> callsByRole;
    try (Stream<CloudTrailEvent> events = CloudTrailReader.stream(AWS_LOGS)) {
      callsByRole = events.flatMap(e -> e.roleArn().stream())
          .collect(Collectors.groupingBy(role -> role, Collectors.counting()));
    }
    // end
    assertThat(callsByRole).hasSize(7).containsEntry("arn:aws:iam::123456789012:role/tester", 6L)
        .containsEntry("arn:aws:iam::123456789012:role/example-role", 2L);
  }

  @Test
  void lazyRequestParameters() {
    // README: request parameters
    try (Stream<CloudTrailEvent> events = CloudTrailReader.stream(AWS_LOGS)) {
      List<String> subnets = events
          .filter(e -> e.is("eks", "CreateCluster"))
          .flatMap(e -> e.requestParameters().orElseThrow().path("resourcesVpcConfig", "subnetIds").elements()
              .stream())
          .map(v -> v.asString().orElseThrow())
          .collect(Collectors.toList());
      // end
      assertThat(subnets).containsExactly("subnet-a670c2df", "subnet-4f8c5004");
    }
  }
}
