package org.cloudtrail4j.parser;

/**
 * What kind of problem a {@link CloudTrailProblem} reports.
 *
 * @since 0.1.0
 */
public enum ProblemKind {
  /** The bytes are not well-formed JSON (including invalid UTF-8 in a string that had to be decoded). */
  MALFORMED_JSON,
  /** The input ends in the middle of a value, a record, or a gzip stream. */
  TRUNCATED,
  /** A member has a JSON type the CloudTrail format does not allow there, e.g. {@code eventTime} as a number. */
  WRONG_TYPE,
  /** A member has the right type but an invalid value, e.g. an {@code eventTime} that is not ISO-8601. */
  INVALID_VALUE,
  /** A configured {@link ReadLimits limit} was exceeded. */
  LIMIT_EXCEEDED,
  /** The source is not a CloudTrail log in any supported format (for example a digest file given as a log). */
  UNSUPPORTED_FORMAT,
  /** The source could not be read: missing, unreadable, a directory loop, an I/O error, corrupt gzip. */
  IO_ERROR,
  /** A {@link org.cloudtrail4j.model.spi.CloudTrailEventMapper} threw on a record (through {@code reader.typed}). */
  MAPPER_FAILED
}
