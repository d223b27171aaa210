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

  /** Creates the exception for the byte at array index {@code index}. */
  public MalformedJsonException(int index, String reason) {
    this(index, reason, false);
  }

  private MalformedJsonException(int index, String reason, boolean truncated) {
    super(reason + " at index " + index, null, false, false);
    this.index = index;
    this.reason = reason;
    this.truncated = truncated;
  }

  /**
   * The input ended before the value did: with more input the value might be well-formed. A streaming reader then
   * reads more and retries; at the real end of input it is an error.
   */
  public static MalformedJsonException truncated(int index, String reason) {
    return new MalformedJsonException(index, reason, true);
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
