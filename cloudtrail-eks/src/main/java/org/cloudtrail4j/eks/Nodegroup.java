package org.cloudtrail4j.eks;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/** An object representing an Amazon EKS managed node group. Model shape {@code Nodegroup}. */
@Value.Immutable
@EksStyle
public abstract class Nodegroup {
  Nodegroup() {}

  /** The name associated with an Amazon EKS managed node group ({@code nodegroupName}). */
  public abstract Optional<String> nodegroupName();

  /** The Amazon Resource Name (ARN) associated with the managed node group ({@code nodegroupArn}). */
  public abstract Optional<String> nodegroupArn();

  /** The name of your cluster ({@code clusterName}). */
  public abstract Optional<String> clusterName();

  /** The Kubernetes version of the managed node group ({@code version}). */
  public abstract Optional<String> version();

  /**
   * If the node group was deployed using a launch template with a custom AMI, then this is the AMI ID that was
   * specified in the launch template ({@code releaseVersion}).
   */
  public abstract Optional<String> releaseVersion();

  /** The Unix epoch timestamp at object creation ({@code createdAt}). */
  public abstract Optional<Instant> createdAt();

  /** The Unix epoch timestamp for the last modification to the object ({@code modifiedAt}). */
  public abstract Optional<Instant> modifiedAt();

  /** The current status of the managed node group ({@code status}). */
  public abstract Optional<NodegroupStatus> status();

  /** The capacity type of your managed node group ({@code capacityType}). */
  public abstract Optional<CapacityType> capacityType();

  /**
   * The scaling configuration details for the Auto Scaling group that is associated with your node group
   * ({@code scalingConfig}).
   */
  public abstract Optional<NodegroupScalingConfig> scalingConfig();

  /**
   * If the node group wasn't deployed with a launch template, then this is the instance type that is associated with
   * the node group ({@code instanceTypes}).
   */
  public abstract List<String> instanceTypes();

  /**
   * The subnets that were specified for the Auto Scaling group that is associated with your node group
   * ({@code subnets}).
   */
  public abstract List<String> subnets();

  /**
   * If the node group wasn't deployed with a launch template, then this is the remote access configuration that is
   * associated with the node group ({@code remoteAccess}).
   */
  public abstract Optional<RemoteAccessConfig> remoteAccess();

  /**
   * If the node group was deployed using a launch template with a custom AMI, then this is {@code CUSTOM}
   * ({@code amiType}).
   */
  public abstract Optional<AmiType> amiType();

  /** The IAM role associated with your node group ({@code nodeRole}). */
  public abstract Optional<String> nodeRole();

  /** The Kubernetes {@code labels} applied to the nodes in the node group ({@code labels}). */
  public abstract Map<String, String> labels();

  /** The Kubernetes taints to be applied to the nodes in the node group when they are created ({@code taints}). */
  public abstract List<Taint> taints();

  /**
   * The resources associated with the node group, such as Auto Scaling groups and security groups for remote access
   * ({@code resources}).
   */
  public abstract Optional<NodegroupResources> resources();

  /**
   * If the node group wasn't deployed with a launch template, then this is the disk size in the node group
   * configuration ({@code diskSize}).
   */
  public abstract Optional<Integer> diskSize();

  /** The health status of the node group ({@code health}). */
  public abstract Optional<Health> health();

  /** The node group update configuration ({@code updateConfig}). */
  public abstract Optional<NodegroupUpdateConfig> updateConfig();

  /** The node auto repair configuration for the node group ({@code nodeRepairConfig}). */
  public abstract Optional<NodeRepairConfig> nodeRepairConfig();

  /**
   * If a launch template was used to create the node group, then this is the launch template that was used
   * ({@code launchTemplate}).
   */
  public abstract Optional<LaunchTemplateSpecification> launchTemplate();

  /** Metadata that assists with categorization and organization ({@code tags}). */
  public abstract Map<String, String> tags();

  /** The warm pool configuration attached to the node group ({@code warmPoolConfig}). */
  public abstract Optional<WarmPoolConfig> warmPoolConfig();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Nodegroup}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableNodegroup.Builder {
    Builder() {}
  }
}
