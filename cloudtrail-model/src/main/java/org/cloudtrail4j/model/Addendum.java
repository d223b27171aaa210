package org.cloudtrail4j.model;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.model.internal.CloudTrailStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * Why a record was delivered late or corrected ({@code addendum}, since eventVersion 1.08).
 *
 * @since 0.1.0
 */
@Value.Immutable
@CloudTrailStyle
public abstract class Addendum {
  Addendum() {}

  /** {@return why the addendum exists: {@code DELIVERY_DELAY}, {@code UPDATED_DATA} or {@code SERVICE_OUTAGE}} */
  public abstract Optional<String> reason();

  /** {@return the record fields that changed, comma-separated, when {@code reason} is {@code UPDATED_DATA}} */
  public abstract Optional<String> updatedFields();

  /** {@return the request ID of the original event, when this record updates it} */
  public abstract Optional<String> originalRequestID();

  /** {@return the event ID of the original event, when this record updates it} */
  public abstract Optional<String> originalEventID();

  /** {@return members this version of the library does not know, by wire name, kept exactly as they were} */
  public abstract Map<String, JsonValue> unknownFields();

  /** {@return a new builder for a {@code Addendum}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Addendum}; unset optional members are absent. */
  public static final class Builder extends ImmutableAddendum.Builder {
    Builder() {}
  }
}
