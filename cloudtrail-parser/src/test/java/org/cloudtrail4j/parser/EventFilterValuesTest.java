package org.cloudtrail4j.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.junit.jupiter.api.Test;

/** The built-in filters are values a reader can reason about, and the traps of issue 15 item 11 are closed. */
class EventFilterValuesTest {
  static final Instant JAN = Instant.parse("2024-01-01T00:00:00Z");
  static final Instant FEB = Instant.parse("2024-02-01T00:00:00Z");

  @Test
  void anEventNameFilterWithoutItsSourceIsRejectedWithAMessageThatSaysSo() {
    assertThatThrownBy(() -> EventFilter.eventName("CreateCluster"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the first argument is the event source")
        .hasMessageContaining("eventName(\"eks.amazonaws.com\", \"CreateCluster\")");
  }

  @Test
  void anEventNameWhereTheSourceBelongsIsRejected() {
    assertThatThrownBy(() -> EventFilter.eventName("CreateCluster", "DeleteCluster"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("looks like an event name");
  }

  @Test
  void theShortFormOfASourceMeansTheAmazonawsDomain() {
    assertThat(EventFilter.eventSource("kms")).isEqualTo(EventFilter.eventSource("kms.amazonaws.com"));
    List<CloudTrailEvent> kms = FilterTest.read(CloudTrailReader.builder().filter(EventFilter.eventSource("kms"))
        .build(), FilterTest.SAMPLES);
    assertThat(kms).hasSize(10).allSatisfy(e -> assertThat(e.eventSource()).contains("kms.amazonaws.com"));
  }

  @Test
  void twoFiltersOnTheBuilderMustBothAccept() {
    CloudTrailReader reader = CloudTrailReader.builder()
        .filter(EventFilter.eventSource("kms"))
        .filter(EventFilter.eventName("kms", "Decrypt"))
        .build();
    List<CloudTrailEvent> events = FilterTest.read(reader, FilterTest.SAMPLES);
    List<CloudTrailEvent> expected = FilterTest.all().stream().filter(e -> e.is("kms", "Decrypt"))
        .collect(Collectors.toList());
    assertThat(expected).isNotEmpty();
    assertThat(events).containsExactlyElementsOf(expected);
  }

  @Test
  void aReversedOrEmptyTimeRangeIsRejected() {
    assertThatThrownBy(() -> EventFilter.eventTimeBetween(FEB, JAN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from must be before until");
    assertThatThrownBy(() -> EventFilter.eventTimeBetween(JAN, JAN)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void timeBoundsAreNeverNull() {
    assertThatThrownBy(() -> EventFilter.eventTimeBetween(JAN, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> EventFilter.eventTimeFrom(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> EventFilter.eventTimeBefore(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aFilterNeedsAtLeastOneValue() {
    assertThatThrownBy(EventFilter::eventSource).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(EventFilter::awsRegion).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(EventFilter::recipientAccountId).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void oneSidedTimeFiltersSplitTheSamplesBetweenThem() {
    Instant cut = Instant.parse("2019-01-01T00:00:00Z");
    List<CloudTrailEvent> all = FilterTest.all();
    List<CloudTrailEvent> from = FilterTest.read(CloudTrailReader.builder()
        .filter(EventFilter.eventTimeFrom(cut)).build(), FilterTest.SAMPLES);
    List<CloudTrailEvent> before = FilterTest.read(CloudTrailReader.builder()
        .filter(EventFilter.eventTimeBefore(cut)).build(), FilterTest.SAMPLES);
    assertThat(from).isNotEmpty().allSatisfy(e -> assertThat(e.eventTime().orElseThrow()).isAfterOrEqualTo(cut));
    assertThat(before).isNotEmpty().allSatisfy(e -> assertThat(e.eventTime().orElseThrow()).isBefore(cut));
    assertThat(from.size() + before.size()).isEqualTo(all.stream().filter(e -> e.eventTime().isPresent()).count());
  }

  @Test
  void builtInFiltersExposeWhatTheyConstrain() {
    FilterScope scope = EventFilter.recipientAccountId("111122223333")
        .and(EventFilter.awsRegion("us-east-1", "eu-west-1"))
        .and(EventFilter.eventName("eks", "CreateCluster"))
        .and(EventFilter.eventTimeBetween(JAN, FEB))
        .scope();
    assertThat(scope.recipientAccountIds()).contains(Set.of("111122223333"));
    assertThat(scope.awsRegions()).contains(Set.of("us-east-1", "eu-west-1"));
    assertThat(scope.eventSources()).contains(Set.of("eks.amazonaws.com"));
    assertThat(scope.from()).contains(JAN);
    assertThat(scope.until()).contains(FEB);
    assertThat(scope.isAll()).isFalse();
  }

  @Test
  void andIntersectsScopes() {
    FilterScope scope = EventFilter.awsRegion("a-1", "b-1").and(EventFilter.awsRegion("b-1", "c-1"))
        .and(EventFilter.eventTimeFrom(JAN)).and(EventFilter.eventTimeFrom(FEB)).scope();
    assertThat(scope.awsRegions()).contains(Set.of("b-1"));
    assertThat(scope.from()).contains(FEB);
    assertThat(scope.until()).isEmpty();
  }

  @Test
  void orUnitesScopesAndDropsWhatOnlyOneSideConstrains() {
    FilterScope scope = EventFilter.awsRegion("a-1").and(EventFilter.recipientAccountId("1"))
        .or(EventFilter.awsRegion("b-1")).scope();
    assertThat(scope.awsRegions()).contains(Set.of("a-1", "b-1"));
    assertThat(scope.recipientAccountIds()).isEmpty();

    FilterScope time = EventFilter.eventTimeBetween(JAN, FEB).or(EventFilter.eventTimeFrom(FEB)).scope();
    assertThat(time.from()).contains(JAN);
    assertThat(time.until()).isEmpty();
  }

  @Test
  void lambdasAndNegationsPruneNothing() {
    assertThat(EventFilter.of(h -> h.eventName().isPresent()).scope()).isEqualTo(FilterScope.ALL);
    assertThat(EventFilter.awsRegion("us-east-1").negate().scope().isAll()).isTrue();
    assertThat(EventFilter.all().scope()).isEqualTo(FilterScope.ALL);
    assertThat(EventFilter.of(h -> true).and(EventFilter.awsRegion("x-1")).scope().awsRegions())
        .contains(Set.of("x-1"));
  }

  @Test
  void aLambdaFilterStillFiltersRecordByRecord() {
    List<CloudTrailEvent> events = FilterTest.read(CloudTrailReader.builder()
        .filter(EventFilter.of(h -> h.eventName().filter("Decrypt"::equals).isPresent())).build(),
        FilterTest.SAMPLES);
    assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.eventName()).isEqualTo(Optional.of("Decrypt")));
  }

  @Test
  void builtInFiltersAreEqualWhenTheyTestTheSameAndPrintWhatTheyTest() {
    assertThat(EventFilter.awsRegion("a", "b")).isEqualTo(EventFilter.awsRegion("b", "a"));
    assertThat(EventFilter.eventTimeBetween(JAN, FEB)).hasSameHashCodeAs(EventFilter.eventTimeBetween(JAN, FEB));
    assertThat(EventFilter.eventSource("kms").and(EventFilter.eventTimeFrom(JAN)).toString())
        .isEqualTo("(eventSource in [kms.amazonaws.com] and eventTime in [2024-01-01T00:00:00Z, +inf))");
  }
}
