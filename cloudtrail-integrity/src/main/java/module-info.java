/**
 * Validates the integrity of CloudTrail log files: digest signatures, digest chains, log-file hashes and coverage
 * ({@code org.cloudtrail4j.integrity}). Needs only the JDK's cryptography and jackson-core.
 */
module org.cloudtrail4j.integrity {
  requires com.fasterxml.jackson.core;

  exports org.cloudtrail4j.integrity;
}
