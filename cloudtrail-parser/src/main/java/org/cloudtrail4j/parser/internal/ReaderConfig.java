package org.cloudtrail4j.parser.internal;

import java.util.function.Consumer;
import org.cloudtrail4j.parser.CloudTrailProblem;
import org.cloudtrail4j.parser.EventFilter;
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
  final MapperRegistry mappers;
  final boolean strict;
  final LogFileSelector selector;

  /**
   * Creates the configuration.
   *
   * @param filter the pushed-down filter, or null for none
   * @param problemHandler where problems go, or null to fail fast
   * @param strict check the full grammar of free-form members while reading
   * @param selector the folders and files of CloudTrail's layout that can hold records the filter accepts
   */
  public ReaderConfig(EventFilter filter, Consumer<? super CloudTrailProblem> problemHandler, ReadListener listener,
      int parallelism, boolean ordered, ReadLimits limits, MapperRegistry mappers, boolean strict,
      LogFileSelector selector) {
    this.filter = filter;
    this.problemHandler = problemHandler;
    this.listener = listener;
    this.parallelism = parallelism;
    this.ordered = ordered;
    this.limits = limits;
    this.mappers = mappers;
    this.strict = strict;
    this.selector = selector;
  }

  /** The pruning rule for this reader's filter. */
  public LogFileSelector selector() {
    return selector;
  }

  /** The mapper registry. */
  public MapperRegistry mappers() {
    return mappers;
  }

  /** Reports a problem by the policy: to the handler, or as a {@code CloudTrailParseException}. */
  public void report(CloudTrailProblem problem) {
    if (problemHandler == null) {
      throw new org.cloudtrail4j.parser.CloudTrailParseException(problem);
    }
    problemHandler.accept(problem);
  }
}
