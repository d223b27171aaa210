package org.cloudtrail4j.eks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * An object representing an Amazon EKS cluster VPC configuration response. Model shapes {@code VpcConfigResponse},
 * {@code VpcConfigRequest}. The request and response forms are one type: the response form has the same members and a
 * few more.
 */
@Value.Immutable
@EksStyle
public abstract class VpcConfig {
  VpcConfig() {}

  /** The subnets associated with your cluster ({@code subnetIds}). */
  public abstract List<String> subnetIds();

  /**
   * The security groups associated with the cross-account elastic network interfaces that are used to allow
   * communication between your nodes and the Kubernetes control plane ({@code securityGroupIds}).
   */
  public abstract List<String> securityGroupIds();

  /** The cluster security group that was created by Amazon EKS for the cluster ({@code clusterSecurityGroupId}). */
  public abstract Optional<String> clusterSecurityGroupId();

  /** The VPC associated with your cluster ({@code vpcId}). */
  public abstract Optional<String> vpcId();

  /** Whether the public API server endpoint is enabled ({@code endpointPublicAccess}). */
  public abstract Optional<Boolean> endpointPublicAccess();

  /**
   * This parameter indicates whether the Amazon EKS private API server endpoint is enabled
   * ({@code endpointPrivateAccess}).
   */
  public abstract Optional<Boolean> endpointPrivateAccess();

  /**
   * The CIDR blocks that are allowed access to your cluster's public Kubernetes API server endpoint
   * ({@code publicAccessCidrs}).
   */
  public abstract List<String> publicAccessCidrs();

  /** The current control plane egress routing mode for the cluster ({@code controlPlaneEgressMode}). */
  public abstract Optional<ControlPlaneEgressMode> controlPlaneEgressMode();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VpcConfig}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableVpcConfig.Builder {
    Builder() {}
  }
}
