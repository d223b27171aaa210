package org.cloudtrail4j.eks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * The {@code requestParameters} of an EKS {@code CreateCluster} call, member by member with the names CloudTrail
 * records (model shape {@code CreateClusterRequest}). Members the record does not have are absent.
 */
@Value.Immutable
@EksStyle
public abstract class CreateClusterRequest {
  CreateClusterRequest() {}

  /**
   * The unique name to give to your cluster. The pre-GA 2018 form {@code clusterName} is read here too
   * ({@code name}).
   */
  public abstract Optional<String> name();

  /** The desired Kubernetes version for your cluster ({@code version}). */
  public abstract Optional<String> version();

  /**
   * The Amazon Resource Name (ARN) of the IAM role that provides permissions for the Kubernetes control plane to make
   * calls to Amazon Web Services API operations on your behalf ({@code roleArn}).
   */
  public abstract Optional<String> roleArn();

  /** The VPC configuration that's used by the cluster control plane ({@code resourcesVpcConfig}). */
  public abstract Optional<VpcConfig> resourcesVpcConfig();

  /** The Kubernetes network configuration for the cluster ({@code kubernetesNetworkConfig}). */
  public abstract Optional<KubernetesNetworkConfig> kubernetesNetworkConfig();

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

  /** Metadata that assists with categorization and organization ({@code tags}). */
  public abstract Map<String, String> tags();

  /** The encryption configuration for the cluster ({@code encryptionConfig}). */
  public abstract List<EncryptionConfig> encryptionConfig();

  /**
   * An object representing the configuration of your local Amazon EKS cluster on an Amazon Web Services Outpost
   * ({@code outpostConfig}).
   */
  public abstract Optional<OutpostConfig> outpostConfig();

  /** The access configuration for the cluster ({@code accessConfig}). */
  public abstract Optional<AccessConfig> accessConfig();

  /**
   * If you set this value to {@code False} when creating a cluster, the default networking add-ons will not be
   * installed ({@code bootstrapSelfManagedAddons}).
   */
  public abstract Optional<Boolean> bootstrapSelfManagedAddons();

  /** New clusters, by default, have extended support enabled ({@code upgradePolicy}). */
  public abstract Optional<UpgradePolicy> upgradePolicy();

  /** Enable or disable ARC zonal shift for the cluster ({@code zonalShiftConfig}). */
  public abstract Optional<ZonalShiftConfig> zonalShiftConfig();

  /** The configuration in the cluster for EKS Hybrid Nodes ({@code remoteNetworkConfig}). */
  public abstract Optional<RemoteNetworkConfig> remoteNetworkConfig();

  /**
   * Enable or disable the compute capability of EKS Auto Mode when creating your EKS Auto Mode cluster
   * ({@code computeConfig}).
   */
  public abstract Optional<ComputeConfig> computeConfig();

  /**
   * Enable or disable the block storage capability of EKS Auto Mode when creating your EKS Auto Mode cluster
   * ({@code storageConfig}).
   */
  public abstract Optional<StorageConfig> storageConfig();

  /** Indicates whether to enable deletion protection for the cluster ({@code deletionProtection}). */
  public abstract Optional<Boolean> deletionProtection();

  /** The control plane scaling tier configuration ({@code controlPlaneScalingConfig}). */
  public abstract Optional<ControlPlaneScalingConfig> controlPlaneScalingConfig();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreateClusterRequest}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableCreateClusterRequest.Builder {
    Builder() {}
  }
}
