/**
 * Hand-written answers to what people ask of EKS audit trails: {@link org.cloudtrail4j.eks.audit.EksAudit} (who
 * created or deleted clusters, opened endpoints, disabled control-plane logging, granted cluster access), and EKS's own
 * activity in other services' records ({@link org.cloudtrail4j.eks.audit.EksServiceLinkedRoles},
 * {@link org.cloudtrail4j.eks.audit.EksServiceLinkedRole}, {@link org.cloudtrail4j.eks.audit.EksActor}).
 */
package org.cloudtrail4j.eks.audit;
