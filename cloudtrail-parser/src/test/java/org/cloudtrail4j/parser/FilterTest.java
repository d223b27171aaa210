package org.cloudtrail4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.junit.jupiter.api.Test;

class FilterTest {
  static final Path SAMPLES = Path.of("../samples/AWSLogs");

  static List<CloudTrailEvent> read(CloudTrailReader reader, Path path) {
    try (Stream<CloudTrailEvent> s = reader.read(path)) {
      return s.collect(Collectors.toList());
    }
  }

  static List<CloudTrailEvent> all() {
    return read(CloudTrailReader.builder().build(), SAMPLES);
  }

  @Test
  void eventSourceFilterKeepsExactlyThatServiceAndCountsTheRest() {
    long[] filteredOut = {0};
    CloudTrailReader reader = CloudTrailReader.builder()
        .filter(EventFilter.eventSource("kms.amazonaws.com"))
        .listener(new ReadListener() {
          @Override
          public void sourceFinished(SourceSummary summary) {
            filteredOut[0] += summary.filteredOut();
          }
        })
        .build();
    List<CloudTrailEvent> kms = read(reader, SAMPLES);
    List<CloudTrailEvent> everything = all();
    assertThat(kms).hasSize(10).allSatisfy(e -> assertThat(e.eventSource()).contains("kms.amazonaws.com"));
    assertThat(kms).containsExactlyElementsOf(
        everything.stream().filter(e -> e.eventSource().orElse("").equals("kms.amazonaws.com"))
            .collect(Collectors.toList()));
    assertThat(filteredOut[0]).isEqualTo(everything.size() - 10);
  }

  @Test
  void eventNameFilterNeedsTheServiceToo() {
    List<CloudTrailEvent> created = read(CloudTrailReader.builder()
        .filter(EventFilter.eventName("eks.amazonaws.com", "CreateCluster")).build(), SAMPLES);
    assertThat(created).singleElement()
        .satisfies(e -> assertThat(e.eventID()).contains("eab22523-174a-499c-9dd6-91e7be3ff8e3"));
  }

  @Test
  void filtersCombineOnTimeRegionAndAccount() {
    Instant from = Instant.parse("2019-01-01T00:00:00Z");
    Instant until = Instant.parse("2021-01-01T00:00:00Z");
    EventFilter filter = EventFilter.eventTimeBetween(from, until)
        .and(EventFilter.awsRegion("us-west-2", "us-east-1"))
        .and(EventFilter.recipientAccountId("111122223333").or(EventFilter.recipientAccountId("123456789012")));
    List<CloudTrailEvent> expected = all().stream()
        .filter(e -> e.eventTime().isPresent() && !e.eventTime().get().isBefore(from)
            && e.eventTime().get().isBefore(until))
        .filter(e -> List.of("us-west-2", "us-east-1").contains(e.awsRegion().orElse("")))
        .filter(e -> List.of("111122223333", "123456789012").contains(e.recipientAccountId().orElse("")))
        .collect(Collectors.toList());
    assertThat(expected).isNotEmpty();
    assertThat(read(CloudTrailReader.builder().filter(filter).build(), SAMPLES)).isEqualTo(expected);
  }

  @Test
  void aHeaderKeyWrittenWithEscapesIsStillSeenByTheFilter() {
    byte[] json = ("{\"Records\":[{\"event\\u0053ource\":\"eks.amazonaws.com\",\"eventID\":\"a\"},"
        + "{\"eventSource\":\"s3.amazonaws.com\",\"eventID\":\"b\"}]}").getBytes(StandardCharsets.UTF_8);
    try (Stream<CloudTrailEvent> s = CloudTrailReader.builder()
        .filter(EventFilter.eventSource("eks.amazonaws.com")).build().read(json)) {
      assertThat(s.map(e -> e.eventID().orElseThrow()).collect(Collectors.toList())).containsExactly("a");
    }
  }

  @Test
  void aRecordWithAnInvalidTimeIsReportedNotSilentlyFilteredOut() {
    byte[] json = ("{\"Records\":[{\"eventTime\":\"soon\",\"eventSource\":\"s3.amazonaws.com\"},"
        + "{\"eventTime\":\"2024-01-01T00:00:00Z\",\"eventSource\":\"s3.amazonaws.com\"}]}").getBytes();
    List<CloudTrailProblem> problems = new ArrayList<>();
    CloudTrailReader reader = CloudTrailReader.builder()
        .filter(EventFilter.eventTimeFrom(Instant.parse("2023-01-01T00:00:00Z")))
        .onProblem(problems::add).build();
    try (Stream<CloudTrailEvent> s = reader.read(json)) {
      assertThat(s.count()).isEqualTo(1);
    }
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(ProblemKind.INVALID_VALUE);
      assertThat(p.jsonPath()).isEqualTo("$.Records[0].eventTime");
      assertThat(p.recordIndex()).isZero();
    });
  }
}
