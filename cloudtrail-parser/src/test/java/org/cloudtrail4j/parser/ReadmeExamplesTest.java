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
import org.cloudtrail4j.model.json.JsonValue;
import org.junit.jupiter.api.Test;

/**
 * The examples of README.md's "Quick start" section, as the README shows them: each region between
 * {@code // README: <name>} and {@code // end README} is in README.md verbatim ({@code examples/ReadmeSnippetsTest}
 * checks), so if they stop compiling or working, or drift, a test fails.
 */
class ReadmeExamplesTest {
  static final Path AWS_LOGS = Path.of("../samples/AWSLogs");

  @Test
  void quickStart() {
    Path logs = AWS_LOGS;
    // README: quick start
    Map<String, Long> callsByPrincipal;
    try (Stream<CloudTrailEvent> events = CloudTrailReader.stream(logs)) {
      callsByPrincipal = events.collect(Collectors.groupingBy(CloudTrailEvent::principal, Collectors.counting()));
    }
    // end README
    assertThat(callsByPrincipal).containsKey("arn:aws:iam::493859302102:root");
    assertThat(callsByPrincipal.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(54);
  }

  @Test
  void filteringAndSkipAndReport() {
    Path logs = AWS_LOGS;
    // README: filters and error policy
    List<CloudTrailProblem> problems = new ArrayList<>();
    CloudTrailReader reader = CloudTrailReader.builder()
        .filter(EventFilter.eventSource("iam.amazonaws.com", "sts.amazonaws.com")
            .and(EventFilter.eventTimeFrom(Instant.parse("2019-01-01T00:00:00Z"))))
        .onProblem(problems::add)          // skip bad records and report them; the default is fail-fast
        .parallelism(2)                    // read two files at once; order stays the path order
        .build();
    try (Stream<CloudTrailEvent> events = reader.read(logs)) {
      events.filter(CloudTrailEvent::failed).map(CloudTrailEvent::principal).forEach(System.out::println);
    }
    problems.forEach(p -> System.err.println(p)); // file @ byte offset, record index, JSON path: kind: message
    // end README
    assertThat(problems).isEmpty();
    try (Stream<CloudTrailEvent> events = reader.read(AWS_LOGS)) {
      assertThat(events.count()).isEqualTo(8);
    }
  }

  @Test
  void callsByRole() {
    Path logs = AWS_LOGS;
    // README: identities
    Map<String, Long> callsByRole;
    try (Stream<CloudTrailEvent> events = CloudTrailReader.stream(logs)) {
      callsByRole = events.flatMap(e -> e.roleArn().stream())
          .collect(Collectors.groupingBy(role -> role, Collectors.counting()));
    }
    // end README
    assertThat(callsByRole).hasSize(7).containsEntry("arn:aws:iam::123456789012:role/tester", 6L)
        .containsEntry("arn:aws:iam::123456789012:role/example-role", 2L);
  }

  @Test
  void lazyRequestParameters() {
    try (Stream<CloudTrailEvent> events = CloudTrailReader.stream(AWS_LOGS)) {
      // README: request parameters
      List<JsonValue> subnets = events
          .filter(e -> e.is("eks", "CreateCluster"))
          .flatMap(e -> e.requestParameters().orElseThrow().path("resourcesVpcConfig", "subnetIds").elements()
              .stream())
          .collect(Collectors.toList());
      // end README
      assertThat(subnets).extracting(JsonValue::toJson).containsExactly("\"subnet-a670c2df\"", "\"subnet-4f8c5004\"");
      assertThat(subnets.get(0).asString()).contains("subnet-a670c2df");
    }
  }
}
