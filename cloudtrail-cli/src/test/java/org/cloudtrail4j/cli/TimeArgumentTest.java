package org.cloudtrail4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class TimeArgumentTest {
  private final TimeArgument times =
      new TimeArgument(Clock.fixed(Instant.parse("2024-06-15T12:00:00Z"), ZoneOffset.UTC));

  @Test
  void readsADateAsItsMidnightUtc() {
    assertThat(times.convert("2024-01-31")).isEqualTo(Instant.parse("2024-01-31T00:00:00Z"));
  }

  @Test
  void readsATimeWithoutAnOffsetAsUtc() {
    assertThat(times.convert("2024-01-31T12:30:00")).isEqualTo(Instant.parse("2024-01-31T12:30:00Z"));
    assertThat(times.convert("2024-01-31 12:30")).isEqualTo(Instant.parse("2024-01-31T12:30:00Z"));
  }

  @Test
  void readsATimeWithAnOffset() {
    assertThat(times.convert("2024-01-31T12:30:00Z")).isEqualTo(Instant.parse("2024-01-31T12:30:00Z"));
    assertThat(times.convert("2024-01-31T12:30:00+02:00")).isEqualTo(Instant.parse("2024-01-31T10:30:00Z"));
    assertThat(times.convert("2024-01-31T12:30:00-05:00")).isEqualTo(Instant.parse("2024-01-31T17:30:00Z"));
    assertThat(times.convert("2024-01-31T12:30:00.250z")).isEqualTo(Instant.parse("2024-01-31T12:30:00.250Z"));
  }

  @Test
  void readsADurationAsTimeBackFromNow() {
    assertThat(times.convert("30m")).isEqualTo(Instant.parse("2024-06-15T11:30:00Z"));
    assertThat(times.convert("12h")).isEqualTo(Instant.parse("2024-06-15T00:00:00Z"));
    assertThat(times.convert("7d")).isEqualTo(Instant.parse("2024-06-08T12:00:00Z"));
    assertThat(times.convert("2w")).isEqualTo(Instant.parse("2024-06-01T12:00:00Z"));
  }

  @Test
  void rejectsAnythingElseWithTheFormsItTakes() {
    for (String bad : new String[] {"", "yesterday", "2024-13-01", "7y", "d", "2024-01-31T25:00:00Z"}) {
      assertThatThrownBy(() -> times.convert(bad)).as(bad).isInstanceOf(TypeConversionException.class)
          .hasMessageContaining("is not a time: use 2024-01-31");
    }
  }
}
