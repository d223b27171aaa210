package org.cloudtrail4j.model;

import java.util.Map;

/**
 * The category of event ({@code eventCategory}, since eventVersion 1.07). Open: a new category is kept, not rejected.
 *
 * @since 0.1.0
 */
public final class EventCategory extends OpenEnum<EventCategory.Known> {
  /** {@code Management}: a management (control plane) event. */
  public static final EventCategory MANAGEMENT = new EventCategory("Management", Known.MANAGEMENT);

  /** {@code Data}: a data event, e.g. S3 object or Lambda invoke. */
  public static final EventCategory DATA = new EventCategory("Data", Known.DATA);

  /** {@code Insight}: a CloudTrail Insights event. */
  public static final EventCategory INSIGHT = new EventCategory("Insight", Known.INSIGHT);

  /** {@code NetworkActivity}: a network activity event. */
  public static final EventCategory NETWORK_ACTIVITY = new EventCategory("NetworkActivity", Known.NETWORK_ACTIVITY);

  /** The values this version of the library knows, and {@code UNRECOGNIZED} for any other. */
  public enum Known {
    /** {@code Management}. */
    MANAGEMENT,
    /** {@code Data}. */
    DATA,
    /** {@code Insight}. */
    INSIGHT,
    /** {@code NetworkActivity}. */
    NETWORK_ACTIVITY,
    /** A value this version of the library does not know; see {@link #value()}. */
    UNRECOGNIZED
  }

  private static final Map<String, EventCategory> KNOWN = Map.ofEntries(
      Map.entry(MANAGEMENT.value(), MANAGEMENT),
      Map.entry(DATA.value(), DATA),
      Map.entry(INSIGHT.value(), INSIGHT),
      Map.entry(NETWORK_ACTIVITY.value(), NETWORK_ACTIVITY));

  private EventCategory(String value, Known known) {
    super(value, known);
  }

  /**
   * {@return the constant for {@code value}, or a new unrecognised instance that keeps it}
   *
   * @param value the value as CloudTrail writes it
   */
  public static EventCategory of(String value) {
    EventCategory constant = KNOWN.get(value);
    return constant != null ? constant : new EventCategory(value, Known.UNRECOGNIZED);
  }
}
