package org.cloudtrail4j.cli;

/** The exit codes of {@code cloudtrail}; {@link CloudTrailCli}'s {@code exitCodeList} tells them to users. */
final class ExitCodes {
  /** Everything was read. */
  static final int OK = 0;
  /** Bad records or sources were found and skipped (or, with {@code --fail-fast}, stopped the read). */
  static final int PROBLEMS = 1;
  /** The command line was wrong. */
  static final int USAGE = 2;
  /** A path does not exist, or an I/O error stopped the command. */
  static final int IO_ERROR = 3;
  /** A bug: an exception the command did not expect. */
  static final int INTERNAL_ERROR = 4;
  /** A path held no CloudTrail log at all (a mistyped path?), and nothing else went wrong. */
  static final int NO_LOG = 5;

  private ExitCodes() {}
}
