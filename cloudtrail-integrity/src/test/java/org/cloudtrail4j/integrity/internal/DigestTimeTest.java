package org.cloudtrail4j.integrity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A digest's times are read as {@link Instant#parse} reads them, the common form without its formatter: the same
 * instants (24:00 and a leap second included) and the same refusals.
 */
class DigestTimeTest {
  @ParameterizedTest
  @ValueSource(strings = {"2025-06-01T01:00:00Z", "1970-01-01T00:00:00Z", "2024-02-29T23:59:59Z",
      "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2025-06-01T01:00:00.123Z", "2025-06-01T24:00:00Z",
      "2016-12-31T23:59:60Z", "+12025-06-01T01:00:00Z"})
  void readsWhatInstantParseReads(String text) {
    assertThat(Validation.instant(text)).isEqualTo(Instant.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-02-29T00:00:00Z", "2025-13-01T00:00:00Z", "2025-06-31T00:00:00Z",
      "2025-06-01T01:00Z", "2025-06-01T01:60:00Z", "2025-06-01T01:00:61Z", "2025-06-01 01:00:00Z",
      "2025-06-01T01:00:00+", "2025-0a-01T01:00:00Z", "2025-06-01T01:00:00", "", "-025-06-01T01:00:00Z"})
  void refusesWhatInstantParseRefuses(String text) {
    assertThatThrownBy(() -> Instant.parse(text)).isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> Validation.instant(text)).isInstanceOf(DateTimeParseException.class);
  }
}
