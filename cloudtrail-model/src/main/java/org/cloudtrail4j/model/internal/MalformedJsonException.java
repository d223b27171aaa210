package org.cloudtrail4j.model.internal;

/**
 * Thrown by {@link JsonScanner} at the first byte that is not well-formed JSON. Internal: the parser turns it into a
 * {@code CloudTrailParseException} with the source and record, and lazy values into a {@code JsonValueException}.
 */
public final class MalformedJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int index;
  private final String reason;

  /** Creates the exception for the byte at array index {@code index}. */
  public MalformedJsonException(int index, String reason) {
    super(reason + " at index " + index, null, false, false);
    this.index = index;
    this.reason = reason;
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
