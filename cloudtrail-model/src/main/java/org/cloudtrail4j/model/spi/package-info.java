/**
 * The mapper service-provider interface: typed views of CloudTrail events. Write a
 * {@link org.cloudtrail4j.model.spi.CloudTrailEventMapper} (usually with
 * {@link org.cloudtrail4j.model.spi.CloudTrailEventMapper#of}), register it with a reader or through a
 * {@link org.cloudtrail4j.model.spi.CloudTrailMapperProvider}, and get views with
 * {@link org.cloudtrail4j.model.CloudTrailEvent#as(Class)}.
 *
 * @since 0.1.0
 */
package org.cloudtrail4j.model.spi;
