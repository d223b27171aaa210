package org.cloudtrail4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudtrail4j.eks.EksEvent;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.spi.CloudTrailEventMapper;
import org.cloudtrail4j.model.spi.CloudTrailMapperProvider;
import org.cloudtrail4j.model.spi.EventKey;
import org.cloudtrail4j.parser.CloudTrailReader;
import org.cloudtrail4j.parser.EventFilter;
import org.junit.jupiter.api.Test;

/**
 * The five everyday tasks of issue 11, as the README shows them (each region between {@code // README: task} and
 * {@code // end README} is in README.md verbatim, see {@link ReadmeSnippetsTest}), run on the bundled samples.
 */
class UserTasksTest {
  static final Path AWS_LOGS = Path.of("../samples/AWSLogs");

  @Test
  void countsFailedCallsByPrincipalAcrossATree() {
    Path logs = AWS_LOGS;
    // README: task 1
    Map<String, Long> failuresByPrincipal;
    try (Stream<CloudTrailEvent> events = CloudTrailReader.stream(logs)) {
      failuresByPrincipal = events.filter(CloudTrailEvent::failed)
          .collect(Collectors.groupingBy(CloudTrailEvent::principal, Collectors.counting()));
    }
    // end README
    // as an independent count of the samples' records with an errorCode, by userIdentity.arn, gives
    assertThat(failuresByPrincipal).containsOnly(
        Map.entry("arn:aws:sts::123456789012:assumed-role/example-role/example-user", 2L),
        Map.entry("arn:aws:iam::493859302102:root", 1L),
        Map.entry("arn:aws:iam::111111111111:user/diego", 1L),
        Map.entry("arn:aws:sts::123456789012:assumed-role/tester", 1L),
        Map.entry("arn:aws:sts::123123123123:assumed-role/AWSServiceRoleForAmazonEKSNodegroup/EKS", 1L));
  }

  @Test
  void saysWhoCreatedOrDeletedEksClusters() {
    Path logs = AWS_LOGS;
    List<String> out = new ArrayList<>();
    // README: task 2
    EventFilter createOrDelete = EventFilter.eventName("eks", "CreateCluster", "DeleteCluster");
    try (Stream<CloudTrailEvent> events = CloudTrailReader.stream(logs, createOrDelete)) {
      events.flatMap(CloudTrailEvent.typed(EksEvent.class))
          .forEach(e -> out.add(e.operation() + " " + e.clusterName().orElse("?") + " by " + e.event().principal()));
    }
    // end README
    assertThat(out).containsExactly("CreateCluster test by arn:aws:iam::111122223333:user/username");
  }

  @Test
  void readsTheEventsBetweenTwoInstantsAcrossATree() {
    Path logs = AWS_LOGS;
    // README: task 3
    Instant from = Instant.parse("2020-11-01T00:00:00Z");
    Instant until = Instant.parse("2020-12-01T00:00:00Z");
    List<CloudTrailEvent> november;
    try (Stream<CloudTrailEvent> events = CloudTrailReader.stream(logs, EventFilter.eventTimeBetween(from, until))) {
      november = events.collect(Collectors.toList());
    }
    // end README
    assertThat(november).hasSize(8).allSatisfy(e -> assertThat(e.eventTime().orElseThrow()).isBetween(from, until));
  }

  @Test
  void readsOneGzippedLogFromAnInputStream() throws IOException {
    Path file;
    try (Stream<Path> files = Files.walk(AWS_LOGS)) {
      file = files.filter(p -> p.getFileName().toString().startsWith("493859302102_CloudTrail_us-east-1_20201101"))
          .findFirst().orElseThrow();
    }
    InputStream in = Files.newInputStream(file); // e.g. an S3 GetObject response
    List<String> out = new ArrayList<>();
    // README: task 4
    try (Stream<CloudTrailEvent> events = CloudTrailReader.stream(in, "s3://my-trail/" + file.getFileName())) {
      events.filter(e -> e.is("signin", "ConsoleLogin")).forEach(e -> out.add(e.principal()));
    }
    // end README
    assertThat(out).containsExactly("arn:aws:iam::493859302102:root");
  }

  // README: task 5, the mapper
  record NewAccessKey(String userName, String accessKeyId) {}

  static final CloudTrailEventMapper<NewAccessKey> CREATE_ACCESS_KEY = CloudTrailEventMapper.of(NewAccessKey.class,
      EventKey.of("iam", "CreateAccessKey"),
      e -> new NewAccessKey(e.principal(), e.responseElements().orElseThrow().path("accessKey", "accessKeyId")
          .asString().orElseThrow()));
  // end README

  @Test
  void mapsANonEksCallWithACustomMapperRegisteredOnAReader() {
    Path logs = AWS_LOGS;
    // README: task 5, on a reader
    CloudTrailReader reader = CloudTrailReader.builder().mapper(CREATE_ACCESS_KEY).build();
    List<NewAccessKey> keys;
    try (Stream<CloudTrailEvent> events = reader.read(logs)) {
      keys = events.flatMap(CloudTrailEvent.typed(NewAccessKey.class)).collect(Collectors.toList());
    }
    // end README
    assertThat(keys).containsExactly(
        new NewAccessKey("arn:aws:iam::493859302102:root", "AKIA5ZZZK44445XXFFVB"),
        new NewAccessKey("arn:aws:iam::493859302102:root", "AKIASWJJJ66ZZZII4IYY"));
  }

  /** Listed in {@code META-INF/services/org.cloudtrail4j.model.spi.CloudTrailMapperProvider} of the test classes. */
  // README: task 5, for every reader
  public static final class MyMappers implements CloudTrailMapperProvider {
    @Override
    public List<CloudTrailEventMapper<?>> mappers() {
      return List.of(CREATE_ACCESS_KEY);
    }
  }
  // end README

  @Test
  void mapsANonEksCallWithACustomMapperFoundByServiceLoader() {
    List<NewAccessKey> keys;
    try (Stream<CloudTrailEvent> events = CloudTrailReader.stream(AWS_LOGS)) {
      keys = events.flatMap(CloudTrailEvent.typed(NewAccessKey.class)).collect(Collectors.toList());
    }
    assertThat(keys).extracting(NewAccessKey::accessKeyId).containsExactly("AKIA5ZZZK44445XXFFVB",
        "AKIASWJJJ66ZZZII4IYY");
  }
}
