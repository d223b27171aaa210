package org.cloudtrail4j.eks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * The {@code requestParameters} of an EKS {@code CreateNodegroup} call, member by member with the names CloudTrail
 * records (model shape {@code CreateNodegroupRequest}). Members the record does not have are absent.
 */
@Value.Immutable
@EksStyle
public abstract class CreateNodegroupRequest {
  CreateNodegroupRequest() {}

  /** The name of your cluster. Percent-decoded: CloudTrail records this path label URL-encoded ({@code name}). */
  public abstract Optional<String> name();

  /** The unique name to give your node group ({@code nodegroupName}). */
  public abstract Optional<String> nodegroupName();

  /**
   * The scaling configuration details for the Auto Scaling group that is created for your node group
   * ({@code scalingConfig}).
   */
  public abstract Optional<NodegroupScalingConfig> scalingConfig();

  /** The root device disk size (in GiB) for your node group instances ({@code diskSize}). */
  public abstract Optional<Integer> diskSize();

  /** The subnets to use for the Auto Scaling group that is created for your node group ({@code subnets}). */
  public abstract List<String> subnets();

  /** Specify the instance types for a node group ({@code instanceTypes}). */
  public abstract List<String> instanceTypes();

  /** The AMI type for your node group ({@code amiType}). */
  public abstract Optional<AmiType> amiType();

  /** The remote access configuration to use with your node group ({@code remoteAccess}). */
  public abstract Optional<RemoteAccessConfig> remoteAccess();

  /** The Amazon Resource Name (ARN) of the IAM role to associate with your node group ({@code nodeRole}). */
  public abstract Optional<String> nodeRole();

  /** The Kubernetes {@code labels} to apply to the nodes in the node group when they are created ({@code labels}). */
  public abstract Map<String, String> labels();

  /** The Kubernetes taints to be applied to the nodes in the node group ({@code taints}). */
  public abstract List<Taint> taints();

  /** Metadata that assists with categorization and organization ({@code tags}). */
  public abstract Map<String, String> tags();

  /**
   * A unique, case-sensitive identifier that you provide to ensure the idempotency of the request
   * ({@code clientRequestToken}).
   */
  public abstract Optional<String> clientRequestToken();

  /** An object representing a node group's launch template specification ({@code launchTemplate}). */
  public abstract Optional<LaunchTemplateSpecification> launchTemplate();

  /** The node group update configuration ({@code updateConfig}). */
  public abstract Optional<NodegroupUpdateConfig> updateConfig();

  /** The node auto repair configuration for the node group ({@code nodeRepairConfig}). */
  public abstract Optional<NodeRepairConfig> nodeRepairConfig();

  /** The capacity type for your node group ({@code capacityType}). */
  public abstract Optional<CapacityType> capacityType();

  /** The Kubernetes version to use for your managed nodes ({@code version}). */
  public abstract Optional<String> version();

  /** The AMI version of the Amazon EKS optimized AMI to use with your node group ({@code releaseVersion}). */
  public abstract Optional<String> releaseVersion();

  /** The warm pool configuration for the node group ({@code warmPoolConfig}). */
  public abstract Optional<WarmPoolConfig> warmPoolConfig();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreateNodegroupRequest}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableCreateNodegroupRequest.Builder {
    Builder() {}
  }
}
