/**
 * The service-provider interface for custom event mappers: implement
 * {@link org.cloudtrail4j.parser.spi.CloudTrailEventMapper} to give your own typed view of a service's events.
 */
package org.cloudtrail4j.parser.spi;
