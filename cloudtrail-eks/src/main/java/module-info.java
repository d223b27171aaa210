/**
 * Typed Amazon EKS CloudTrail events, EKS service-linked-role recognition and audit helpers
 * ({@code org.cloudtrail4j.eks}). The mappers are provided to the reader through {@link java.util.ServiceLoader}.
 */
module org.cloudtrail4j.eks {
  requires transitive org.cloudtrail4j.parser;
  requires static org.immutables.value.annotations;

  exports org.cloudtrail4j.eks;

  provides org.cloudtrail4j.model.spi.CloudTrailMapperProvider with org.cloudtrail4j.eks.internal.EksMapperProvider;
}
