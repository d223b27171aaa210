package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * Contains information about the latest cancellation of an update to an Amazon EKS cluster. Model shape
 * {@code Cancellation}.
 */
@Value.Immutable
@EksStyle
public abstract class Cancellation {
  Cancellation() {}

  /** The current status of the cancellation ({@code status}). */
  public abstract Optional<CancellationStatus> status();

  /**
   * A message providing additional details about the cancellation, such as the reason for the cancellation or failure
   * details ({@code reason}).
   */
  public abstract Optional<String> reason();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Cancellation}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableCancellation.Builder {
    Builder() {}
  }
}
