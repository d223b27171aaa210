package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * The status of zonal shift configuration for the cluster Model shapes {@code ZonalShiftConfigResponse},
 * {@code ZonalShiftConfigRequest}. The request and response forms are one type: the response form has the same
 * members and a few more.
 */
@Value.Immutable
@EksStyle
public abstract class ZonalShiftConfig {
  ZonalShiftConfig() {}

  /** Whether the zonal shift is enabled ({@code enabled}). */
  public abstract Optional<Boolean> enabled();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ZonalShiftConfig}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableZonalShiftConfig.Builder {
    Builder() {}
  }
}
