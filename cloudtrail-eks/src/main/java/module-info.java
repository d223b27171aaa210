/**
 * Typed Amazon EKS CloudTrail events ({@code org.cloudtrail4j.eks}), their request and response shapes
 * ({@code org.cloudtrail4j.eks.model}, generated from the EKS API model by {@code tools/codegen}), and EKS
 * service-linked-role recognition and audit helpers ({@code org.cloudtrail4j.eks.audit}). The mappers are provided to
 * the reader through {@link java.util.ServiceLoader}: one provider, keyed on every operation of
 * {@code eks.amazonaws.com}.
 */
module org.cloudtrail4j.eks {
  requires transitive org.cloudtrail4j.parser;
  requires static org.immutables.value.annotations;

  exports org.cloudtrail4j.eks;
  exports org.cloudtrail4j.eks.model;
  exports org.cloudtrail4j.eks.audit;

  provides org.cloudtrail4j.model.spi.CloudTrailMapperProvider with
      org.cloudtrail4j.eks.internal.EksMapperProvider;
}
