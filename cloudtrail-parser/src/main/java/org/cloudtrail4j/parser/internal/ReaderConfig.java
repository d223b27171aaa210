package org.cloudtrail4j.parser.internal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.cloudtrail4j.model.spi.CloudTrailMappers;
import org.cloudtrail4j.parser.CloudTrailParseException;
import org.cloudtrail4j.parser.CloudTrailProblem;
import org.cloudtrail4j.parser.EventFilter;
import org.cloudtrail4j.parser.FilterScope;
import org.cloudtrail4j.parser.LogFileSelector;
import org.cloudtrail4j.parser.ReadLimits;
import org.cloudtrail4j.parser.ReadListener;

/** What a {@code CloudTrailReader} was built with; immutable, shared by all its streams. */
public final class ReaderConfig {
  final EventFilter filter;
  final Consumer<? super CloudTrailProblem> problemHandler;
  final ReadListener listener;
  final int parallelism;
  final boolean ordered;
  final ReadLimits limits;
  final CloudTrailMappers mappers;
  final boolean strict;
  final Duration deliveryLag;
  final LogFileSelector selector;
  final MemberProjection projection;
  private final AtomicBoolean mapperProblemsTold;

  /**
   * Creates the configuration.
   *
   * @param filter the pushed-down filter, or null for none
   * @param problemHandler where problems go, or null to fail fast
   * @param listener told about sources, or null
   * @param parallelism threads reading sources
   * @param ordered keep the sequential order with parallelism
   * @param limits the limits
   * @param mappers the mappers events carry
   * @param strict check the full grammar of free-form members while reading
   * @param deliveryLag how long after its records a file may be delivered, for pruning by the filter's time range
   */
  public ReaderConfig(EventFilter filter, Consumer<? super CloudTrailProblem> problemHandler, ReadListener listener,
      int parallelism, boolean ordered, ReadLimits limits, CloudTrailMappers mappers, boolean strict,
      Duration deliveryLag) {
    this(filter, problemHandler, listener, parallelism, ordered, limits, mappers, strict, deliveryLag,
        MemberProjection.ALL, new AtomicBoolean());
  }

  private ReaderConfig(EventFilter filter, Consumer<? super CloudTrailProblem> problemHandler, ReadListener listener,
      int parallelism, boolean ordered, ReadLimits limits, CloudTrailMappers mappers, boolean strict,
      Duration deliveryLag, MemberProjection projection, AtomicBoolean mapperProblemsTold) {
    this.deliveryLag = deliveryLag;
    this.projection = projection;
    this.selector = selector(filter, deliveryLag);
    this.mapperProblemsTold = mapperProblemsTold;
    this.filter = filter;
    this.problemHandler = problemHandler;
    this.listener = listener;
    this.parallelism = parallelism;
    this.ordered = ordered;
    this.limits = limits;
    this.mappers = mappers;
    this.strict = strict;
  }

  /**
   * The filter.
   *
   * @return the filter, or null for none
   */
  public EventFilter filter() {
    return filter;
  }

  /**
   * This configuration with another filter; the mapper-problem notice is shared, so it is still told once.
   *
   * @param other the filter
   * @return a configuration
   */
  public ReaderConfig withFilter(EventFilter other) {
    return new ReaderConfig(other, problemHandler, listener, parallelism, ordered, limits, mappers, strict,
        deliveryLag, projection, mapperProblemsTold);
  }

  /**
   * This configuration decoding only the members of {@code members}: events have those members only.
   *
   * @param members the members to decode
   * @return a configuration
   */
  public ReaderConfig withProjection(MemberProjection members) {
    return new ReaderConfig(filter, problemHandler, listener, parallelism, ordered, limits, mappers, strict,
        deliveryLag, java.util.Objects.requireNonNull(members, "members"), mapperProblemsTold);
  }

  /**
   * The pruning rule for this reader's filter: its scope's accounts, regions and time range.
   *
   * @return the selector
   */
  public LogFileSelector selector() {
    return selector;
  }

  private static LogFileSelector selector(EventFilter filter, Duration lag) {
    if (filter == null) {
      return LogFileSelector.all();
    }
    FilterScope scope = filter.scope();
    return LogFileSelector.of(scope.recipientAccountIds().orElse(null), scope.awsRegions().orElse(null),
        scope.from().orElse(null), scope.until().orElse(null), lag);
  }

  /**
   * The mapper registry.
   *
   * @return the registry
   */
  public CloudTrailMappers mappers() {
    return mappers;
  }

  /**
   * Reports a problem by the policy: to the handler, or as a {@code CloudTrailParseException}.
   *
   * @param problem the problem
   */
  public void report(CloudTrailProblem problem) {
    if (problemHandler == null) {
      throw new CloudTrailParseException(problem);
    }
    problemHandler.accept(problem);
  }

  /** A decoder for one reading thread, with this configuration's limits, grammar checks and mappers. */
  RecordDecoder newDecoder(StringCache cache) {
    return new RecordDecoder(limits, cache, strict, mappers, projection);
  }

  /** Tells the listener, once per reader, about mapper providers that could not be loaded. */
  void tellMapperProblems() {
    if (listener != null && !mappers.loadProblems().isEmpty() && mapperProblemsTold.compareAndSet(false, true)) {
      for (String p : mappers.loadProblems()) {
        listener.mapperProviderSkipped(p);
      }
    }
  }
}
