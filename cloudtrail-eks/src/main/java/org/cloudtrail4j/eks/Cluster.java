package org.cloudtrail4j.eks;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/** An object representing an Amazon EKS cluster. Model shape {@code Cluster}. */
@Value.Immutable
@EksStyle
public abstract class Cluster {
  Cluster() {}

  /** The name of your cluster. The pre-GA 2018 form {@code clusterName} is read here too ({@code name}). */
  public abstract Optional<String> name();

  /** The Amazon Resource Name (ARN) of the cluster ({@code arn}). */
  public abstract Optional<String> arn();

  /** The Unix epoch timestamp at object creation ({@code createdAt}). */
  public abstract Optional<Instant> createdAt();

  /** The Kubernetes server version for the cluster ({@code version}). */
  public abstract Optional<String> version();

  /** The endpoint for your Kubernetes API server ({@code endpoint}). */
  public abstract Optional<String> endpoint();

  /**
   * The Amazon Resource Name (ARN) of the IAM role that provides permissions for the Kubernetes control plane to make
   * calls to Amazon Web Services API operations on your behalf ({@code roleArn}).
   */
  public abstract Optional<String> roleArn();

  /** The VPC configuration used by the cluster control plane ({@code resourcesVpcConfig}). */
  public abstract Optional<VpcConfig> resourcesVpcConfig();

  /** The Kubernetes network configuration for the cluster ({@code kubernetesNetworkConfig}). */
  public abstract Optional<KubernetesNetworkConfig> kubernetesNetworkConfig();

  /** The logging configuration for your cluster ({@code logging}). */
  public abstract Optional<Logging> logging();

  /** The identity provider information for the cluster ({@code identity}). */
  public abstract Optional<ClusterIdentity> identity();

  /** The current status of the cluster ({@code status}). */
  public abstract Optional<ClusterStatus> status();

  /** The {@code certificate-authority-data} for your cluster ({@code certificateAuthority}). */
  public abstract Optional<Certificate> certificateAuthority();

  /**
   * A unique, case-sensitive identifier that you provide to ensure the idempotency of the request
   * ({@code clientRequestToken}).
   */
  public abstract Optional<String> clientRequestToken();

  /** The platform version of your Amazon EKS cluster ({@code platformVersion}). */
  public abstract Optional<String> platformVersion();

  /** Metadata that assists with categorization and organization ({@code tags}). */
  public abstract Map<String, String> tags();

  /** The encryption configuration for the cluster ({@code encryptionConfig}). */
  public abstract List<EncryptionConfig> encryptionConfig();

  /** The configuration used to connect to a cluster for registration ({@code connectorConfig}). */
  public abstract Optional<ConnectorConfig> connectorConfig();

  /** The ID of your local Amazon EKS cluster on an Amazon Web Services Outpost ({@code id}). */
  public abstract Optional<String> id();

  /** An object representing the health of your Amazon EKS cluster ({@code health}). */
  public abstract Optional<Health> health();

  /**
   * An object representing the configuration of your local Amazon EKS cluster on an Amazon Web Services Outpost
   * ({@code outpostConfig}).
   */
  public abstract Optional<OutpostConfig> outpostConfig();

  /** The access configuration for the cluster ({@code accessConfig}). */
  public abstract Optional<AccessConfig> accessConfig();

  /** This value indicates if extended support is enabled or disabled for the cluster ({@code upgradePolicy}). */
  public abstract Optional<UpgradePolicy> upgradePolicy();

  /** The configuration for zonal shift for the cluster ({@code zonalShiftConfig}). */
  public abstract Optional<ZonalShiftConfig> zonalShiftConfig();

  /** The configuration in the cluster for EKS Hybrid Nodes ({@code remoteNetworkConfig}). */
  public abstract Optional<RemoteNetworkConfig> remoteNetworkConfig();

  /**
   * Indicates the current configuration of the compute capability on your EKS Auto Mode cluster
   * ({@code computeConfig}).
   */
  public abstract Optional<ComputeConfig> computeConfig();

  /**
   * Indicates the current configuration of the block storage capability on your EKS Auto Mode cluster
   * ({@code storageConfig}).
   */
  public abstract Optional<StorageConfig> storageConfig();

  /** The current deletion protection setting for the cluster ({@code deletionProtection}). */
  public abstract Optional<Boolean> deletionProtection();

  /** The control plane scaling tier configuration ({@code controlPlaneScalingConfig}). */
  public abstract Optional<ControlPlaneScalingConfig> controlPlaneScalingConfig();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Cluster}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableCluster.Builder {
    Builder() {}
  }
}
