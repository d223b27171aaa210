package org.cloudtrail4j.benchmarks;

/**
 * One log file of a generated trail's S3 tree, before compression.
 *
 * @param key its S3 key, {@code AWSLogs/<account>/CloudTrail/<region>/YYYY/MM/DD/<account>_CloudTrail_<region>_
 *     <YYYYMMDDTHHmmZ>_<16 letters and digits>.json.gz}
 * @param json its content, {@code {"Records":[...]}}; shared, not copied: do not modify
 * @param records how many records it holds
 */
public record LogFile(String key, byte[] json, int records) {}
