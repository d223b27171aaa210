package org.cloudtrail4j.eks.audit;

/**
 * The six service-linked roles of Amazon EKS: IAM roles that EKS creates in the customer's account, under the path
 * {@code /aws-service-role/<service principal>/}, and assumes to act on the customer's behalf. In CloudTrail they
 * appear as {@code AssumedRole} identities whose session issuer has that path, with {@code invokedBy},
 * {@code sourceIPAddress} and {@code userAgent} set to the service principal.
 *
 * <p>Not to be confused with the roles the customer creates and EKS assumes (the cluster IAM role of
 * {@code CreateCluster}'s {@code roleArn}, the Fargate pod execution role, Pod Identity and capability roles): those
 * have the same {@code invokedBy} but no {@code aws-service-role} path. {@link EksServiceLinkedRoles} tells them apart.
 *
 * @since 0.1.0
 */
public enum EksServiceLinkedRole {
  /** The cluster role: networking, load balancers, logs and instance profiles of EKS clusters and Auto Mode. */
  CLUSTER("AWSServiceRoleForAmazonEKS", "eks.amazonaws.com", "AmazonEKSServiceRolePolicy",
      "Manages the cluster's AWS resources: elastic network interfaces and the cluster security group, load "
          + "balancers, control-plane log groups, instance profiles and, with Auto Mode, EC2 instances"),
  /** The managed node group role: Auto Scaling groups, launch templates and instance profiles of node groups. */
  NODEGROUP("AWSServiceRoleForAmazonEKSNodegroup", "eks-nodegroup.amazonaws.com", "AWSServiceRoleForAmazonEKSNodegroup",
      "Manages the Auto Scaling groups, launch templates, security groups and instance profiles behind managed node "
          + "groups"),
  /** The Fargate role: the network interfaces of Fargate pods. */
  FARGATE("AWSServiceRoleForAmazonEKSForFargate", "eks-fargate.amazonaws.com", "AmazonEKSForFargateServiceRolePolicy",
      "Creates and deletes the elastic network interfaces that connect Fargate pods to the VPC"),
  /** The connector role: the Systems Manager activations and sessions of registered (external) clusters. */
  CONNECTOR("AWSServiceRoleForAmazonEKSConnector", "eks-connector.amazonaws.com", "AmazonEKSConnectorServiceRolePolicy",
      "Manages the Systems Manager activations and sessions that connect registered Kubernetes clusters to EKS"),
  /** The local cluster role: control-plane instances of local clusters on AWS Outposts. */
  LOCAL_OUTPOST("AWSServiceRoleForAmazonEKSLocalOutpost", "outposts.eks-local.amazonaws.com",
      "AmazonEKSLocalOutpostServiceRolePolicy",
      "Launches and manages the control-plane instances, network and bootstrap secrets of local clusters on "
          + "AWS Outposts"),
  /** The dashboard role: read-only AWS Organizations access for the multi-account EKS dashboard. */
  DASHBOARD("AWSServiceRoleForAmazonEKSDashboard", "dashboard.eks.amazonaws.com",
      "AmazonEKSDashboardServiceRolePolicy",
      "Reads AWS Organizations accounts and organizational units for the multi-account EKS dashboard");

  private final String roleName;
  private final String servicePrincipal;
  private final String managedPolicyName;
  private final String purpose;

  EksServiceLinkedRole(String roleName, String servicePrincipal, String managedPolicyName, String purpose) {
    this.roleName = roleName;
    this.servicePrincipal = servicePrincipal;
    this.managedPolicyName = managedPolicyName;
    this.purpose = purpose;
  }

  /** {@return the role's name, e.g. {@code AWSServiceRoleForAmazonEKSNodegroup}} */
  public String roleName() {
    return roleName;
  }

  /**
   * {@return the service principal that assumes the role, e.g. {@code eks-nodegroup.amazonaws.com}: the role's path
   * segment and the {@code invokedBy}, {@code sourceIPAddress} and {@code userAgent} of the calls it makes}
   */
  public String servicePrincipal() {
    return servicePrincipal;
  }

  /** {@return the AWS managed policy attached to the role, e.g. {@code AmazonEKSServiceRolePolicy}} */
  public String managedPolicyName() {
    return managedPolicyName;
  }

  /** {@return what EKS does with the role, in a sentence} */
  public String purpose() {
    return purpose;
  }

  /** {@return the role's IAM path, {@code /aws-service-role/<service principal>/}} */
  public String path() {
    return "/aws-service-role/" + servicePrincipal + "/";
  }

  /**
   * The role's ARN in an account: {@code arn:<partition>:iam::<account>:role/aws-service-role/<principal>/<name>}.
   *
   * @param partition {@code aws}, {@code aws-cn} or {@code aws-us-gov}
   * @param accountId the 12-digit account ID
   * @return the ARN
   */
  public String roleArn(String partition, String accountId) {
    return "arn:" + partition + ":iam::" + accountId + ":role" + path() + roleName;
  }
}
