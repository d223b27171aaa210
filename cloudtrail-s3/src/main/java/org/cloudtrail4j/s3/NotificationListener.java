package org.cloudtrail4j.s3;

/**
 * Hears what an {@link S3NotificationConsumer} does with each message, for logs and metrics. All methods have empty
 * defaults and are called on the polling thread.
 *
 * @since 0.1.0
 */
public interface NotificationListener {
  /**
   * A message was read to its end and deleted.
   *
   * @param messageId the SQS message id
   * @param objects the objects it named that were read
   * @param events the events handed to the handler
   */
  default void messageDeleted(String messageId, int objects, long events) {}

  /**
   * A test or validation message (S3's {@code s3:TestEvent}, CloudTrail's SNS validation message, an SNS
   * subscription confirmation) was deleted. Not an error.
   *
   * @param messageId the SQS message id
   * @param what which ping it was
   */
  default void pingDeleted(String messageId, String what) {}

  /**
   * A message was left in the queue, for redelivery after its visibility timeout and, past the queue's
   * {@code maxReceiveCount}, for its dead-letter queue.
   *
   * @param messageId the SQS message id
   * @param receiveCount how many times the queue has delivered it (its {@code ApproximateReceiveCount})
   * @param reason why: the body is not a notification, an object could not be read, or the handler threw
   * @param cause the exception, or null
   */
  default void messageLeft(String messageId, int receiveCount, String reason, Throwable cause) {}

  /**
   * An object a message named was not read: a digest, an Insights file, another service's file, one the reader's
   * filter rules out by its key, or one whose event announces no new object (a removal, say).
   *
   * @param uri the object, {@code s3://bucket/key}
   * @param reason why
   */
  default void objectSkipped(String uri, String reason) {}
}
