package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * The {@code requestParameters} of an EKS {@code UpdateClusterConfig} call, member by member with the names
 * CloudTrail records (model shape {@code UpdateClusterConfigRequest}). Members the record does not have are absent.
 */
@Value.Immutable
@EksStyle
public abstract class UpdateClusterConfigRequest {
  UpdateClusterConfigRequest() {}

  /**
   * The name of the Amazon EKS cluster to update. Percent-decoded: CloudTrail records this path label URL-encoded
   * ({@code name}).
   */
  public abstract Optional<String> name();

  /** An object representing the VPC configuration to use for the cluster update ({@code resourcesVpcConfig}). */
  public abstract Optional<VpcConfig> resourcesVpcConfig();

  /**
   * Enable or disable exporting the Kubernetes control plane logs for your cluster to CloudWatch Logs 
   * ({@code logging}).
   */
  public abstract Optional<Logging> logging();

  /**
   * A unique, case-sensitive identifier that you provide to ensure the idempotency of the request
   * ({@code clientRequestToken}).
   */
  public abstract Optional<String> clientRequestToken();

  /** The access configuration for the cluster ({@code accessConfig}). */
  public abstract Optional<AccessConfig> accessConfig();

  /** You can enable or disable extended support for clusters currently on standard support ({@code upgradePolicy}). */
  public abstract Optional<UpgradePolicy> upgradePolicy();

  /** Enable or disable ARC zonal shift for the cluster ({@code zonalShiftConfig}). */
  public abstract Optional<ZonalShiftConfig> zonalShiftConfig();

  /** Update the configuration of the compute capability of your EKS Auto Mode cluster ({@code computeConfig}). */
  public abstract Optional<ComputeConfig> computeConfig();

  /** The Kubernetes network configuration to change ({@code kubernetesNetworkConfig}). */
  public abstract Optional<KubernetesNetworkConfig> kubernetesNetworkConfig();

  /** Update the configuration of the block storage capability of your EKS Auto Mode cluster ({@code storageConfig}). */
  public abstract Optional<StorageConfig> storageConfig();

  /** The EKS Hybrid Nodes networks to change ({@code remoteNetworkConfig}). */
  public abstract Optional<RemoteNetworkConfig> remoteNetworkConfig();

  /** Specifies whether to enable or disable deletion protection for the cluster ({@code deletionProtection}). */
  public abstract Optional<Boolean> deletionProtection();

  /** The control plane scaling tier configuration ({@code controlPlaneScalingConfig}). */
  public abstract Optional<ControlPlaneScalingConfig> controlPlaneScalingConfig();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UpdateClusterConfigRequest}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableUpdateClusterConfigRequest.Builder {
    Builder() {}
  }
}
