package org.cloudtrail4j.eks.audit;

import java.util.List;
import java.util.Optional;
import org.cloudtrail4j.eks.EksEvent;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.immutables.value.Value;

/**
 * The Kubernetes API server endpoint access that a {@code CreateCluster} or {@code UpdateClusterConfig} call set, see
 * {@link EksAudit#endpointAccess(EksEvent)}: what the call asked for, with EKS's defaults filled in for a new cluster
 * (public access on, private access off, public CIDR {@code 0.0.0.0/0}) and the update's own parameters where the
 * request left a member out.
 *
 * @since 0.1.0
 */
@Value.Immutable
@EksStyle
public abstract class EndpointAccess {
  /** The CIDR blocks that mean "anyone on the internet". */
  public static final List<String> WORLD = List.of("0.0.0.0/0", "::/0");

  EndpointAccess() {}

  /** {@return the call that set it} */
  public abstract EksEvent event();

  /** {@return whether the public endpoint is on; absent when the call did not change it} */
  public abstract Optional<Boolean> endpointPublicAccess();

  /** {@return whether the private (VPC) endpoint is on; absent when the call did not change it} */
  public abstract Optional<Boolean> endpointPrivateAccess();

  /** {@return the CIDR blocks allowed to reach the public endpoint; empty when the call did not change them} */
  public abstract List<String> publicAccessCidrs();

  /** {@return true when the call turned the public endpoint on (or created a cluster with it, EKS's default)} */
  public boolean publicEndpoint() {
    return endpointPublicAccess().orElse(false);
  }

  /** {@return true when the public endpoint is on and open to {@code 0.0.0.0/0} or {@code ::/0}} */
  public boolean openToTheInternet() {
    return publicEndpoint() && publicAccessCidrs().stream().anyMatch(WORLD::contains);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EndpointAccess}. Not thread-safe. */
  public static final class Builder extends ImmutableEndpointAccess.Builder {
    Builder() {}
  }
}
