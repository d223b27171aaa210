package org.cloudtrail4j.parser;

import java.time.Instant;
import java.util.Optional;

/**
 * The few members of a record an {@link EventFilter} can look at before the rest of the record is decoded.
 *
 * <p>An instance is only valid during the {@link EventFilter#test(EventHeader)} call it is passed to: the reader
 * reuses it for the next record. Do not keep it.
 *
 * @since 0.1.0
 */
public interface EventHeader {
  /** {@return {@code eventSource}, e.g. {@code eks.amazonaws.com}} */
  Optional<String> eventSource();

  /** {@return {@code eventName}, e.g. {@code CreateCluster}} */
  Optional<String> eventName();

  /** {@return {@code awsRegion}} */
  Optional<String> awsRegion();

  /** {@return {@code recipientAccountId}: the account whose trail received the record} */
  Optional<String> recipientAccountId();

  /**
   * {@return {@code eventTime}; empty when missing}
   *
   * @throws CloudTrailParseException never; an invalid time makes the record a problem before the filter runs
   */
  Optional<Instant> eventTime();
}
