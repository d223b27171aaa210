package org.cloudtrail4j.integrity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome for one digest file.
 *
 * @param bucket the bucket the digest was read from (as the digest names it when read from a local tree)
 * @param key the digest's S3 key (its path relative to the tree root)
 * @param status why it passed or failed
 * @param message the AWS CLI's wording for the status ({@code "valid"}, {@code "not found"},
 *     {@code "signature verification failed"}, ...), with our detail where the CLI has none
 * @param backfill whether this is a backfill digest ({@code ..._backfill.json.gz})
 * @param startTime the digest's {@code digestStartTime}, when it could be read
 * @param endTime the digest's {@code digestEndTime}, or the time in its key when it could not be read
 * @param logFiles how many log files the digest lists (0 for an empty digest or one that could not be read)
 * @param warnings what was odd but not a failure (bytes after the digest's gzip stream, duplicate references)
 * @since 0.1.0
 */
public record DigestResult(String bucket, String key, ValidationStatus status, String message, boolean backfill,
    Optional<Instant> startTime, Optional<Instant> endTime, int logFiles, List<String> warnings) {
  /**
   * Checks and copies the members.
   *
   * @param bucket see the record description
   * @param key see the record description
   * @param status see the record description
   * @param message see the record description
   * @param backfill see the record description
   * @param startTime see the record description
   * @param endTime see the record description
   * @param logFiles see the record description
   * @param warnings see the record description
   */
  public DigestResult {
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(startTime, "startTime");
    Objects.requireNonNull(endTime, "endTime");
    warnings = List.copyOf(warnings);
  }

  /**
   * The S3 URI of the digest, as the AWS CLI prints it.
   *
   * @return {@code s3://<bucket>/<key>}
   */
  public String uri() {
    return "s3://" + bucket + "/" + key;
  }
}
