package org.cloudtrail4j.benchmarks;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The time formats CloudTrail writes, from epoch seconds (UTC), formatted by hand so that no locale or
 * {@code DateTimeFormatter} default can change the corpus.
 */
final class EventTimes {
  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  private EventTimes() {}

  /** {@code 2025-06-01T00:00:00Z}: eventTime, creationDate. */
  static String iso(long epochSecond) {
    LocalDateTime t = utc(epochSecond);
    StringBuilder b = new StringBuilder(20);
    b.append(t.getYear()).append('-');
    two(b, t.getMonthValue()).append('-');
    two(b, t.getDayOfMonth()).append('T');
    two(b, t.getHour()).append(':');
    two(b, t.getMinute()).append(':');
    two(b, t.getSecond()).append('Z');
    return b.toString();
  }

  /** {@code 20250601T0005Z}: the delivery time in a log file's name. */
  static String fileStamp(long epochSecond) {
    LocalDateTime t = utc(epochSecond);
    StringBuilder b = new StringBuilder(14);
    b.append(t.getYear());
    two(b, t.getMonthValue());
    two(b, t.getDayOfMonth()).append('T');
    two(b, t.getHour());
    two(b, t.getMinute()).append('Z');
    return b.toString();
  }

  /** {@code 2025/06/01}: the date folders of the S3 layout. */
  static String datePath(long epochSecond) {
    LocalDateTime t = utc(epochSecond);
    StringBuilder b = new StringBuilder(10);
    b.append(t.getYear()).append('/');
    two(b, t.getMonthValue()).append('/');
    two(b, t.getDayOfMonth());
    return b.toString();
  }

  /** {@code Jun 1, 2025, 1:23:45 AM}: how STS writes a credential's expiration in responseElements. */
  static String stsExpiration(long epochSecond) {
    LocalDateTime t = utc(epochSecond);
    int hour12 = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
    StringBuilder b = new StringBuilder(24);
    b.append(MONTHS[t.getMonthValue() - 1]).append(' ').append(t.getDayOfMonth()).append(", ")
        .append(t.getYear()).append(", ").append(hour12).append(':');
    two(b, t.getMinute()).append(':');
    two(b, t.getSecond()).append(t.getHour() < 12 ? " AM" : " PM");
    return b.toString();
  }

  private static LocalDateTime utc(long epochSecond) {
    return LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
  }

  private static StringBuilder two(StringBuilder b, int v) {
    if (v < 10) {
      b.append('0');
    }
    return b.append(v);
  }
}
