package org.cloudtrail4j.integrity.internal.range;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.cloudtrail4j.integrity.TrailValidator;
import org.junit.jupiter.api.Test;

/** The range check's words say what it checks: a start equal to the end is a range, one after it is not. */
class TimeRangeTest {
  private static final Instant AT = Instant.parse("2019-02-01T04:00:00Z");

  @Test
  void aStartEqualToTheEndIsARange() {
    assertThatCode(() -> TimeRange.check(AT, AT)).doesNotThrowAnyException();
    assertThatCode(() -> TrailValidator.builder().between(AT, AT)).doesNotThrowAnyException();
  }

  @Test
  void aStartAfterTheEndIsRefusedSayingItMustNotBeAfterIt() {
    Instant later = AT.plusNanos(1);
    assertThatThrownBy(() -> TimeRange.check(later, AT)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("start time 2019-02-01T04:00:00.000000001Z must not be after end time 2019-02-01T04:00:00Z");
  }
}
