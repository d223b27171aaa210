package org.cloudtrail4j.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.cloudtrail4j.eks.EksEvent;
import org.cloudtrail4j.eks.EksOperation;
import org.cloudtrail4j.eks.EksServiceLinkedRole;
import org.cloudtrail4j.eks.EksServiceLinkedRoles;
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
        .or(() -> r.get("principalArn").asString().map(n -> "access-entry/" + percentDecoded(n)))
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

  /**
   * {@code arn%3Aaws%3Aiam...} as {@code arn:aws:iam...}: some calls record a URI path label still percent-encoded.
   * Only {@code %XX} is decoded; a {@code +} stays (IAM names may contain it).
   */
  static String percentDecoded(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
      int lo = hi >= 0 ? Character.digit(s.charAt(i + 2), 16) : -1;
      if (c == '%' && lo >= 0) {
        bytes.write(hi * 16 + lo);
        i += 2;
      } else {
        byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(utf8, 0, utf8.length);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
