package org.cloudtrail4j.model;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.model.internal.CloudTrailStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * The AWS Snow device a call came from ({@code edgeDeviceDetails}, since eventVersion 1.08).
 *
 * @since 0.1.0
 */
@Value.Immutable
@CloudTrailStyle
public abstract class EdgeDeviceDetails {
  EdgeDeviceDetails() {}

  /** {@return the device type} */
  public abstract Optional<String> type();

  /** {@return the device's ID ({@code deviceID})} */
  public abstract Optional<String> deviceID();

  /** {@return the Snow job the device belongs to} */
  public abstract Optional<String> snowJobId();

  /** {@return the device family} */
  public abstract Optional<String> deviceFamily();

  /** {@return device attributes, a free-form object, as recorded} */
  public abstract Optional<JsonValue> attributes();

  /** {@return members this version of the library does not know, by wire name, kept exactly as they were} */
  public abstract Map<String, JsonValue> unknownFields();

  /** {@return a new builder for a {@code EdgeDeviceDetails}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link EdgeDeviceDetails}; unset optional members are absent. */
  public static final class Builder extends ImmutableEdgeDeviceDetails.Builder {
    Builder() {}
  }
}
