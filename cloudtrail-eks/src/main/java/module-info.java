/**
 * Typed Amazon EKS CloudTrail events, EKS service-linked-role recognition and audit helpers
 * ({@code org.cloudtrail4j.eks}). The mappers are provided to the reader through {@link java.util.ServiceLoader}.
 */
module org.cloudtrail4j.eks {
  requires transitive org.cloudtrail4j.parser;
  requires static org.immutables.value.annotations;

  exports org.cloudtrail4j.eks;

  provides org.cloudtrail4j.parser.spi.CloudTrailEventMapper with
      org.cloudtrail4j.eks.internal.EksMappers.CreateCluster,
      org.cloudtrail4j.eks.internal.EksMappers.DeleteCluster,
      org.cloudtrail4j.eks.internal.EksMappers.UpdateClusterConfig,
      org.cloudtrail4j.eks.internal.EksMappers.UpdateClusterVersion,
      org.cloudtrail4j.eks.internal.EksMappers.CreateNodegroup,
      org.cloudtrail4j.eks.internal.EksMappers.DeleteNodegroup,
      org.cloudtrail4j.eks.internal.EksMappers.UpdateNodegroupConfig,
      org.cloudtrail4j.eks.internal.EksMappers.UpdateNodegroupVersion,
      org.cloudtrail4j.eks.internal.EksMappers.CreateFargateProfile,
      org.cloudtrail4j.eks.internal.EksMappers.DeleteFargateProfile,
      org.cloudtrail4j.eks.internal.EksMappers.CreateAddon,
      org.cloudtrail4j.eks.internal.EksMappers.UpdateAddon,
      org.cloudtrail4j.eks.internal.EksMappers.DeleteAddon,
      org.cloudtrail4j.eks.internal.EksMappers.CreateAccessEntry,
      org.cloudtrail4j.eks.internal.EksMappers.UpdateAccessEntry,
      org.cloudtrail4j.eks.internal.EksMappers.DeleteAccessEntry,
      org.cloudtrail4j.eks.internal.EksMappers.AssociateAccessPolicy,
      org.cloudtrail4j.eks.internal.EksMappers.DisassociateAccessPolicy,
      org.cloudtrail4j.eks.internal.EksMappers.CreatePodIdentityAssociation,
      org.cloudtrail4j.eks.internal.EksMappers.UpdatePodIdentityAssociation,
      org.cloudtrail4j.eks.internal.EksMappers.DeletePodIdentityAssociation,
      org.cloudtrail4j.eks.internal.EksMappers.AssociateIdentityProviderConfig,
      org.cloudtrail4j.eks.internal.EksMappers.DisassociateIdentityProviderConfig,
      org.cloudtrail4j.eks.internal.EksMappers.AssociateEncryptionConfig,
      org.cloudtrail4j.eks.internal.EksMappers.TagResource,
      org.cloudtrail4j.eks.internal.EksMappers.UntagResource,
      org.cloudtrail4j.eks.internal.EksMappers.ApiCall;
}
