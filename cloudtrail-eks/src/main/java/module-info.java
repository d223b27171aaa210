/**
 * Typed Amazon EKS CloudTrail events ({@code org.cloudtrail4j.eks}), their request and response shapes
 * ({@code org.cloudtrail4j.eks.model}, generated from the EKS API model by {@code tools/codegen}), and EKS
 * service-linked-role recognition and audit helpers ({@code org.cloudtrail4j.eks.audit}). The mappers are provided to
 * the reader through {@link java.util.ServiceLoader}: one provider, keyed on every operation of
 * {@code eks.amazonaws.com}.
 *
 * <p>Who created or deleted clusters, from a trail as CloudTrail delivers it to S3 (an {@code AWSLogs/} tree):
 * <pre>{@code
 * try (Stream<CloudTrailEvent> events = CloudTrailReader.stream(Path.of("AWSLogs"))) {
 *   events.flatMap(CloudTrailEvent.typed(EksEvent.class))
 *       .filter(e -> e instanceof CreateClusterEvent || e instanceof DeleteClusterEvent)
 *       .forEach(e -> System.out.println(e.operation() + " " + e.clusterName().orElse("?") + " by "
 *           + EksAudit.caller(e).orElse("?")));
 * }
 * }</pre>
 * Every EKS record is an {@link org.cloudtrail4j.eks.EksEvent}: a typed event for each mutating operation, and
 * {@link org.cloudtrail4j.eks.EksApiCall} for the others, newer operations included.
 *
 * @since 0.1.0
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
