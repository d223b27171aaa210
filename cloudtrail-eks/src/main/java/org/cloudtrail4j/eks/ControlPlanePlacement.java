package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * The placement configuration for all the control plane instances of your local Amazon EKS cluster on an Amazon Web
 * Services Outpost. Model shapes {@code ControlPlanePlacementResponse}, {@code ControlPlanePlacementRequest}. The
 * request and response forms are one type: the response form has the same members and a few more.
 */
@Value.Immutable
@EksStyle
public abstract class ControlPlanePlacement {
  ControlPlanePlacement() {}

  /** The name of the placement group for the Kubernetes control plane instances ({@code groupName}). */
  public abstract Optional<String> groupName();

  /**
   * The spread level used with the placement group for control plane instances on your local Amazon EKS cluster on
   * Amazon Web Services Outposts ({@code spreadLevel}).
   */
  public abstract Optional<SpreadLevel> spreadLevel();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ControlPlanePlacement}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableControlPlanePlacement.Builder {
    Builder() {}
  }
}
