package org.cloudtrail4j.parser;

import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an {@link EventFilter} constrains, as far as the reader can tell without a record: the accounts, regions and
 * services it can accept and its time range {@code [from, until)}. An empty member means "not constrained". A reader
 * uses it to skip whole files by their place in CloudTrail's layout ({@code AWSLogs/<account>/CloudTrail/<region>/
 * YYYY/MM/DD/}); records are still tested one by one, so the scope only has to be wide enough, never exact.
 *
 * <p>{@link #ALL} for filters made from lambdas ({@link EventFilter#of}) and for negations. Immutable value.
 *
 * @since 0.1.0
 */
public final class FilterScope {
  /** Constrains nothing. */
  public static final FilterScope ALL = new FilterScope(null, null, null, null, null);

  private final Set<String> recipientAccountIds;
  private final Set<String> awsRegions;
  private final Set<String> eventSources;
  private final Instant from;
  private final Instant until;

  private FilterScope(Set<String> recipientAccountIds, Set<String> awsRegions, Set<String> eventSources,
      Instant from, Instant until) {
    this.recipientAccountIds = recipientAccountIds == null ? null : Set.copyOf(recipientAccountIds);
    this.awsRegions = awsRegions == null ? null : Set.copyOf(awsRegions);
    this.eventSources = eventSources == null ? null : Set.copyOf(eventSources);
    this.from = from;
    this.until = until;
  }

  static FilterScope accounts(Set<String> accounts) {
    return new FilterScope(accounts, null, null, null, null);
  }

  static FilterScope regions(Set<String> regions) {
    return new FilterScope(null, regions, null, null, null);
  }

  static FilterScope sources(Set<String> sources) {
    return new FilterScope(null, null, sources, null, null);
  }

  static FilterScope time(Instant from, Instant until) {
    return new FilterScope(null, null, null, from, until);
  }

  /**
   * The accounts ({@code recipientAccountId}) a record can have.
   *
   * @return the accounts, or empty when not constrained
   */
  public Optional<Set<String>> recipientAccountIds() {
    return Optional.ofNullable(recipientAccountIds);
  }

  /**
   * The regions ({@code awsRegion}) a record can have.
   *
   * @return the regions, or empty when not constrained
   */
  public Optional<Set<String>> awsRegions() {
    return Optional.ofNullable(awsRegions);
  }

  /**
   * The services ({@code eventSource}, in full: {@code kms.amazonaws.com}) a record can have.
   *
   * @return the sources, or empty when not constrained
   */
  public Optional<Set<String>> eventSources() {
    return Optional.ofNullable(eventSources);
  }

  /**
   * The earliest {@code eventTime} a record can have (inclusive).
   *
   * @return the lower bound, or empty when there is none
   */
  public Optional<Instant> from() {
    return Optional.ofNullable(from);
  }

  /**
   * The {@code eventTime} every record is before (exclusive).
   *
   * @return the upper bound, or empty when there is none
   */
  public Optional<Instant> until() {
    return Optional.ofNullable(until);
  }

  /**
   * Whether this scope constrains nothing.
   *
   * @return true for a scope equal to {@link #ALL}
   */
  public boolean isAll() {
    return recipientAccountIds == null && awsRegions == null && eventSources == null && from == null
        && until == null;
  }

  /** The scope of both filters: each constraint of either, sets intersected, the narrower time range. */
  FilterScope and(FilterScope o) {
    return new FilterScope(intersect(recipientAccountIds, o.recipientAccountIds),
        intersect(awsRegions, o.awsRegions), intersect(eventSources, o.eventSources), later(from, o.from),
        earlier(until, o.until));
  }

  /** The scope of either filter: only what both constrain, sets united, the wider time range. */
  FilterScope or(FilterScope o) {
    return new FilterScope(union(recipientAccountIds, o.recipientAccountIds), union(awsRegions, o.awsRegions),
        union(eventSources, o.eventSources), from == null || o.from == null ? null : earlier(from, o.from),
        until == null || o.until == null ? null : later(until, o.until));
  }

  private static Set<String> intersect(Set<String> a, Set<String> b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    Set<String> s = new HashSet<>(a);
    s.retainAll(b);
    return s;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    if (a == null || b == null) {
      return null;
    }
    Set<String> s = new HashSet<>(a);
    s.addAll(b);
    return s;
  }

  private static Instant later(Instant a, Instant b) {
    return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
  }

  private static Instant earlier(Instant a, Instant b) {
    return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof FilterScope)) {
      return false;
    }
    FilterScope s = (FilterScope) o;
    return Objects.equals(recipientAccountIds, s.recipientAccountIds) && Objects.equals(awsRegions, s.awsRegions)
        && Objects.equals(eventSources, s.eventSources) && Objects.equals(from, s.from)
        && Objects.equals(until, s.until);
  }

  @Override
  public int hashCode() {
    return Objects.hash(recipientAccountIds, awsRegions, eventSources, from, until);
  }

  /** The constraints, e.g. {@code FilterScope[eventSources=[kms.amazonaws.com], from=2024-01-01T00:00:00Z]}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("FilterScope[");
    int start = s.length();
    append(s, "recipientAccountIds", recipientAccountIds);
    append(s, "awsRegions", awsRegions);
    append(s, "eventSources", eventSources);
    append(s, "from", from);
    append(s, "until", until);
    if (s.length() == start) {
      s.append("ALL");
    }
    return s.append(']').toString();
  }

  private static void append(StringBuilder s, String name, Object value) {
    if (value != null) {
      if (s.charAt(s.length() - 1) != '[') {
        s.append(", ");
      }
      s.append(name).append('=').append(value instanceof Set ? new java.util.TreeSet<>((Set<?>) value) : value);
    }
  }
}
