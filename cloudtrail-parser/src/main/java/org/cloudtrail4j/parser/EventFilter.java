package org.cloudtrail4j.parser;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A predicate on a record's {@link EventHeader}, pushed down into the parser: it runs after one structural pass over
 * the record and before anything else is decoded, so a rejected record costs little (no identity, no event object).
 *
 * <pre>{@code
 * EventFilter eks = EventFilter.eventSource("eks.amazonaws.com")
 *     .and(EventFilter.eventTimeBetween(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-02-01T00:00:00Z")));
 * }</pre>
 *
 * <p>A record without the member a filter looks at is rejected by that filter. Filters must be stateless and
 * thread-safe: a parallel reader calls them from several threads.
 */
@FunctionalInterface
public interface EventFilter {
  /** True to read the record, false to skip it. */
  boolean test(EventHeader header);

  /** Both filters. */
  default EventFilter and(EventFilter other) {
    Objects.requireNonNull(other, "other");
    return h -> test(h) && other.test(h);
  }

  /** Either filter. */
  default EventFilter or(EventFilter other) {
    Objects.requireNonNull(other, "other");
    return h -> test(h) || other.test(h);
  }

  /** The opposite filter. Note that it accepts records that lack the member this filter looks at. */
  default EventFilter negate() {
    return h -> !test(h);
  }

  /** Accepts every record. */
  static EventFilter all() {
    return h -> true;
  }

  /** Records whose {@code eventSource} is one of {@code sources}, e.g. {@code "eks.amazonaws.com"}. */
  static EventFilter eventSource(String... sources) {
    return oneOf(EventHeader::eventSource, sources);
  }

  /** Records of the operations {@code names} of the service {@code source}: event names are not unique across services. */
  static EventFilter eventName(String source, String... names) {
    return eventSource(source).and(oneOf(EventHeader::eventName, names));
  }

  /** Records whose {@code awsRegion} is one of {@code regions}. */
  static EventFilter awsRegion(String... regions) {
    return oneOf(EventHeader::awsRegion, regions);
  }

  /** Records whose {@code recipientAccountId} is one of {@code accounts}. */
  static EventFilter recipientAccountId(String... accounts) {
    return oneOf(EventHeader::recipientAccountId, accounts);
  }

  /**
   * Records whose {@code eventTime} is in {@code [from, until)}; either bound may be {@code null} for none.
   */
  static EventFilter eventTimeBetween(Instant from, Instant until) {
    return h -> {
      Optional<Instant> t = h.eventTime();
      return t.isPresent() && (from == null || !t.get().isBefore(from)) && (until == null || t.get().isBefore(until));
    };
  }

  private static EventFilter oneOf(Function<EventHeader, Optional<String>> member, String... values) {
    Set<String> set = Set.copyOf(Arrays.asList(values));
    if (set.size() == 1) {
      String only = set.iterator().next();
      return h -> member.apply(h).map(only::equals).orElse(false);
    }
    return h -> member.apply(h).map(set::contains).orElse(false);
  }
}
