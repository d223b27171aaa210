package org.cloudtrail4j.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.parser.CloudTrailReader;
import org.cloudtrail4j.parser.EventFilter;
import org.cloudtrail4j.parser.ReadListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A reader's filter prunes a generated three-month, three-region, two-account trail: a one-day, one-region query opens
 * that day's files and the next day's (the delivery lag), and returns exactly what a full scan returns.
 */
class PruningReadTest {
  private static final Instant FROM = Instant.parse("2024-02-10T00:00:00Z");
  private static final Instant UNTIL = Instant.parse("2024-02-11T00:00:00Z");
  private static final EventFilter QUERY = EventFilter.recipientAccountId("111122223333")
      .and(EventFilter.awsRegion("eu-west-1")).and(EventFilter.eventTimeBetween(FROM, UNTIL));

  @TempDir
  static Path root;
  private static int files;

  @BeforeEach
  void writeOnce() {
    if (files == 0) {
      files = TrailTree.write(root, LocalDate.of(2024, 1, 1), 91);
    }
  }

  private static final class Read {
    final List<String> events = new ArrayList<>();
    final List<String> opened = new ArrayList<>();
    final List<String> pruned = new ArrayList<>();
  }

  private static Read read(CloudTrailReader.Builder builder) {
    Read r = new Read();
    ReadListener listener = new ReadListener() {
      @Override
      public void sourceStarted(String source) {
        r.opened.add(source);
      }

      @Override
      public void sourcePruned(String source, String reason) {
        r.pruned.add(source);
      }
    };
    try (Stream<CloudTrailEvent> events = builder.listener(listener).build().read(root)) {
      events.forEach(e -> r.events.add(e.eventID().orElse("?")));
    }
    return r;
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void aOneDayOneRegionQueryOpensThatDayAndTheLagAndReturnsWhatAFullScanReturns(int threads) {
    Read pruned = read(CloudTrailReader.builder().filter(QUERY).parallelism(threads));
    Read full = read(CloudTrailReader.builder().filter(EventFilter.of(QUERY::test)).parallelism(threads));
    assertThat(full.opened).hasSize(files);
    assertThat(pruned.opened).hasSize(4).allMatch(s -> s.contains("/111122223333/CloudTrail/eu-west-1/2024/02/1"));
    // the last record of the day was delivered after midnight, in the next day's first file
    assertThat(pruned.events).isEqualTo(full.events).containsExactly(
        "111122223333/eu-west-1/2024-02-10T00:05:00Z", "111122223333/eu-west-1/2024-02-10T12:02:00Z",
        "111122223333/eu-west-1/2024-02-10T23:59:30Z");
    // an account, two regions, two months and 27 days of February, each one call
    assertThat(pruned.pruned).hasSize(32);
    assertThat(full.pruned).isEmpty();
  }

  @Test
  void withoutADeliveryLagARecordDeliveredTheNextDayIsMissed() {
    Read r = read(CloudTrailReader.builder().filter(QUERY).deliveryLag(Duration.ZERO));
    assertThat(r.opened).hasSize(2);
    assertThat(r.events).containsExactly("111122223333/eu-west-1/2024-02-10T00:05:00Z",
        "111122223333/eu-west-1/2024-02-10T12:02:00Z");
  }

  @Test
  void aLowerBoundAloneSkipsEverythingDeliveredBeforeIt() {
    EventFilter since = EventFilter.eventTimeFrom(Instant.parse("2024-03-31T12:00:00Z"));
    Read pruned = read(CloudTrailReader.builder().filter(since));
    Read full = read(CloudTrailReader.builder().filter(EventFilter.of(since::test)));
    assertThat(pruned.events).isEqualTo(full.events).hasSize(6);
    assertThat(pruned.opened).hasSize(6); // the 12:10 files of 31 March: two accounts, three regions
  }

  @Test
  void aLambdaFilterPrunesNothing() {
    Read r = read(CloudTrailReader.builder().filter(EventFilter.of(h -> true)));
    assertThat(r.opened).hasSize(files);
    assertThat(r.pruned).isEmpty();
  }
}
