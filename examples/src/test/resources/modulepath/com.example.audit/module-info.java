/** A user's module: reads CloudTrail logs with cloudtrail4j, EKS typed events and a mapper of its own. */
module com.example.audit {
  requires org.cloudtrail4j.eks;

  provides org.cloudtrail4j.model.spi.CloudTrailMapperProvider with com.example.audit.AuditMappers;
}
