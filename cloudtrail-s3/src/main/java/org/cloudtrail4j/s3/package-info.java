/**
 * CloudTrail logs read where CloudTrail delivers them: {@link org.cloudtrail4j.s3.S3LogSource} lists a trail's bucket
 * by its key layout (pruned by the reader's filter) and streams each object through the reader, and
 * {@link org.cloudtrail4j.s3.S3NotificationConsumer} reads the objects that S3 notifications announce on an SQS queue,
 * at least once. Both use the AWS SDK for Java v2 and read through a {@link org.cloudtrail4j.parser.CloudTrailReader},
 * so with its filters, limits, error policy, mappers, listener, order and parallelism.
 */
package org.cloudtrail4j.s3;
