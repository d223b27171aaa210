package org.cloudtrail4j.s3;

import java.util.Objects;

/**
 * A bucket and a key prefix: {@code s3://bucket/prefix}. The prefix is where the trail's {@code AWSLogs/} folder is
 * (the trail's S3 key prefix), or any folder below it, down to one day ({@code .../CloudTrail/eu-west-1/2024/03/01/}).
 * Immutable value.
 *
 * @since 0.1.0
 */
public final class S3Location {
  private final String bucket;
  private final String prefix;

  private S3Location(String bucket, String prefix) {
    this.bucket = bucket;
    this.prefix = prefix;
  }

  /**
   * Reads {@code s3://bucket} or {@code s3://bucket/prefix}.
   *
   * @param uri the location
   * @return the location
   * @throws IllegalArgumentException if {@code uri} does not start with {@code s3://} or names no bucket
   */
  public static S3Location parse(String uri) {
    Objects.requireNonNull(uri, "uri");
    if (!uri.startsWith("s3://")) {
      throw new IllegalArgumentException("not an s3:// location: " + uri);
    }
    String rest = uri.substring("s3://".length());
    int slash = rest.indexOf('/');
    String bucket = slash < 0 ? rest : rest.substring(0, slash);
    if (bucket.isEmpty()) {
      throw new IllegalArgumentException("no bucket in " + uri);
    }
    return of(bucket, slash < 0 ? "" : rest.substring(slash + 1));
  }

  /**
   * A location from its parts.
   *
   * @param bucket the bucket name
   * @param prefix the key prefix, possibly empty; a slash is added when it does not end with one
   * @return the location
   * @throws IllegalArgumentException if {@code bucket} is empty
   */
  public static S3Location of(String bucket, String prefix) {
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(prefix, "prefix");
    if (bucket.isEmpty()) {
      throw new IllegalArgumentException("empty bucket name");
    }
    String p = prefix;
    while (p.startsWith("/")) {
      p = p.substring(1);
    }
    if (!p.isEmpty() && !p.endsWith("/")) {
      p = p + "/";
    }
    return new S3Location(bucket, p);
  }

  /**
   * True when {@code s} is written as an S3 location.
   *
   * @param s a command-line argument or configuration value
   * @return whether it starts with {@code s3://}
   */
  public static boolean isS3(String s) {
    return s.startsWith("s3://");
  }

  /**
   * The bucket.
   *
   * @return the bucket name
   */
  public String bucket() {
    return bucket;
  }

  /**
   * The key prefix: empty, or ending with {@code /}.
   *
   * @return the prefix
   */
  public String prefix() {
    return prefix;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof S3Location && ((S3Location) o).bucket.equals(bucket) && ((S3Location) o).prefix.equals(prefix);
  }

  @Override
  public int hashCode() {
    return bucket.hashCode() * 31 + prefix.hashCode();
  }

  /** The location as {@code s3://bucket/prefix}. */
  @Override
  public String toString() {
    return "s3://" + bucket + "/" + prefix;
  }
}
