package org.cloudtrail4j.eks.audit;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.identity.AssumedRole;
import org.cloudtrail4j.model.identity.AwsService;
import org.cloudtrail4j.model.identity.UnrecognizedIdentity;
import org.cloudtrail4j.model.identity.Role;
import org.cloudtrail4j.model.identity.UserIdentity;

/**
 * Recognises EKS's own activity in CloudTrail: calls made by the six EKS service-linked roles, by roles the customer
 * lets EKS assume, and by EKS service principals, so an audit can select them or leave them out.
 *
 * <pre>{@code
 * // the EC2 and IAM calls EKS's node group role made
 * events.filter(EksServiceLinkedRoles.byServiceLinkedRole(EksServiceLinkedRole.NODEGROUP));
 * // everything but EKS's own activity
 * events.filter(EksServiceLinkedRoles.byEks().negate());
 * }</pre>
 *
 * <p>A service-linked role is recognised from the session issuer's ARN path,
 * {@code arn:<partition>:iam::<account>:role/aws-service-role/<service principal>/<role name>}, which only AWS can
 * create. When a record has no session issuer (partial records), the role name in the assumed-role ARN must be an EKS
 * service-linked role's and {@code invokedBy}, {@code sourceIPAddress} or {@code userAgent} must be its service
 * principal. A role that merely has {@code invokedBy} {@code eks.amazonaws.com} (the customer's cluster IAM role) is
 * never taken for one: it is {@link EksActor#CUSTOMER_ROLE}.
 *
 * <p>All methods are stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class EksServiceLinkedRoles {
  /**
   * Every service principal EKS acts as: the six service-linked roles' principals, and those that assume the
   * customer's roles for EKS ({@code eks-fargate-pods}, {@code pods.eks}, {@code capabilities.eks}).
   */
  public static final Set<String> EKS_SERVICE_PRINCIPALS = Set.of(
      "eks.amazonaws.com", "eks-nodegroup.amazonaws.com", "eks-fargate.amazonaws.com", "eks-connector.amazonaws.com",
      "outposts.eks-local.amazonaws.com", "dashboard.eks.amazonaws.com", "eks-fargate-pods.amazonaws.com",
      "pods.eks.amazonaws.com", "capabilities.eks.amazonaws.com");

  private static final String SLR_PATH = "role/aws-service-role/";

  private EksServiceLinkedRoles() {}

  /**
   * The EKS service-linked role whose session made the call, from the session issuer's ARN, or, for an identity
   * without one, from the assumed-role ARN's role name confirmed by {@code invokedBy}.
   *
   * @param identity the caller's identity
   * @return the role; empty when the session is not an EKS service-linked role's
   */
  public static Optional<EksServiceLinkedRole> of(UserIdentity identity) {
    return of(identity, null, null);
  }

  /**
   * The EKS service-linked role that made {@code event}'s call: as {@link #of(UserIdentity)}, where the record's
   * {@code sourceIPAddress} or {@code userAgent} may also confirm the role name.
   *
   * @param event a CloudTrail event
   * @return the role; empty when the call was not made by an EKS service-linked role
   */
  public static Optional<EksServiceLinkedRole> of(CloudTrailEvent event) {
    return event.userIdentity()
        .flatMap(id -> of(id, event.sourceIPAddress().orElse(null), event.userAgent().orElse(null)));
  }

  /**
   * The EKS service-linked role an IAM role ARN names: {@code arn:<partition>:iam::<account>:role/aws-service-role/
   * <principal>/<name>} with an EKS principal or role name.
   *
   * @param roleArn an IAM role ARN
   * @return the role; empty when the ARN is not an EKS service-linked role's
   */
  public static Optional<EksServiceLinkedRole> fromRoleArn(String roleArn) {
    Objects.requireNonNull(roleArn, "roleArn");
    // arn:partition:iam::account:role/aws-service-role/<principal>/<name>
    String[] parts = roleArn.split(":", 6);
    if (parts.length != 6 || !parts[0].equals("arn") || !parts[2].equals("iam")
        || !parts[5].startsWith(SLR_PATH)) {
      return Optional.empty();
    }
    String rest = parts[5].substring(SLR_PATH.length());
    int slash = rest.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    String principal = rest.substring(0, slash);
    String name = rest.substring(rest.lastIndexOf('/') + 1);
    for (EksServiceLinkedRole role : EksServiceLinkedRole.values()) {
      // China regions may spell the principal with a .cn suffix; the role name alone is unique in an account
      if (role.servicePrincipal().equals(principal) || role.roleName().equals(name)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return who made {@code event}'s call, as far as EKS is concerned}
   *
   * @param event a CloudTrail event
   */
  public static EksActor actor(CloudTrailEvent event) {
    Optional<UserIdentity> identity = event.userIdentity();
    if (identity.isEmpty()) {
      return EksActor.NOT_EKS;
    }
    UserIdentity id = identity.get();
    if (of(event).isPresent()) {
      return EksActor.SERVICE_LINKED_ROLE;
    }
    Optional<String> principal = id.invokedBy().or(event::sourceIPAddress);
    if (principal.isEmpty() || !EKS_SERVICE_PRINCIPALS.contains(principal.get())) {
      return EksActor.NOT_EKS;
    }
    if (id instanceof AwsService || id instanceof UnrecognizedIdentity) {
      return id.invokedBy().isPresent() ? EksActor.SERVICE : EksActor.NOT_EKS;
    }
    return id instanceof AssumedRole || id instanceof Role ? EksActor.CUSTOMER_ROLE : EksActor.NOT_EKS;
  }

  /** {@return a test for the calls made by any EKS service-linked role} */
  public static Predicate<CloudTrailEvent> byServiceLinkedRole() {
    return e -> of(e).isPresent();
  }

  /**
   * {@return a test for the calls made by {@code role}}
   *
   * @param role an EKS service-linked role
   */
  public static Predicate<CloudTrailEvent> byServiceLinkedRole(EksServiceLinkedRole role) {
    Objects.requireNonNull(role, "role");
    return e -> of(e).filter(role::equals).isPresent();
  }

  /**
   * EKS's own activity: calls made by an EKS service-linked role, by a customer role EKS assumed, or by an EKS service
   * principal ({@link #actor} is not {@link EksActor#NOT_EKS}). Negate it to leave EKS's activity out of an audit.
   *
   * @return a test for EKS's own activity
   */
  public static Predicate<CloudTrailEvent> byEks() {
    return e -> actor(e) != EksActor.NOT_EKS;
  }

  private static Optional<EksServiceLinkedRole> of(UserIdentity identity, String sourceIp, String userAgent) {
    Objects.requireNonNull(identity, "identity");
    Optional<String> issuer = identity instanceof Role ? identity.arn() : identity.sessionIssuerArn();
    if (issuer.isPresent()) {
      return fromRoleArn(issuer.get());
    }
    if (!(identity instanceof AssumedRole)) {
      return Optional.empty();
    }
    Optional<String> roleName = ((AssumedRole) identity).roleName();
    for (EksServiceLinkedRole role : EksServiceLinkedRole.values()) {
      if (roleName.filter(role.roleName()::equals).isPresent()
          && (identity.invokedBy().filter(role.servicePrincipal()::equals).isPresent()
              || role.servicePrincipal().equals(sourceIp) || role.servicePrincipal().equals(userAgent))) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
