package org.cloudtrail4j.eks;

import java.util.List;
import java.util.Map;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/** An object representing the details of an update to a taints payload. Model shape {@code UpdateTaintsPayload}. */
@Value.Immutable
@EksStyle
public abstract class UpdateTaintsPayload {
  UpdateTaintsPayload() {}

  /** Kubernetes taints to be added or updated ({@code addOrUpdateTaints}). */
  public abstract List<Taint> addOrUpdateTaints();

  /** Kubernetes taints to remove ({@code removeTaints}). */
  public abstract List<Taint> removeTaints();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UpdateTaintsPayload}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableUpdateTaintsPayload.Builder {
    Builder() {}
  }
}
