package org.cloudtrail4j.model.internal;

/**
 * Thrown by {@link JsonScanner} at the first byte that is not well-formed JSON. Internal: the parser turns it into a
 * {@code CloudTrailParseException} with the source and record, and lazy values into a {@code JsonValueException}.
 */
public final class MalformedJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int index;
  private final String reason;
  private final boolean truncated;
  private final int limit;

  /** {@link #limit()} of a nesting depth over the limit. */
  public static final int DEPTH_LIMIT = 1;
  /** {@link #limit()} of a number longer than the limit. */
  public static final int NUMBER_LIMIT = 2;

  /** Creates the exception for the byte at array index {@code index}. */
  public MalformedJsonException(int index, String reason) {
    this(index, reason, false, 0);
  }

  private MalformedJsonException(int index, String reason, boolean truncated, int limit) {
    super(reason + " at index " + index, null, false, false);
    this.index = index;
    this.reason = reason;
    this.truncated = truncated;
    this.limit = limit;
  }

  /**
   * The bytes may be well-formed, but a limit stopped the scan at {@code index}: {@code limit} is
   * {@link #DEPTH_LIMIT} or {@link #NUMBER_LIMIT}. Not malformed JSON: a reader reports it as a limit exceeded.
   */
  public static MalformedJsonException limitExceeded(int index, int limit, String reason) {
    return new MalformedJsonException(index, reason, false, limit);
  }

  /** Which limit stopped the scan ({@link #DEPTH_LIMIT}, {@link #NUMBER_LIMIT}), or 0 when the JSON is malformed. */
  public int limit() {
    return limit;
  }

  /**
   * The input ended before the value did: with more input the value might be well-formed. A streaming reader then
   * reads more and retries; at the real end of input it is an error.
   */
  public static MalformedJsonException truncated(int index, String reason) {
    return new MalformedJsonException(index, reason, true, 0);
  }

  /** True when the input ended before the value did; see {@link #truncated(int, String)}. */
  public boolean isTruncated() {
    return truncated;
  }

  /** The array index of the offending byte. */
  public int index() {
    return index;
  }

  /** What was wrong, without the position. */
  public String reason() {
    return reason;
  }
}
