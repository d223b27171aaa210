package org.cloudtrail4j.parser;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.cloudtrail4j.model.internal.EventSources;

/** The implementations of {@link EventFilter}: values, so that a reader can see what they constrain. */
final class Filters {
  private Filters() {}

  static Set<String> values(String what, String... values) {
    Objects.requireNonNull(values, what);
    if (values.length == 0) {
      throw new IllegalArgumentException("no " + what + " given: a filter needs at least one");
    }
    Set<String> set = new LinkedHashSet<>();
    for (String v : values) {
      set.add(Objects.requireNonNull(v, what));
    }
    return Set.copyOf(set);
  }

  static Set<String> sources(String... sources) {
    Set<String> given = values("sources", sources);
    Set<String> full = new LinkedHashSet<>();
    for (String s : given) {
      full.add(EventSources.normalize(s, "event source"));
    }
    return Set.copyOf(full);
  }

  /** The header members a {@link MemberIn} filter can test. */
  enum Member {
    EVENT_SOURCE("eventSource"),
    EVENT_NAME("eventName"),
    AWS_REGION("awsRegion"),
    RECIPIENT_ACCOUNT_ID("recipientAccountId");

    final String wireName;

    Member(String wireName) {
      this.wireName = wireName;
    }

    Optional<String> of(EventHeader h) {
      switch (this) {
        case EVENT_SOURCE:
          return h.eventSource();
        case EVENT_NAME:
          return h.eventName();
        case AWS_REGION:
          return h.awsRegion();
        default:
          return h.recipientAccountId();
      }
    }
  }

  /** Accepts every record. */
  static final class All implements EventFilter {
    static final All INSTANCE = new All();

    private All() {}

    @Override
    public boolean test(EventHeader header) {
      return true;
    }

    @Override
    public FilterScope scope() {
      return FilterScope.ALL;
    }

    @Override
    public String toString() {
      return "all";
    }
  }

  /** A lambda: opaque, prunes nothing. */
  record OfPredicate(Predicate<? super EventHeader> predicate) implements EventFilter {
    @Override
    public boolean test(EventHeader header) {
      return predicate.test(header);
    }

    @Override
    public FilterScope scope() {
      return FilterScope.ALL;
    }
  }

  /** The member is one of the values. */
  record MemberIn(Member member, Set<String> values) implements EventFilter {
    @Override
    public boolean test(EventHeader header) {
      Optional<String> v = member.of(header);
      return v.isPresent() && values.contains(v.get());
    }

    @Override
    public FilterScope scope() {
      switch (member) {
        case EVENT_SOURCE:
          return FilterScope.sources(values);
        case AWS_REGION:
          return FilterScope.regions(values);
        case RECIPIENT_ACCOUNT_ID:
          return FilterScope.accounts(values);
        default:
          return FilterScope.ALL;
      }
    }

    @Override
    public String toString() {
      return member.wireName + " in " + new java.util.TreeSet<>(values);
    }
  }

  /** eventTime in [from, until); a null bound is none (never both). */
  record TimeRange(Instant from, Instant until) implements EventFilter {
    @Override
    public boolean test(EventHeader header) {
      Optional<Instant> t = header.eventTime();
      return t.isPresent() && (from == null || !t.get().isBefore(from)) && (until == null || t.get().isBefore(until));
    }

    @Override
    public FilterScope scope() {
      return FilterScope.time(from, until);
    }

    @Override
    public String toString() {
      return "eventTime in [" + (from == null ? "-inf" : from) + ", " + (until == null ? "+inf" : until) + ")";
    }
  }

  record And(EventFilter left, EventFilter right) implements EventFilter {
    @Override
    public boolean test(EventHeader header) {
      return left.test(header) && right.test(header);
    }

    @Override
    public FilterScope scope() {
      return left.scope().and(right.scope());
    }

    @Override
    public String toString() {
      return "(" + left + " and " + right + ")";
    }
  }

  record Or(EventFilter left, EventFilter right) implements EventFilter {
    @Override
    public boolean test(EventHeader header) {
      return left.test(header) || right.test(header);
    }

    @Override
    public FilterScope scope() {
      return left.scope().or(right.scope());
    }

    @Override
    public String toString() {
      return "(" + left + " or " + right + ")";
    }
  }

  record Not(EventFilter filter) implements EventFilter {
    @Override
    public boolean test(EventHeader header) {
      return !filter.test(header);
    }

    @Override
    public FilterScope scope() {
      return FilterScope.ALL;
    }

    @Override
    public String toString() {
      return "not " + filter;
    }
  }
}
