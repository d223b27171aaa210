package org.cloudtrail4j.eks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * An issue with a cluster, node group, add-on or Fargate profile. Model shapes {@code ClusterIssue}, {@code Issue}
 * (node groups), {@code AddonIssue}, {@code FargateProfileIssue}; the {@code code} is the string EKS wrote, each
 * resource kind having its own list of codes that grows often.
 */
@Value.Immutable
@EksStyle
public abstract class HealthIssue {
  HealthIssue() {}

  /** The issue code, e.g. {@code AccessDenied} or {@code Ec2SubnetNotFound}, as EKS wrote it ({@code code}). */
  public abstract Optional<String> code();

  /** A description of the issue ({@code message}). */
  public abstract Optional<String> message();

  /** The resource IDs that the issue relates to ({@code resourceIds}). */
  public abstract List<String> resourceIds();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HealthIssue}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableHealthIssue.Builder {
    Builder() {}
  }
}
