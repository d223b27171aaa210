package org.cloudtrail4j.eks.audit;

import java.util.List;
import java.util.Optional;
import org.cloudtrail4j.eks.EksEvent;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.eks.model.AccessScope;
import org.immutables.value.Value;

/**
 * Cluster access given to an IAM principal through the EKS API, see {@link EksAudit#accessGrant(EksEvent)}: an access
 * entry created or updated ({@code CreateAccessEntry}, {@code UpdateAccessEntry}), or an access policy associated with
 * one ({@code AssociateAccessPolicy}).
 *
 * @since 0.1.0
 */
@Value.Immutable
@EksStyle
public abstract class AccessGrant {
  /** The access policy that makes a principal cluster administrator. */
  public static final String CLUSTER_ADMIN_POLICY = "AmazonEKSClusterAdminPolicy";

  /** The access policy that makes a principal administrator, of the cluster or of namespaces. */
  public static final String ADMIN_POLICY = "AmazonEKSAdminPolicy";

  /** The Kubernetes group whose members are cluster administrators. */
  public static final String SYSTEM_MASTERS = "system:masters";

  AccessGrant() {}

  /** {@return the call that granted the access} */
  public abstract EksEvent event();

  /** {@return the cluster} */
  public abstract Optional<String> clusterName();

  /** {@return the IAM principal given access, URL-decoded} */
  public abstract Optional<String> principalArn();

  /**
   * {@return the access policy associated ({@code AssociateAccessPolicy}), e.g.
   * {@code arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy}}
   */
  public abstract Optional<String> policyArn();

  /** {@return where the policy applies ({@code AssociateAccessPolicy}): the cluster or some namespaces} */
  public abstract Optional<AccessScope> accessScope();

  /** {@return the Kubernetes groups the principal is put in (access entries)} */
  public abstract List<String> kubernetesGroups();

  /** {@return the Kubernetes user name the principal is mapped to (access entries)} */
  public abstract Optional<String> username();

  /** {@return true for the cluster-admin policy (any scope) or the {@code system:masters} group} */
  public boolean clusterAdmin() {
    return policyArn().filter(p -> p.endsWith("/" + CLUSTER_ADMIN_POLICY)).isPresent()
        || kubernetesGroups().contains(SYSTEM_MASTERS);
  }

  /** {@return true for {@link #clusterAdmin()} or the namespace-admin policy {@code AmazonEKSAdminPolicy}} */
  public boolean admin() {
    return clusterAdmin() || policyArn().filter(p -> p.endsWith("/" + ADMIN_POLICY)).isPresent();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AccessGrant}. Not thread-safe. */
  public static final class Builder extends ImmutableAccessGrant.Builder {
    Builder() {}
  }
}
