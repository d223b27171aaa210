package org.cloudtrail4j.integrity;

import java.util.List;
import java.util.Objects;

/**
 * The outcome for one log file: one result per file, however many digests list it.
 *
 * @param bucket the bucket the digest names for the file (the tree's bucket for a file no digest lists)
 * @param key the file's S3 key (its path relative to the tree root)
 * @param status why it passed or failed
 * @param message the AWS CLI's wording for the status ({@code "valid"}, {@code "hash value doesn't match"},
 *     {@code "not found"}, ...), with our detail where the CLI has none
 * @param digests the keys of the digests that list the file (empty for {@link ValidationStatus#NOT_COVERED})
 * @since 0.1.0
 */
public record LogFileResult(String bucket, String key, ValidationStatus status, String message,
    List<String> digests) {
  /**
   * Checks and copies the members.
   *
   * @param bucket see the record description
   * @param key see the record description
   * @param status see the record description
   * @param message see the record description
   * @param digests see the record description
   */
  public LogFileResult {
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(message, "message");
    digests = List.copyOf(digests);
  }

  /**
   * The S3 URI of the log file, as the AWS CLI prints it.
   *
   * @return {@code s3://<bucket>/<key>}
   */
  public String uri() {
    return "s3://" + bucket + "/" + key;
  }
}
