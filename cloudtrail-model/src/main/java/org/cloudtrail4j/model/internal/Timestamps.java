package org.cloudtrail4j.model.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Parses CloudTrail timestamps. The common form {@code yyyy-MM-ddTHH:mm:ssZ} is parsed straight from the bytes without
 * allocation beyond the {@link Instant}; fractional seconds, offsets and other ISO-8601 forms go through
 * {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}, the basic format ({@code 20131102T010628Z}) too, rewritten in the
 * extended one.
 *
 * <p>Not part of the API: exported only to the cloudtrail4j parser module.
 */
public final class Timestamps {
  private Timestamps() {}

  /**
   * Parses the ISO-8601 timestamp in bytes {@code [start, end)} (no quotes).
   *
   * @throws DateTimeParseException if it is not a valid ISO-8601 date-time with a zone or offset
   */
  public static Instant parse(byte[] b, int start, int end) {
    if (end - start == 20 && b[start + 19] == 'Z') {
      long seconds = fastSeconds(b, start);
      if (seconds != Long.MIN_VALUE) {
        return Instant.ofEpochSecond(seconds);
      }
    }
    return parse(new String(b, start, end - start, java.nio.charset.StandardCharsets.ISO_8859_1));
  }

  /**
   * Parses an ISO-8601 / RFC 3339 timestamp held in a string. A time without a zone or offset is read as UTC, which
   * is how CloudTrail defines all its times.
   *
   * @throws DateTimeParseException if it is not a valid ISO-8601 date-time with a zone or offset
   */
  public static Instant parse(String text) {
    String extended = basicToExtended(text);
    if (extended != null) {
      text = extended;
    }
    // RFC 3339 allows a space or lower-case 't' between date and time, and a lower-case 'z'
    if (text.length() > 10 && (text.charAt(10) == ' ' || text.charAt(10) == 't')) {
      text = text.substring(0, 10) + 'T' + text.substring(11);
    }
    if (text.endsWith("z")) {
      text = text.substring(0, text.length() - 1) + 'Z';
    }
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      try {
        // CloudTrail defines every time as UTC; pipelines (e.g. Panther) drop the zone when they re-serialise
        return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException ignored) {
        throw e;
      }
    }
  }

  /**
   * ISO-8601's basic format ({@code 20131102T010628Z}, as in an example of AWS's CloudTrail User Guide; a fraction
   * and an offset {@code ±hh} or {@code ±hhmm} allowed) rewritten in the extended format; null for anything else.
   */
  private static String basicToExtended(String t) {
    int n = t.length();
    if (n < 15 || (t.charAt(8) != 'T' && t.charAt(8) != 't') || !digits(t, 0, 8) || !digits(t, 9, 15)) {
      return null;
    }
    StringBuilder s = new StringBuilder(n + 6).append(t, 0, 4).append('-').append(t, 4, 6).append('-')
        .append(t, 6, 8).append('T').append(t, 9, 11).append(':').append(t, 11, 13).append(':').append(t, 13, 15);
    int i = 15;
    if (i < n && (t.charAt(i) == '.' || t.charAt(i) == ',')) {
      int f = i + 1;
      while (f < n && t.charAt(f) >= '0' && t.charAt(f) <= '9') {
        f++;
      }
      if (f == i + 1) {
        return null;
      }
      s.append('.').append(t, i + 1, f);
      i = f;
    }
    if (i == n) {
      return s.toString();
    }
    char z = t.charAt(i);
    if ((z == 'Z' || z == 'z') && i + 1 == n) {
      return s.append('Z').toString();
    }
    if ((z == '+' || z == '-') && (n - i == 3 || n - i == 5) && digits(t, i + 1, n)) {
      s.append(z).append(t, i + 1, i + 3).append(':').append(n - i == 5 ? t.substring(i + 3, n) : "00");
      return s.toString();
    }
    return null;
  }

  private static boolean digits(String t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.charAt(k) < '0' || t.charAt(k) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Epoch seconds with a fraction (as EKS writes {@code createdAt}) to an {@link Instant}. */
  public static Instant fromEpochSeconds(BigDecimal seconds) {
    BigDecimal whole = seconds.setScale(0, java.math.RoundingMode.FLOOR);
    long nanos = seconds.subtract(whole).movePointRight(9).setScale(0, java.math.RoundingMode.HALF_EVEN).longValue();
    return Instant.ofEpochSecond(whole.longValueExact(), nanos);
  }

  // yyyy-MM-ddTHH:mm:ssZ -> epoch seconds, or Long.MIN_VALUE when any field is out of range
  private static long fastSeconds(byte[] b, int s) {
    if (b[s + 4] != '-' || b[s + 7] != '-' || b[s + 10] != 'T' || b[s + 13] != ':' || b[s + 16] != ':') {
      return Long.MIN_VALUE;
    }
    int year = digits(b, s, 4);
    int month = digits(b, s + 5, 2);
    int day = digits(b, s + 8, 2);
    int hour = digits(b, s + 11, 2);
    int minute = digits(b, s + 14, 2);
    int second = digits(b, s + 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
        || second < 0 || second > 59 || day > daysInMonth(year, month)) {
      return Long.MIN_VALUE;
    }
    return epochDay(year, month, day) * 86400L + hour * 3600L + minute * 60L + second;
  }

  private static int digits(byte[] b, int s, int n) {
    int v = 0;
    for (int k = 0; k < n; k++) {
      int d = b[s + k] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  private static int daysInMonth(int year, int month) {
    switch (month) {
      case 2:
        return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  // The algorithm of java.time.LocalDate.toEpochDay, for years 0..9999
  private static long epochDay(int year, int month, int day) {
    long y = year;
    long total = 365 * y;
    total += (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
    total += (367 * month - 362) / 12;
    total += day - 1;
    if (month > 2) {
      total--;
      if (!(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))) {
        total--;
      }
    }
    return total - 719528;
  }
}
