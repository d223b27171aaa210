package org.cloudtrail4j.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A {@code --since}/{@code --until} value: an ISO-8601 time with or without an offset (UTC when none), a date (its
 * midnight UTC), or a duration back from now ({@code 30m}, {@code 12h}, {@code 7d}, {@code 2w}).
 */
final class TimeArgument implements ITypeConverter<Instant> {
  private final Clock clock;

  TimeArgument() {
    this(Clock.systemUTC());
  }

  TimeArgument(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Instant convert(String value) {
    String s = value.trim();
    if (s.isEmpty()) {
      throw invalid(value);
    }
    Duration ago = duration(s);
    if (ago != null) {
      return clock.instant().minus(ago);
    }
    String t = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
    try {
      if (t.length() == 10) {
        return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      if (t.endsWith("Z") || t.endsWith("z") || hasOffset(t)) {
        return OffsetDateTime.parse(t.endsWith("z") ? t.substring(0, t.length() - 1) + 'Z' : t).toInstant();
      }
      return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw invalid(value);
    }
  }

  private static boolean hasOffset(String t) {
    int sign = Math.max(t.lastIndexOf('+'), t.lastIndexOf('-'));
    return sign > 10;
  }

  private static Duration duration(String s) {
    char unit = s.charAt(s.length() - 1);
    String digits = s.substring(0, s.length() - 1);
    if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return null;
    }
    long n = Long.parseLong(digits);
    switch (unit) {
      case 's':
        return Duration.ofSeconds(n);
      case 'm':
        return Duration.ofMinutes(n);
      case 'h':
        return Duration.ofHours(n);
      case 'd':
        return Duration.ofDays(n);
      case 'w':
        return Duration.ofDays(7 * n);
      default:
        return null;
    }
  }

  private static TypeConversionException invalid(String value) {
    return new TypeConversionException("'" + value + "' is not a time: use 2024-01-31, 2024-01-31T12:00:00Z, "
        + "2024-01-31T12:00:00+01:00 or a duration back from now such as 30m, 12h, 7d");
  }
}
