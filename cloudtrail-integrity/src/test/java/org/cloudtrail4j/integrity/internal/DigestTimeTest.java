package org.cloudtrail4j.integrity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A digest's times are read as {@link Instant#parse} reads them, the common form without its formatter: the same
 * instants (24:00 and a leap second included) and the same refusals. The same for the end time in a digest's name,
 * against the formatter {@link TrailKey} used for all of them before (its smart resolution included).
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

  @ParameterizedTest
  @ValueSource(strings = {"20250601T010000Z", "19700101T000000Z", "20240229T235959Z", "00010101T000000Z",
      "99991231T235959Z", "20250229T000000Z", "20250631T000000Z", "20250230T120000Z", "20250601T240000Z",
      "20250601T240001Z", "20250601T016000Z", "20250601T010060Z", "00000101T000000Z", "20251301T000000Z",
      "20250001T000000Z", "20250600T000000Z", "2025060lT010000Z", "20250601 010000Z", "20250601T010000z",
      "+2025061T010000Z", "2025-06-01T0100", "20250601T010000ZZ", "20250601T01000Z"})
  void readsADigestNamesTimeAsTheFormatterDid(String text) {
    DateTimeFormatter formatter = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    Instant expected;
    try {
      expected = LocalDateTime.parse(text, formatter).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      expected = null;
    }
    assertThat(TrailKey.digestTime(text)).isEqualTo(expected);
  }
}
