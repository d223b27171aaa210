package org.cloudtrail4j.parser;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A test on a record's {@link EventHeader}, pushed down into the parser: it runs after one structural pass over the
 * record and before anything else is decoded, so a rejected record costs little (no identity, no event object).
 *
 * <pre>{@code
 * EventFilter eks = EventFilter.eventSource("eks")
 *     .and(EventFilter.eventTimeBetween(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-02-01T00:00:00Z")));
 * }</pre>
 *
 * <p>The built-in filters are values the reader can inspect: {@link #scope()} says which accounts, regions, services
 * and time range they can accept, so a reader can skip whole files by their place in the trail's layout. A filter
 * made from a lambda with {@link #of(Predicate)} works the same way record by record but prunes nothing. Built-in
 * filters are equal when they test the same thing, and print as what they test.
 *
 * <p>A record without the member a filter looks at is rejected by that filter. Filters must be stateless and
 * thread-safe: a parallel reader calls them from several threads.
 *
 * @since 0.1.0
 */
public sealed interface EventFilter
    permits Filters.All, Filters.OfPredicate, Filters.MemberIn, Filters.TimeRange, Filters.And, Filters.Or,
        Filters.Not {
  /**
   * Whether to read the record.
   *
   * @param header the record's header, valid only during this call
   * @return true to read the record, false to skip it
   */
  boolean test(EventHeader header);

  /**
   * What this filter constrains, for pruning: {@link FilterScope#ALL} when the reader cannot tell.
   *
   * @return the scope
   */
  FilterScope scope();

  /**
   * Both filters. The scope is the intersection of both scopes.
   *
   * @param other the other filter
   * @return a filter accepting what both accept
   */
  default EventFilter and(EventFilter other) {
    return new Filters.And(this, Objects.requireNonNull(other, "other"));
  }

  /**
   * Either filter. The scope is the union of both scopes.
   *
   * @param other the other filter
   * @return a filter accepting what either accepts
   */
  default EventFilter or(EventFilter other) {
    return new Filters.Or(this, Objects.requireNonNull(other, "other"));
  }

  /**
   * The opposite filter. It accepts records that lack the member this filter looks at; its scope is
   * {@link FilterScope#ALL}.
   *
   * @return a filter accepting what this one rejects
   */
  default EventFilter negate() {
    return new Filters.Not(this);
  }

  /**
   * Accepts every record.
   *
   * @return the filter
   */
  static EventFilter all() {
    return Filters.All.INSTANCE;
  }

  /**
   * A filter from any test on the header: {@code EventFilter.of(h -> h.eventName().isPresent())}. It prunes nothing
   * (its scope is {@link FilterScope#ALL}).
   *
   * @param predicate the test; stateless and thread-safe
   * @return the filter
   */
  static EventFilter of(Predicate<? super EventHeader> predicate) {
    return new Filters.OfPredicate(Objects.requireNonNull(predicate, "predicate"));
  }

  /**
   * Records of the services {@code sources}: {@code eventSource("eks.amazonaws.com")}, or in short
   * {@code eventSource("eks")}: a name without a dot means {@code <name>.amazonaws.com}.
   *
   * @param sources one or more event sources
   * @return the filter
   * @throws IllegalArgumentException when none is given, or one is not an event source (e.g. an event name)
   */
  static EventFilter eventSource(String... sources) {
    return new Filters.MemberIn(Filters.Member.EVENT_SOURCE, Filters.sources(sources));
  }

  /**
   * Records of the operations {@code names} of the service {@code source}:
   * {@code eventName("eks.amazonaws.com", "CreateCluster")}. Event names are not unique across services
   * ({@code CreateCluster} is also ECS, Redshift, DAX and MSK), so the service comes first.
   *
   * @param source the event source, e.g. {@code eks.amazonaws.com} or {@code eks}
   * @param names one or more event names
   * @return the filter
   * @throws IllegalArgumentException when no name is given (e.g. {@code eventName("CreateCluster")}) or
   *     {@code source} is not an event source
   */
  static EventFilter eventName(String source, String... names) {
    Objects.requireNonNull(source, "source");
    if (names.length == 0) {
      throw new IllegalArgumentException("eventName(\"" + source + "\") names no operation: the first argument is "
          + "the event source, then the names, e.g. eventName(\"eks.amazonaws.com\", \"CreateCluster\")");
    }
    return eventSource(source).and(new Filters.MemberIn(Filters.Member.EVENT_NAME, Filters.values("names", names)));
  }

  /**
   * Records whose {@code awsRegion} is one of {@code regions}.
   *
   * @param regions one or more regions, e.g. {@code us-east-1}
   * @return the filter
   * @throws IllegalArgumentException when none is given
   */
  static EventFilter awsRegion(String... regions) {
    return new Filters.MemberIn(Filters.Member.AWS_REGION, Filters.values("regions", regions));
  }

  /**
   * Records whose {@code recipientAccountId} (the account whose trail received them) is one of {@code accounts}.
   *
   * @param accounts one or more account IDs
   * @return the filter
   * @throws IllegalArgumentException when none is given
   */
  static EventFilter recipientAccountId(String... accounts) {
    return new Filters.MemberIn(Filters.Member.RECIPIENT_ACCOUNT_ID, Filters.values("accounts", accounts));
  }

  /**
   * Records whose {@code eventTime} is at or after {@code from}.
   *
   * @param from the first instant accepted
   * @return the filter
   */
  static EventFilter eventTimeFrom(Instant from) {
    return new Filters.TimeRange(Objects.requireNonNull(from, "from"), null);
  }

  /**
   * Records whose {@code eventTime} is before {@code until}.
   *
   * @param until the first instant no longer accepted
   * @return the filter
   */
  static EventFilter eventTimeBefore(Instant until) {
    return new Filters.TimeRange(null, Objects.requireNonNull(until, "until"));
  }

  /**
   * Records whose {@code eventTime} is in {@code [from, until)}.
   *
   * @param from the first instant accepted
   * @param until the first instant no longer accepted
   * @return the filter
   * @throws IllegalArgumentException when {@code from} is not before {@code until} (the range would be empty)
   */
  static EventFilter eventTimeBetween(Instant from, Instant until) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    if (!from.isBefore(until)) {
      throw new IllegalArgumentException("eventTimeBetween(" + from + ", " + until + "): from must be before until "
          + "(the range is [from, until)); use eventTimeFrom or eventTimeBefore for a one-sided range");
    }
    return new Filters.TimeRange(from, until);
  }
}
