package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * The Kubernetes network configuration for the cluster. Model shapes {@code KubernetesNetworkConfigResponse},
 * {@code KubernetesNetworkConfigRequest}. The request and response forms are one type: the response form has the same
 * members and a few more.
 */
@Value.Immutable
@EksStyle
public abstract class KubernetesNetworkConfig {
  KubernetesNetworkConfig() {}

  /**
   * The CIDR block that Kubernetes {@code Pod} and {@code Service} object IP addresses are assigned from
   * ({@code serviceIpv4Cidr}).
   */
  public abstract Optional<String> serviceIpv4Cidr();

  /**
   * The CIDR block that Kubernetes pod and service IP addresses are assigned from if you created a 1.21 or later
   * cluster with version 1.10.1 or later of the Amazon VPC CNI add-on and specified {@code ipv6} for ipFamily when
   * you created the cluster ({@code serviceIpv6Cidr}).
   */
  public abstract Optional<String> serviceIpv6Cidr();

  /**
   * The IP family used to assign Kubernetes {@code Pod} and {@code Service} objects IP addresses ({@code ipFamily}).
   */
  public abstract Optional<IpFamily> ipFamily();

  /**
   * Indicates the current configuration of the load balancing capability on your EKS Auto Mode cluster
   * ({@code elasticLoadBalancing}).
   */
  public abstract Optional<ElasticLoadBalancing> elasticLoadBalancing();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link KubernetesNetworkConfig}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableKubernetesNetworkConfig.Builder {
    Builder() {}
  }
}
