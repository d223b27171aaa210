package org.cloudtrail4j.eks.audit;

/**
 * Who made a call, as far as EKS is concerned: EKS itself (through one of its service-linked roles, through a role the
 * customer gave it, or as a service principal) or someone else. See {@link EksServiceLinkedRoles#actor}.
 *
 * @since 0.1.0
 */
public enum EksActor {
  /**
   * One of EKS's own service-linked roles ({@link EksServiceLinkedRole}): an {@code AssumedRole} whose session issuer
   * is {@code role/aws-service-role/<EKS principal>/<name>}, e.g. the node group role's EC2 and IAM calls.
   */
  SERVICE_LINKED_ROLE,
  /**
   * EKS acting through a role the customer created and trusts EKS with: the cluster IAM role of {@code CreateCluster},
   * a Fargate pod execution role, a capability role. {@code invokedBy} is an EKS principal, but the role has no
   * {@code aws-service-role} path.
   */
  CUSTOMER_ROLE,
  /**
   * An EKS service principal itself ({@code AWSService} identity, or an identity without a type, whose
   * {@code invokedBy} is an EKS principal), e.g. the STS {@code AssumeRole} that starts the sessions above.
   */
  SERVICE,
  /** Not EKS: a person, a tool or another service, including calls to the EKS API itself. */
  NOT_EKS
}
