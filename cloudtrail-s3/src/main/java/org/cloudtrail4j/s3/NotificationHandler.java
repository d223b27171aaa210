package org.cloudtrail4j.s3;

import org.cloudtrail4j.model.CloudTrailEvent;

/**
 * Handles the events of the objects a queue message announces. A message is deleted only after the handler returned
 * for every event of every object it names; when the handler throws, the message is left for redelivery (and, after
 * the queue's {@code maxReceiveCount}, its dead-letter queue). Delivery is at least once: a redelivered message hands
 * its events over again, so deduplicate on {@link CloudTrailEvent#eventID()} where that matters.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface NotificationHandler {
  /**
   * Handles one event.
   *
   * @param event the event, accepted by the reader's filter
   * @throws Exception to leave the message in the queue
   */
  void handle(CloudTrailEvent event) throws Exception;
}
