package org.cloudtrail4j.model.json;

/**
 * Thrown when a {@link JsonValue} cannot be read as asked: its bytes are not well-formed JSON, or a {@link JsonValueReader}
 * failed. The message names the byte offset within the value.
 */
public final class JsonValueException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final long offset;

  /**
   * Creates the exception.
   *
   * @param offset the byte offset within the value where reading failed, or -1 when unknown
   */
  public JsonValueException(String message, long offset, Throwable cause) {
    super(message, cause);
    this.offset = offset;
  }

  /** The byte offset within the value where reading failed, or -1 when unknown. */
  public long offset() {
    return offset;
  }
}
