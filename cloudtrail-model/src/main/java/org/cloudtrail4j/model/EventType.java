package org.cloudtrail4j.model;

import java.util.Map;

/**
 * The kind of event ({@code eventType}, since eventVersion 1.02). Open: a new kind is kept, not rejected.
 *
 * @since 0.1.0
 */
public final class EventType extends OpenEnum<EventType.Known> {
  /** {@code AwsApiCall}: an API call. */
  public static final EventType AWS_API_CALL = new EventType("AwsApiCall", Known.AWS_API_CALL);

  /** {@code AwsServiceEvent}: an event the service generated, not a call; see {@code serviceEventDetails}. */
  public static final EventType AWS_SERVICE_EVENT = new EventType("AwsServiceEvent", Known.AWS_SERVICE_EVENT);

  /** {@code AwsConsoleAction}: a console action that is not an API call. */
  public static final EventType AWS_CONSOLE_ACTION = new EventType("AwsConsoleAction", Known.AWS_CONSOLE_ACTION);

  /** {@code AwsConsoleSignIn}: a console sign-in. */
  public static final EventType AWS_CONSOLE_SIGN_IN = new EventType("AwsConsoleSignIn", Known.AWS_CONSOLE_SIGN_IN);

  /** {@code AwsCloudTrailInsight}: a CloudTrail Insights event; see {@code insightDetails}. */
  public static final EventType AWS_CLOUD_TRAIL_INSIGHT = new EventType("AwsCloudTrailInsight", Known.AWS_CLOUD_TRAIL_INSIGHT);

  /** {@code AwsVpceEvent}: a network activity event through a VPC endpoint. */
  public static final EventType AWS_VPCE_EVENT = new EventType("AwsVpceEvent", Known.AWS_VPCE_EVENT);

  /** The values this version of the library knows, and {@code UNRECOGNIZED} for any other. */
  public enum Known {
    /** {@code AwsApiCall}. */
    AWS_API_CALL,
    /** {@code AwsServiceEvent}. */
    AWS_SERVICE_EVENT,
    /** {@code AwsConsoleAction}. */
    AWS_CONSOLE_ACTION,
    /** {@code AwsConsoleSignIn}. */
    AWS_CONSOLE_SIGN_IN,
    /** {@code AwsCloudTrailInsight}. */
    AWS_CLOUD_TRAIL_INSIGHT,
    /** {@code AwsVpceEvent}. */
    AWS_VPCE_EVENT,
    /** A value this version of the library does not know; see {@link #value()}. */
    UNRECOGNIZED
  }

  private static final Map<String, EventType> KNOWN = Map.ofEntries(
      Map.entry(AWS_API_CALL.value(), AWS_API_CALL),
      Map.entry(AWS_SERVICE_EVENT.value(), AWS_SERVICE_EVENT),
      Map.entry(AWS_CONSOLE_ACTION.value(), AWS_CONSOLE_ACTION),
      Map.entry(AWS_CONSOLE_SIGN_IN.value(), AWS_CONSOLE_SIGN_IN),
      Map.entry(AWS_CLOUD_TRAIL_INSIGHT.value(), AWS_CLOUD_TRAIL_INSIGHT),
      Map.entry(AWS_VPCE_EVENT.value(), AWS_VPCE_EVENT));

  private EventType(String value, Known known) {
    super(value, known);
  }

  /**
   * {@return the constant for {@code value}, or a new unrecognised instance that keeps it}
   *
   * @param value the value as CloudTrail writes it
   */
  public static EventType of(String value) {
    EventType constant = KNOWN.get(value);
    return constant != null ? constant : new EventType(value, Known.UNRECOGNIZED);
  }
}
