package org.cloudtrail4j.parser;

/**
 * Limits that keep the reader bounded on hostile input, with safe defaults. A record that exceeds one is reported as
 * a {@link ProblemKind#LIMIT_EXCEEDED} problem and skipped; the records after it are still read.
 *
 * <pre>{@code
 * CloudTrailReader reader = CloudTrailReader.builder()
 *     .limits(ReadLimits.defaults().withMaxRecordBytes(64 << 20))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReadLimits {
  /**
   * Default {@link #maxRecordBytes()}: 16 MiB, far above any record CloudTrail writes (AWS truncates large members).
   */
  public static final int DEFAULT_MAX_RECORD_BYTES = 16 << 20;
  /** Default {@link #maxNestingDepth()}: 1000, as jackson-core's {@code StreamReadConstraints}. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 1000;
  /** Default {@link #maxStringBytes()}: 20,000,000, as jackson-core's {@code StreamReadConstraints}. */
  public static final int DEFAULT_MAX_STRING_BYTES = 20_000_000;
  /** Default {@link #maxNumberLength()}: 1000 characters, as jackson-core's {@code StreamReadConstraints}. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 1000;

  private static final ReadLimits DEFAULTS = new ReadLimits(DEFAULT_MAX_RECORD_BYTES, DEFAULT_MAX_NESTING_DEPTH,
      DEFAULT_MAX_STRING_BYTES, DEFAULT_MAX_NUMBER_LENGTH);

  private final int maxRecordBytes;
  private final int maxNestingDepth;
  private final int maxStringBytes;
  private final int maxNumberLength;

  private ReadLimits(int maxRecordBytes, int maxNestingDepth, int maxStringBytes, int maxNumberLength) {
    this.maxRecordBytes = positive(maxRecordBytes, "maxRecordBytes");
    this.maxNestingDepth = positive(maxNestingDepth, "maxNestingDepth");
    this.maxStringBytes = positive(maxStringBytes, "maxStringBytes");
    this.maxNumberLength = positive(maxNumberLength, "maxNumberLength");
  }

  private static int positive(int value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
    return value;
  }

  /** {@return the default limits} */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** {@return the largest record, in bytes of JSON, the reader buffers} */
  public int maxRecordBytes() {
    return maxRecordBytes;
  }

  /** {@return the deepest nesting of objects and arrays in a record, the record itself being depth 1} */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /** {@return the longest string, in encoded bytes, the reader decodes} */
  public int maxStringBytes() {
    return maxStringBytes;
  }

  /**
   * {@return the longest number, in characters, the reader accepts where it checks a value's grammar} a record's own
   * members, values outside records, and, with {@link CloudTrailReader.Builder#strictValidation(boolean)}, every number
   * in a record. Inside free-form members read without strict validation numbers are kept as bytes, never converted.
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * {@return a copy with {@link #maxRecordBytes()} set to {@code bytes}}
   *
   * @param bytes the new limit, positive
   * @throws IllegalArgumentException if {@code bytes} is not positive
   */
  public ReadLimits withMaxRecordBytes(int bytes) {
    return new ReadLimits(bytes, maxNestingDepth, maxStringBytes, maxNumberLength);
  }

  /**
   * {@return a copy with {@link #maxNestingDepth()} set to {@code depth}}
   *
   * @param depth the new limit, positive
   * @throws IllegalArgumentException if {@code depth} is not positive
   */
  public ReadLimits withMaxNestingDepth(int depth) {
    return new ReadLimits(maxRecordBytes, depth, maxStringBytes, maxNumberLength);
  }

  /**
   * {@return a copy with {@link #maxStringBytes()} set to {@code bytes}}
   *
   * @param bytes the new limit, positive
   * @throws IllegalArgumentException if {@code bytes} is not positive
   */
  public ReadLimits withMaxStringBytes(int bytes) {
    return new ReadLimits(maxRecordBytes, maxNestingDepth, bytes, maxNumberLength);
  }

  /**
   * {@return a copy with {@link #maxNumberLength()} set to {@code length}}
   *
   * @param length the new limit, positive
   * @throws IllegalArgumentException if {@code length} is not positive
   */
  public ReadLimits withMaxNumberLength(int length) {
    return new ReadLimits(maxRecordBytes, maxNestingDepth, maxStringBytes, length);
  }

  @Override
  public String toString() {
    return "ReadLimits{maxRecordBytes=" + maxRecordBytes + ", maxNestingDepth=" + maxNestingDepth
        + ", maxStringBytes=" + maxStringBytes + ", maxNumberLength=" + maxNumberLength + '}';
  }
}
