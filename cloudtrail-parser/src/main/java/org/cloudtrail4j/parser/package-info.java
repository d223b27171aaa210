/**
 * Reading CloudTrail logs: {@link org.cloudtrail4j.parser.CloudTrailReader} and its options, filters, limits and
 * problem reports.
 */
package org.cloudtrail4j.parser;
