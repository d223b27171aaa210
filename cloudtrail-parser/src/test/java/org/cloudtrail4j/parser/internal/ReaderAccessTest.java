package org.cloudtrail4j.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.spi.CloudTrailMappers;
import org.cloudtrail4j.parser.CloudTrailProblem;
import org.cloudtrail4j.parser.CloudTrailReader;
import org.cloudtrail4j.parser.EventFilter;
import org.cloudtrail4j.parser.ReadLimits;
import org.cloudtrail4j.parser.ReadListener;
import org.junit.jupiter.api.Test;

/**
 * Internal readers (the Spark source) take a built reader's configuration and add a projection to it, so the
 * builder's defaults reach them from the builder alone.
 */
class ReaderAccessTest {
  private static final String RECORD = "{\"eventVersion\":\"1.08\",\"eventTime\":\"2024-05-01T10:00:00Z\","
      + "\"eventSource\":\"eks.amazonaws.com\",\"eventName\":\"CreateCluster\",\"awsRegion\":\"us-east-1\","
      + "\"requestParameters\":{\"name\":\"a\"},\"eventID\":\"e-1\"}";

  @Test
  void aDefaultReadersConfigurationHasTheBuildersDefaults() {
    ReaderConfig config = ReaderAccess.configOf(CloudTrailReader.builder().build());
    assertThat(config.filter).isNull();
    assertThat(config.problemHandler).isNull();
    assertThat(config.listener).isNull();
    assertThat(config.parallelism).isEqualTo(1);
    assertThat(config.ordered).isTrue();
    assertThat(config.limits).isSameAs(ReadLimits.defaults());
    assertThat(config.mappers).isSameAs(CloudTrailMappers.defaults());
    assertThat(config.strict).isFalse();
    assertThat(config.deliveryLag).isEqualTo(CloudTrailReader.DEFAULT_DELIVERY_LAG);
    assertThat(config.projection).isSameAs(MemberProjection.ALL);
  }

  @Test
  void aConfiguredReadersConfigurationHasEachSetting() {
    EventFilter filter = EventFilter.eventSource("eks");
    List<CloudTrailProblem> problems = new ArrayList<>();
    ReadListener listener = new ReadListener() { };
    ReadLimits limits = ReadLimits.defaults().withMaxNestingDepth(10);
    ReaderConfig config = ReaderAccess.configOf(CloudTrailReader.builder().filter(filter).onProblem(problems::add)
        .listener(listener).parallelism(3).ordered(false).limits(limits).mappers(CloudTrailMappers.none())
        .strictValidation(true).deliveryLag(Duration.ofHours(2)).build());
    assertThat(config.filter).isSameAs(filter);
    assertThat(config.listener).isSameAs(listener);
    assertThat(config.parallelism).isEqualTo(3);
    assertThat(config.ordered).isFalse();
    assertThat(config.limits).isSameAs(limits);
    assertThat(config.mappers).isSameAs(CloudTrailMappers.none());
    assertThat(config.strict).isTrue();
    assertThat(config.deliveryLag).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void aProjectionIsAddedToTheReadersConfiguration() {
    List<CloudTrailProblem> problems = new ArrayList<>();
    ReaderConfig config = ReaderAccess.configOf(CloudTrailReader.builder().onProblem(problems::add).build())
        .withProjection(MemberProjection.of(List.of("eventName")));
    byte[] doc = ("{\"Records\":[" + RECORD + "]}").getBytes(StandardCharsets.UTF_8);
    List<CloudTrailEvent> events;
    try (Stream<CloudTrailEvent> s = Streams.of(doc, 0, doc.length, "doc", config)) {
      events = s.collect(Collectors.toList());
    }
    assertThat(events).hasSize(1);
    assertThat(events.get(0).eventName()).contains("CreateCluster");
    assertThat(events.get(0).eventSource()).isEmpty();
    assertThat(problems).isEmpty();
  }

  @Test
  void aReaderWithAnotherConfigurationReadsWithIt() {
    List<CloudTrailProblem> problems = new ArrayList<>();
    CloudTrailReader built = CloudTrailReader.builder().onProblem(problems::add).build();
    ReaderConfig config = ReaderAccess.configOf(built).withProjection(MemberProjection.of(List.of("eventName")));
    CloudTrailReader reader = ReaderAccess.withConfig(built, config);
    assertThat(ReaderAccess.configOf(reader)).isSameAs(config);
    byte[] doc = ("{\"Records\":[" + RECORD + "]}").getBytes(StandardCharsets.UTF_8);
    List<CloudTrailEvent> events;
    try (Stream<CloudTrailEvent> s = reader.read(doc, "doc")) {
      events = s.collect(Collectors.toList());
    }
    assertThat(events).hasSize(1);
    assertThat(events.get(0).eventName()).contains("CreateCluster");
    assertThat(events.get(0).eventSource()).isEmpty();
    assertThat(problems).isEmpty();
  }

  @Test
  void theAccessorIsGrantedOnce() {
    CloudTrailReader.defaults(); // the reader's class is initialised
    assertThatThrownBy(() -> ReaderAccess.grant(reader -> null, config -> null))
        .isInstanceOf(IllegalStateException.class);
  }
}
