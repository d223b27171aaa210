package org.cloudtrail4j.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.spi.CloudTrailEventMapper;
import org.cloudtrail4j.model.spi.CloudTrailMappers;
import org.cloudtrail4j.model.spi.EventKey;
import org.cloudtrail4j.model.spi.MappingException;
import org.junit.jupiter.api.Test;

/** Typed views through a reader: its mappers travel with its events, and a type no mapper produces is an error. */
class TypedViewTest {
  record Bucket(String name) {}

  static final CloudTrailEventMapper<Bucket> CREATE_BUCKET = CloudTrailEventMapper.of(Bucket.class,
      EventKey.of("s3", "CreateBucket"),
      e -> new Bucket(e.requestParameters().orElseThrow().get("bucketName").asString().orElseThrow()));

  static final byte[] RECORDS = ("{\"Records\":["
      + "{\"eventSource\":\"s3.amazonaws.com\",\"eventName\":\"CreateBucket\",\"requestParameters\":{\"bucketName\":\"b1\"}},"
      + "{\"eventSource\":\"s3.amazonaws.com\",\"eventName\":\"CreateBucket\",\"requestParameters\":{}},"
      + "{\"eventSource\":\"s3.amazonaws.com\",\"eventName\":\"DeleteBucket\",\"requestParameters\":{\"bucketName\":\"b1\"}},"
      + "{\"eventSource\":\"s3.amazonaws.com\",\"eventName\":\"CreateBucket\",\"requestParameters\":{\"bucketName\":\"b2\"}}"
      + "]}").getBytes(StandardCharsets.UTF_8);

  @Test
  void typedWithATypeNoMapperProducesFailsAtOnceNamingTheTypeAndWhatIsRegistered() {
    CloudTrailReader reader = CloudTrailReader.builder().mappers(CloudTrailMappers.none()).build();
    assertThatThrownBy(() -> reader.typed(Bucket.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no mapper produces " + Bucket.class.getName())
        .hasMessageContaining("no mappers are registered");

    CloudTrailReader other = CloudTrailReader.builder().mappers(CloudTrailMappers.none())
        .mapper(CloudTrailEventMapper.of(String.class, EventKey.anyOf("s3"), e -> "s3")).build();
    assertThatThrownBy(() -> other.typed(Bucket.class))
        .hasMessageContaining("1 registered mappers produce java.lang.String");
  }

  @Test
  void theStaticTypedFailsOnTheFirstEventWhoseMappersCannotProduceTheType() {
    Function<CloudTrailEvent, Stream<Bucket>> typed = CloudTrailEvent.typed(Bucket.class);
    try (Stream<CloudTrailEvent> s = CloudTrailReader.builder().mappers(CloudTrailMappers.none()).build()
        .read(RECORDS)) {
      assertThatThrownBy(() -> s.flatMap(typed).count()).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(Bucket.class.getName());
    }
  }

  @Test
  void eventsCarryTheirReadersMappers() {
    CloudTrailReader reader = CloudTrailReader.builder().mapper(CREATE_BUCKET).onProblem(p -> { }).build();
    List<CloudTrailEvent> events;
    try (Stream<CloudTrailEvent> s = reader.read(RECORDS)) {
      events = s.collect(Collectors.toList());
    }
    assertThat(events.get(0).mappers()).isSameAs(reader.mappers());
    assertThat(events.get(0).as(Bucket.class)).contains(new Bucket("b1"));
    assertThat(events.get(2).as(Bucket.class)).isEmpty();
    assertThatThrownBy(() -> events.get(1).as(Bucket.class)).isInstanceOf(MappingException.class)
        .hasMessageContaining("bytes @ byte").hasMessageContaining("record 1")
        .satisfies(e -> assertThat(((MappingException) e).origin().orElseThrow().recordIndex()).isEqualTo(1));
  }

  @Test
  void theReadersTypedHandsMapperFailuresToItsErrorPolicy() {
    List<CloudTrailProblem> problems = new ArrayList<>();
    CloudTrailReader reader = CloudTrailReader.builder().mapper(CREATE_BUCKET).onProblem(problems::add).build();
    try (Stream<CloudTrailEvent> s = reader.read(RECORDS)) {
      assertThat(s.flatMap(reader.typed(Bucket.class))).containsExactly(new Bucket("b1"), new Bucket("b2"));
    }
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(ProblemKind.MAPPER_FAILED);
      assertThat(p.recordIndex()).isEqualTo(1);
      assertThat(p.rawRecord()).isPresent();
    });

    CloudTrailReader failFast = CloudTrailReader.builder().mapper(CREATE_BUCKET).build();
    try (Stream<CloudTrailEvent> s = failFast.read(RECORDS)) {
      assertThatThrownBy(() -> s.flatMap(failFast.typed(Bucket.class)).count())
          .isInstanceOf(CloudTrailParseException.class).hasMessageContaining("MAPPER_FAILED");
    }
  }

  @Test
  void streamWithAFilterAddsItToTheReadersOwn() {
    CloudTrailReader kms = CloudTrailReader.builder().filter(EventFilter.eventSource("kms")).build();
    try (Stream<CloudTrailEvent> s = kms.read(FilterTest.SAMPLES, EventFilter.eventName("kms", "Decrypt"))) {
      assertThat(s.collect(Collectors.toList())).isNotEmpty().allSatisfy(e -> assertThat(e.is("kms", "Decrypt")).isTrue());
    }
    try (Stream<CloudTrailEvent> s = CloudTrailReader.stream(FilterTest.SAMPLES,
        EventFilter.eventSource("kms"))) {
      assertThat(s.count()).isEqualTo(10);
    }
  }
}
