package org.cloudtrail4j.model.json;

/**
 * Thrown when a {@link JsonValue} cannot be read as asked: its bytes are not well-formed JSON, or a {@link
 * JsonValueReader} failed. The message names the byte offset within the value.
 *
 * @since 0.1.0
 */
public final class JsonValueException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  /** The byte offset within the value where reading failed, or -1 when unknown. */
  private final long offset;

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   * @param offset the byte offset within the value where reading failed, or -1 when unknown
   * @param cause the underlying exception, or {@code null}
   */
  public JsonValueException(String message, long offset, Throwable cause) {
    super(message, cause);
    this.offset = offset;
  }

  /** {@return the byte offset within the value where reading failed, or -1 when unknown} */
  public long offset() {
    return offset;
  }
}
