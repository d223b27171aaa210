package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/** The node group update configuration. Model shape {@code NodegroupUpdateConfig}. */
@Value.Immutable
@EksStyle
public abstract class NodegroupUpdateConfig {
  NodegroupUpdateConfig() {}

  /** The maximum number of nodes unavailable at once during a version update ({@code maxUnavailable}). */
  public abstract Optional<Integer> maxUnavailable();

  /** The maximum percentage of nodes unavailable during a version update ({@code maxUnavailablePercentage}). */
  public abstract Optional<Integer> maxUnavailablePercentage();

  /**
   * The configuration for the behavior to follow during a node group version update of this managed node group
   * ({@code updateStrategy}).
   */
  public abstract Optional<NodegroupUpdateStrategy> updateStrategy();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NodegroupUpdateConfig}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableNodegroupUpdateConfig.Builder {
    Builder() {}
  }
}
