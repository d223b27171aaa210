package org.cloudtrail4j.cli;

import java.util.Optional;
import org.cloudtrail4j.eks.EksEvent;
import org.cloudtrail4j.eks.EksOperation;
import org.cloudtrail4j.eks.audit.EksAudit;
import org.cloudtrail4j.eks.audit.EksServiceLinkedRole;
import org.cloudtrail4j.eks.audit.EksServiceLinkedRoles;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.json.JsonValue;

/**
 * What {@code cloudtrail eks} reports about a record, from the EKS module: the typed {@link EksEvent} of an EKS call
 * and the {@link EksServiceLinkedRole} that made a call. The sub-resource column is read from the raw request, the
 * same for every operation.
 */
final class EksActivity {
  private EksActivity() {}

  /**
   * The EKS view of {@code event} when it is an EKS call: through the reader's mappers, so that a mapper failure is a
   * problem like any other (reported, or fatal with {@code --fail-fast}); an operation newer than the EKS module
   * reaches its source-wide mapper and is read as a plain {@link org.cloudtrail4j.eks.EksApiCall}.
   */
  static Optional<EksEvent> eksEvent(CloudTrailEvent event, LogRead read) {
    return read.as(event, EksEvent.class);
  }

  /**
   * True for an EKS call that changes a cluster or what belongs to it (nodegroups, Fargate profiles, add-ons, access
   * entries, identity providers, tags): every EKS operation but the read-only {@code Describe*} and {@code List*}.
   */
  static boolean isClusterChange(EksEvent event) {
    return !event.operation().readOnly() && !event.operation().value().isEmpty();
  }

  /**
   * The part of the cluster an EKS call is about, as {@code kind/name}: {@code nodegroup/ng-1},
   * {@code fargateprofile/fp}, {@code addon/vpc-cni}, {@code access-entry/<principal ARN>},
   * {@code identityproviderconfig/<name>}, {@code podidentityassociation/<id>}; empty for the cluster itself.
   */
  static Optional<String> resource(EksEvent event) {
    Optional<JsonValue> request = event.requestParameters();
    if (request.isEmpty()) {
      return Optional.empty();
    }
    JsonValue r = request.get();
    return r.get("nodegroupName").asString().map(n -> "nodegroup/" + n)
        .or(() -> r.get("fargateProfileName").asString().map(n -> "fargateprofile/" + n))
        .or(() -> r.get("addonName").asString().map(n -> "addon/" + n))
        .or(() -> EksAudit.principalArn(event).map(n -> "access-entry/" + n))
        .or(() -> r.path("identityProviderConfig", "name").asString().map(n -> "identityproviderconfig/" + n))
        .or(() -> r.path("oidc", "identityProviderConfigName").asString().map(n -> "identityproviderconfig/" + n))
        .or(() -> r.get("associationId").asString().map(n -> "podidentityassociation/" + n))
        .or(() -> r.get("serviceAccount").asString().map(n -> "podidentityassociation/" + n));
  }

  /**
   * The name of the EKS service-linked role whose session made the call, e.g.
   * {@code AWSServiceRoleForAmazonEKSNodegroup}; a customer's cluster role that EKS assumes is not one.
   */
  static Optional<String> serviceLinkedRole(CloudTrailEvent event) {
    return EksServiceLinkedRoles.of(event).map(EksServiceLinkedRole::roleName);
  }
}
