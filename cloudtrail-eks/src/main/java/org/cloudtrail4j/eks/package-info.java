/**
 * Typed Amazon EKS CloudTrail events, EKS service-linked roles and audit helpers.
 *
 * <ul>
 *   <li>{@link org.cloudtrail4j.eks.EksEvent}: the typed view of an {@code eks.amazonaws.com} record, a class per
 *       important mutating operation ({@link org.cloudtrail4j.eks.CreateClusterEvent}, ...) and
 *       {@link org.cloudtrail4j.eks.EksApiCall} for the other operations of {@link org.cloudtrail4j.eks.EksOperation}.
 *       Request and response shapes ({@link org.cloudtrail4j.eks.CreateClusterRequest},
 *       {@link org.cloudtrail4j.eks.Cluster}, ...) are immutable, with the member names CloudTrail records; members
 *       this version does not know are kept in each shape's {@code unknownFields()}, values of enumerations EKS may
 *       extend in open enums.</li>
 *   <li>{@link org.cloudtrail4j.eks.EksServiceLinkedRole} and {@link org.cloudtrail4j.eks.EksServiceLinkedRoles}:
 *       EKS's own activity in other services' records.</li>
 *   <li>{@link org.cloudtrail4j.eks.EksAudit}: who created or deleted clusters, opened endpoints, disabled logging,
 *       granted access.</li>
 * </ul>
 *
 * <p>The member descriptions of the request and response shapes are adapted from the Amazon EKS API model
 * ({@code botocore/data/eks/2017-11-01/service-2.json}, Apache License 2.0).
 */
package org.cloudtrail4j.eks;
