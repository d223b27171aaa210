package org.cloudtrail4j.s3;

/**
 * What one or more polls of an {@link S3NotificationConsumer} did. Every message received is either deleted or left:
 * {@code received() == deleted() + left()}. Immutable value.
 *
 * @since 0.1.0
 */
public final class PollResult {
  private final long received;
  private final long deleted;
  private final long left;
  private final long pings;
  private final long events;

  PollResult(long received, long deleted, long left, long pings, long events) {
    this.received = received;
    this.deleted = deleted;
    this.left = left;
    this.pings = pings;
    this.events = events;
  }

  /**
   * Messages received.
   *
   * @return the count
   */
  public long received() {
    return received;
  }

  /**
   * Messages deleted: read to their end, or pings.
   *
   * @return the count
   */
  public long deleted() {
    return deleted;
  }

  /**
   * Messages left in the queue for redelivery.
   *
   * @return the count
   */
  public long left() {
    return left;
  }

  /**
   * Of the deleted messages, the test and validation pings.
   *
   * @return the count
   */
  public long pings() {
    return pings;
  }

  /**
   * Events handed to the handler (of deleted and of left messages).
   *
   * @return the count
   */
  public long events() {
    return events;
  }

  PollResult plus(PollResult o) {
    return new PollResult(received + o.received, deleted + o.deleted, left + o.left, pings + o.pings,
        events + o.events);
  }

  @Override
  public String toString() {
    return "PollResult{received=" + received + ", deleted=" + deleted + ", left=" + left + ", pings=" + pings
        + ", events=" + events + "}";
  }
}
