package org.cloudtrail4j.eks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * An object representing the resources associated with the node group, such as Auto Scaling groups and security
 * groups for remote access. Model shape {@code NodegroupResources}.
 */
@Value.Immutable
@EksStyle
public abstract class NodegroupResources {
  NodegroupResources() {}

  /** The Auto Scaling groups associated with the node group ({@code autoScalingGroups}). */
  public abstract List<AutoScalingGroup> autoScalingGroups();

  /** The remote access security group associated with the node group ({@code remoteAccessSecurityGroup}). */
  public abstract Optional<String> remoteAccessSecurityGroup();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NodegroupResources}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableNodegroupResources.Builder {
    Builder() {}
  }
}
