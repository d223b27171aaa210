/**
 * The EKS module's implementation: the mappers provided to {@link java.util.ServiceLoader}, the readers of the EKS
 * shapes, the Immutables style. Not exported.
 */
package org.cloudtrail4j.eks.internal;
