/**
 * Validates the integrity of CloudTrail log files: digest signatures, digest chains, log-file hashes and coverage
 * ({@code org.cloudtrail4j.integrity}). Needs the JDK's cryptography, jackson-core, and
 * cloudtrail-parser for its reading of CloudTrail's S3 layout ({@code LogFileKey}).
 *
 * <p>Whether a trail's log files are as CloudTrail delivered them, from a copy of its bucket
 * ({@code aws s3 sync s3://my-trail-bucket ./my-trail-bucket}) and its public keys (saved from
 * {@code aws cloudtrail list-public-keys}); a log file that no digest lists is reported, not ignored:
 * <pre>{@code
 * Path keys = Path.of("us-west-2-keys.json");
 * Path trail = Path.of("my-trail-bucket");           // holds AWSLogs/
 * ValidationReport report = TrailValidator.builder()
 *     .publicKeys(PublicKeys.read(keys))
 *     .accountIds("111122223333")
 *     .regions("us-west-2")
 *     .build()
 *     .validate(trail);
 * System.out.println(report.passed() ? "not altered" : "altered, missing or not covered:");
 * report.logFiles().stream()
 *     .filter(f -> f.status().failure())
 *     .forEach(f -> System.out.println(f.status() + " " + f.key()));
 * }</pre>
 * In S3, {@code cloudtrail-s3}'s {@code S3ObjectStore} and {@code CloudTrailPublicKeys} read the bucket and list the
 * keys.
 *
 * @since 0.1.0
 */
module org.cloudtrail4j.integrity {
  requires com.fasterxml.jackson.core;
  // LogFileKey reads CloudTrail's S3 layout for the reader and the validator alike
  requires org.cloudtrail4j.parser;

  exports org.cloudtrail4j.integrity;
  // the check of between(from, until), for CloudTrailPublicKeys.Builder (not API; the package holds nothing else)
  exports org.cloudtrail4j.integrity.internal.range to org.cloudtrail4j.s3;
}
