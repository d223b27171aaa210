package org.cloudtrail4j.eks;

import java.util.List;
import java.util.Map;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * The health of a cluster, node group, add-on or Fargate profile: its current issues. Model shapes
 * {@code ClusterHealth}, {@code NodegroupHealth}, {@code AddonHealth}, {@code FargateProfileHealth}, which differ
 * only in the codes of their issues.
 */
@Value.Immutable
@EksStyle
public abstract class Health {
  Health() {}

  /** An object representing the health issues of your Amazon EKS cluster ({@code issues}). */
  public abstract List<HealthIssue> issues();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Health}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableHealth.Builder {
    Builder() {}
  }
}
