package org.cloudtrail4j.benchmarks;

/**
 * One generated record: its compact JSON and what decides which log file of the S3 tree it belongs to.
 *
 * @param json the record as CloudTrail writes it, UTF-8, no surrounding whitespace
 * @param recipientAccountId the account whose trail receives it
 * @param awsRegion its region
 * @param eventTime its time, in epoch seconds
 */
record TrailRecord(byte[] json, String recipientAccountId, String awsRegion, long eventTime) {}
