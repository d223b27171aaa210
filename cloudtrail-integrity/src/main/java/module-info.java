/**
 * Validates the integrity of CloudTrail log files: digest signatures, digest chains, log-file hashes and coverage
 * ({@code org.cloudtrail4j.integrity}). Needs the JDK's cryptography, jackson-core, and
 * cloudtrail-parser for its reading of CloudTrail's S3 layout ({@code LogFileKey}).
 */
module org.cloudtrail4j.integrity {
  requires com.fasterxml.jackson.core;
  // LogFileKey reads CloudTrail's S3 layout for the reader and the validator alike
  requires org.cloudtrail4j.parser;

  exports org.cloudtrail4j.integrity;
}
