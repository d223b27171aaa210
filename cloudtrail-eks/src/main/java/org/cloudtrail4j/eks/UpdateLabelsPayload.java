package org.cloudtrail4j.eks;

import java.util.List;
import java.util.Map;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * An object representing a Kubernetes {@code label} change for a managed node group. Model shape
 * {@code UpdateLabelsPayload}.
 */
@Value.Immutable
@EksStyle
public abstract class UpdateLabelsPayload {
  UpdateLabelsPayload() {}

  /** The Kubernetes {@code labels} to add or update ({@code addOrUpdateLabels}). */
  public abstract Map<String, String> addOrUpdateLabels();

  /** The Kubernetes {@code labels} to remove ({@code removeLabels}). */
  public abstract List<String> removeLabels();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UpdateLabelsPayload}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableUpdateLabelsPayload.Builder {
    Builder() {}
  }
}
