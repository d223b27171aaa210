package org.cloudtrail4j.spark.internal;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.sql.connector.expressions.Expression;
import org.apache.spark.sql.connector.expressions.Literal;
import org.apache.spark.sql.connector.expressions.NamedReference;
import org.apache.spark.sql.connector.expressions.filter.Predicate;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.TimestampType;
import org.cloudtrail4j.parser.EventFilter;

/**
 * What pushed filters and options say about the records a query wants, as plain values (so that they serialize to
 * executors): allowed values of the header members, an {@code eventTime} range {@code [from, until)}, and exact
 * constraints on the key columns. A null set means "any"; constraints only narrow, never widen, so pushing a subset
 * of a query's filters is always safe (Spark re-checks every filter on the rows).
 */
record Constraints(Set<String> eventSources, Set<String> eventNames, Set<String> awsRegions,
    Set<String> recipientAccountIds, Instant from, Instant until, Set<String> logAccounts, Set<String> logRegions,
    LocalDate logFirstDay, LocalDate logLastDay) implements Serializable {

  static final Constraints NONE = new Constraints(null, null, null, null, null, null, null, null, null, null);

  private static final Duration MICRO = Duration.of(1, ChronoUnit.MICROS);

  /** Whether the record-level part constrains anything. */
  boolean filtersRecords() {
    return eventSources != null || eventNames != null || awsRegions != null || recipientAccountIds != null
        || from != null || until != null;
  }

  /**
   * These constraints and {@code p}, or null when {@code p} is not one this source can push (then nothing changes).
   * Understood: {@code AND}, {@code =}, {@code <=>}, {@code IN} and the four ranges between one top-level column and
   * literals, in either order.
   */
  Constraints with(Predicate p) {
    Expression[] c = p.children();
    switch (p.name()) {
      case "AND":
        Constraints l = with((Predicate) c[0]);
        return l == null ? null : l.with((Predicate) c[1]);
      case "IN": {
        String column = column(c[0]);
        if (column == null) {
          return null;
        }
        Object[] values = new Object[c.length - 1];
        for (int i = 1; i < c.length; i++) {
          if (!(c[i] instanceof Literal<?> lit)) {
            return null;
          }
          values[i - 1] = value(lit);
        }
        return in(column, values);
      }
      case "=":
      case "<=>":
      case ">":
      case ">=":
      case "<":
      case "<=":
        return compare(p.name(), c[0], c[1]);
      default:
        return null;
    }
  }

  private Constraints compare(String op, Expression left, Expression right) {
    String column = column(left);
    Expression other = right;
    String o = op;
    if (column == null) {
      // 'x' < col is col > 'x'
      column = column(right);
      other = left;
      o = flip(op);
    }
    if (column == null || !(other instanceof Literal<?> lit)) {
      return null;
    }
    Object v = value(lit);
    if (v == null) {
      return null; // col = NULL is never true; col <=> NULL asks for absent values: neither narrows the parser
    }
    switch (o) {
      case "=":
      case "<=>":
        return equal(column, v);
      case ">":
        return range(column, v, true, false);
      case ">=":
        return range(column, v, true, true);
      case "<":
        return range(column, v, false, false);
      default:
        return range(column, v, false, true);
    }
  }

  private static String flip(String op) {
    switch (op) {
      case ">":
        return "<";
      case ">=":
        return "<=";
      case "<":
        return ">";
      case "<=":
        return ">=";
      default:
        return op;
    }
  }

  /** The name of a top-level column, or null for anything else (a nested field, an expression). */
  private static String column(Expression e) {
    if (e instanceof NamedReference r && r.fieldNames().length == 1) {
      return r.fieldNames()[0];
    }
    return null;
  }

  /** A literal as the values the constraints hold: String, Instant (timestamps), LocalDate (dates). */
  private static Object value(Literal<?> lit) {
    Object v = lit.value();
    if (v == null) {
      return null;
    }
    DataType t = lit.dataType();
    if (t instanceof StringType) {
      return v.toString(); // UTF8String
    }
    if (t instanceof TimestampType && v instanceof Long micros) {
      return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
    if (t instanceof DateType && v instanceof Integer days) {
      return LocalDate.ofEpochDay(days);
    }
    return UNSUPPORTED;
  }

  /** A literal of a type no pushable column has: never matches a String set, an instant or a date. */
  private static final Object UNSUPPORTED = new Object();

  private Constraints equal(String attribute, Object value) {
    if (isTime(attribute) || isLogDate(attribute)) {
      Constraints lower = range(attribute, value, true, true);
      return lower == null ? null : lower.range(attribute, value, false, true);
    }
    return in(attribute, new Object[] {value});
  }

  private Constraints in(String attribute, Object[] values) {
    Set<String> set = new HashSet<>();
    for (Object v : values) {
      if (v instanceof String s) {
        set.add(s);
      } else if (v != null) {
        return null;
      }
    }
    switch (attribute.toLowerCase(Locale.ROOT)) {
      case "eventsource":
        return new Constraints(and(eventSources, set), eventNames, awsRegions, recipientAccountIds, from, until,
            logAccounts, logRegions, logFirstDay, logLastDay);
      case "eventname":
        return new Constraints(eventSources, and(eventNames, set), awsRegions, recipientAccountIds, from, until,
            logAccounts, logRegions, logFirstDay, logLastDay);
      case "awsregion":
        return new Constraints(eventSources, eventNames, and(awsRegions, set), recipientAccountIds, from, until,
            logAccounts, logRegions, logFirstDay, logLastDay);
      case "recipientaccountid":
        return new Constraints(eventSources, eventNames, awsRegions, and(recipientAccountIds, set), from, until,
            logAccounts, logRegions, logFirstDay, logLastDay);
      case "_logaccount":
        return new Constraints(eventSources, eventNames, awsRegions, recipientAccountIds, from, until,
            and(logAccounts, set), logRegions, logFirstDay, logLastDay);
      case "_logregion":
        return new Constraints(eventSources, eventNames, awsRegions, recipientAccountIds, from, until,
            logAccounts, and(logRegions, set), logFirstDay, logLastDay);
      default:
        return null;
    }
  }

  private Constraints range(String attribute, Object value, boolean lower, boolean inclusive) {
    if (isTime(attribute)) {
      Instant t = instant(value);
      if (t == null) {
        return null;
      }
      if (lower) {
        Instant f = inclusive ? t : t.plus(MICRO);
        return new Constraints(eventSources, eventNames, awsRegions, recipientAccountIds, later(from, f), until,
            logAccounts, logRegions, logFirstDay, logLastDay);
      }
      Instant u = inclusive ? t.plus(MICRO) : t;
      return new Constraints(eventSources, eventNames, awsRegions, recipientAccountIds, from, earlier(until, u),
          logAccounts, logRegions, logFirstDay, logLastDay);
    }
    if (isLogDate(attribute)) {
      LocalDate d = date(value);
      if (d == null) {
        return null;
      }
      if (lower) {
        LocalDate f = inclusive ? d : d.plusDays(1);
        return new Constraints(eventSources, eventNames, awsRegions, recipientAccountIds, from, until, logAccounts,
            logRegions, logFirstDay == null || f.isAfter(logFirstDay) ? f : logFirstDay, logLastDay);
      }
      LocalDate l = inclusive ? d : d.minusDays(1);
      return new Constraints(eventSources, eventNames, awsRegions, recipientAccountIds, from, until, logAccounts,
          logRegions, logFirstDay, logLastDay == null || l.isBefore(logLastDay) ? l : logLastDay);
    }
    return null;
  }

  /** The options' explicit constraints: {@code accounts}, {@code regions}, {@code from}, {@code until}. */
  Constraints withOptions(Set<String> accounts, Set<String> regions, Instant optFrom, Instant optUntil) {
    Constraints c = this;
    if (accounts != null) {
      c = c.in("recipientAccountId", accounts.toArray());
    }
    if (regions != null) {
      c = c.in("awsRegion", regions.toArray());
    }
    if (optFrom != null) {
      c = new Constraints(c.eventSources, c.eventNames, c.awsRegions, c.recipientAccountIds, later(c.from, optFrom),
          c.until, c.logAccounts, c.logRegions, c.logFirstDay, c.logLastDay);
    }
    if (optUntil != null) {
      c = new Constraints(c.eventSources, c.eventNames, c.awsRegions, c.recipientAccountIds, c.from,
          earlier(c.until, optUntil), c.logAccounts, c.logRegions, c.logFirstDay, c.logLastDay);
    }
    return c;
  }

  /** The parser's filter for the record-level constraints. */
  EventFilter eventFilter() {
    // contradictory constraints (an empty set, an empty time range) match nothing; the parser's factories reject them
    EventFilter none = EventFilter.of(h -> false);
    EventFilter f = EventFilter.all();
    if (eventSources != null) {
      f = f.and(eventSources.isEmpty() ? none : EventFilter.eventSource(eventSources.toArray(new String[0])));
    }
    if (eventNames != null) {
      Set<String> names = eventNames;
      f = f.and(EventFilter.of(h -> h.eventName().map(names::contains).orElse(false)));
    }
    if (awsRegions != null) {
      f = f.and(awsRegions.isEmpty() ? none : EventFilter.awsRegion(awsRegions.toArray(new String[0])));
    }
    if (recipientAccountIds != null) {
      f = f.and(recipientAccountIds.isEmpty() ? none
          : EventFilter.recipientAccountId(recipientAccountIds.toArray(new String[0])));
    }
    if (from != null && until != null) {
      f = f.and(from.isBefore(until) ? EventFilter.eventTimeBetween(from, until) : none);
    } else if (from != null) {
      f = f.and(EventFilter.eventTimeFrom(from));
    } else if (until != null) {
      f = f.and(EventFilter.eventTimeBefore(until));
    }
    return f;
  }

  /**
   * The listing's pruning: the key columns' constraints exactly, and, when {@code byRecordFields}, the record
   * fields' too, on the assumption that a file's key names its records' account and region and that a record is
   * delivered at most {@code deliveryLag} after its {@code eventTime}.
   */
  Pruning pruning(boolean byRecordFields, Duration deliveryLag) {
    Set<String> accounts = logAccounts;
    Set<String> regions = logRegions;
    LocalDate first = logFirstDay;
    LocalDate last = logLastDay;
    if (byRecordFields) {
      accounts = and(accounts, recipientAccountIds);
      regions = and(regions, awsRegions);
      if (from != null) {
        LocalDate d = LocalDate.ofInstant(from, ZoneOffset.UTC);
        first = first == null || d.isAfter(first) ? d : first;
      }
      if (until != null) {
        LocalDate d = LocalDate.ofInstant(until.minusNanos(1).plus(deliveryLag), ZoneOffset.UTC);
        last = last == null || d.isBefore(last) ? d : last;
      }
    }
    return new Pruning(accounts, regions, first, last);
  }

  private static boolean isTime(String attribute) {
    return attribute.equalsIgnoreCase("eventTime");
  }

  private static boolean isLogDate(String attribute) {
    return attribute.equalsIgnoreCase("_logDate");
  }

  private static Instant instant(Object v) {
    if (v instanceof Instant i) {
      return i;
    }
    return null;
  }

  private static LocalDate date(Object v) {
    if (v instanceof LocalDate d) {
      return d;
    }
    return null;
  }

  private static Set<String> and(Set<String> a, Set<String> b) {
    if (a == null) {
      return b == null ? null : Set.copyOf(b);
    }
    if (b == null) {
      return a;
    }
    Set<String> out = new HashSet<>(a);
    out.retainAll(b);
    return Set.copyOf(out);
  }

  private static Instant later(Instant a, Instant b) {
    return a == null || b.isAfter(a) ? b : a;
  }

  private static Instant earlier(Instant a, Instant b) {
    return a == null || b.isBefore(a) ? b : a;
  }

  /** For EXPLAIN. */
  String describe() {
    StringBuilder s = new StringBuilder();
    part(s, "eventSource", eventSources);
    part(s, "eventName", eventNames);
    part(s, "awsRegion", awsRegions);
    part(s, "recipientAccountId", recipientAccountIds);
    if (from != null || until != null) {
      s.append(s.length() == 0 ? "" : ", ").append("eventTime in [").append(Objects.toString(from, ""))
          .append(", ").append(Objects.toString(until, "")).append(')');
    }
    return s.length() == 0 ? "none" : s.toString();
  }

  private static void part(StringBuilder s, String name, Set<String> values) {
    if (values != null) {
      String[] sorted = values.toArray(new String[0]);
      Arrays.sort(sorted);
      s.append(s.length() == 0 ? "" : ", ").append(name).append(" in ").append(Arrays.toString(sorted));
    }
  }
}
