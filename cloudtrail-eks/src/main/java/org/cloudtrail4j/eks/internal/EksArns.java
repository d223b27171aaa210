package org.cloudtrail4j.eks.internal;

import java.util.Optional;
import java.util.Set;

/** Reads the cluster name out of EKS resource ARNs, e.g. {@code resourceArn} of {@code TagResource}. */
public final class EksArns {
  // resource types whose ARN is <type>/<cluster>/...: arn:aws:eks:us-west-2:111122223333:nodegroup/prod/ng-1/<uuid>
  private static final Set<String> CLUSTER_SCOPED = Set.of("cluster", "nodegroup", "addon", "fargateprofile",
      "identityproviderconfig", "podidentityassociation", "access-entry", "capability");

  private EksArns() {}

  /**
   * The cluster an EKS ARN names or belongs to: {@code prod} for
   * {@code arn:aws:eks:us-west-2:111122223333:cluster/prod} and for {@code ...:nodegroup/prod/ng-1/<uuid>}; empty for
   * any other ARN (another service, an EKS Anywhere subscription, a malformed string).
   */
  public static Optional<String> clusterName(String arn) {
    // arn:partition:eks:region:account:resource
    String[] parts = arn.split(":", 6);
    if (parts.length != 6 || !parts[0].equals("arn") || !parts[2].equals("eks")) {
      return Optional.empty();
    }
    String[] resource = parts[5].split("/", 3);
    if (resource.length < 2 || resource[1].isEmpty() || !CLUSTER_SCOPED.contains(resource[0])) {
      return Optional.empty();
    }
    return Optional.of(resource[1]);
  }
}
