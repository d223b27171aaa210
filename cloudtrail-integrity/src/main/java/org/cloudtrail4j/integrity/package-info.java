/**
 * CloudTrail log-file integrity validation: {@link org.cloudtrail4j.integrity.TrailValidator} walks the digest
 * chains of a trail stored in CloudTrail's S3 layout, verifies each digest's signature and each log file's hash, and
 * reports every digest and log file with a {@link org.cloudtrail4j.integrity.ValidationStatus}.
 *
 * <pre>{@code
 * PublicKeys keys = PublicKeys.read(Path.of("us-east-1-keys.json"));   // aws cloudtrail list-public-keys
 * ValidationReport report = TrailValidator.builder().publicKeys(keys).build().validate(Path.of("bucket"));
 * report.failures().forEach(System.out::println);
 * }</pre>
 */
package org.cloudtrail4j.integrity;
