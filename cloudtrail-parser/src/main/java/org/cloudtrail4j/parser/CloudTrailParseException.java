package org.cloudtrail4j.parser;

import java.util.Objects;

/**
 * Thrown by a fail-fast reader (the default) at the first bad record or source: its {@link #problem()} names the
 * source, byte offset, record index and JSON path. A reader built with
 * {@link CloudTrailReader.Builder#onProblem(java.util.function.Consumer)} reports problems instead and goes on.
 *
 * @since 0.1.0
 */
public final class CloudTrailParseException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient CloudTrailProblem problem;

  /**
   * Creates the exception for {@code problem}.
   *
   * @param problem what went wrong and where
   */
  public CloudTrailParseException(CloudTrailProblem problem) {
    super(Objects.requireNonNull(problem, "problem").toString(), problem.cause().orElse(null));
    this.problem = problem;
  }

  /** {@return what went wrong and where} */
  public CloudTrailProblem problem() {
    return problem;
  }
}
