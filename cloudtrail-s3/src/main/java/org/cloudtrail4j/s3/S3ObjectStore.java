package org.cloudtrail4j.s3;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.cloudtrail4j.integrity.ObjectStore;
import org.cloudtrail4j.integrity.TrailValidator;
import org.cloudtrail4j.parser.LogFileKey;
import org.cloudtrail4j.parser.LogFileSelector;
import org.cloudtrail4j.s3.internal.ObjectStream;
import org.cloudtrail4j.s3.internal.S3Failure;
import org.cloudtrail4j.s3.internal.S3Walk;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * A trail's bucket in S3, for {@link TrailValidator#validate(ObjectStore)}: validation of the digests and log files
 * where CloudTrail delivered them, with each digest's signature from its S3 object metadata
 * ({@code x-amz-meta-signature}, {@code x-amz-meta-signature-algorithm}).
 *
 * <pre>{@code
 * try (S3LogSource s3 = S3LogSource.builder().build();
 *      CloudTrailPublicKeys keys = CloudTrailPublicKeys.builder().between(from, until).build()) {
 *   ValidationReport report = TrailValidator.builder()
 *       .publicKeys(keys)                     // ListPublicKeys in each digest's region
 *       .bucket("my-trail-bucket").prefix("logs/").between(from, until)
 *       .build()
 *       .validate(S3ObjectStore.of(s3.client()));
 * }
 * }</pre>
 *
 * <p>Listing is one {@code ListObjectsV2} walk under the validator's prefix (paged lazily): the validator needs
 * every log file's key to report those that no digest lists. With a time range
 * ({@link TrailValidator.Builder#between}), only the day folders of the range are listed (see
 * {@link #list(String, String, Instant, Instant)}). A digest is read with one {@code GetObject}, its body
 * and its metadata from the same response, so that they belong to the same version of the object; log files are
 * streamed, as {@link S3LogSource} streams them, and a connection that breaks in the middle of one is resumed with
 * a ranged GET conditional on its ETag. {@code NoSuchKey} is a missing object ({@code not found}); a {@code HEAD}'s
 * 404, which has no body to say whether the object or its bucket is missing, is {@code not found} too, and says it
 * cannot tell; any other error (a bucket that does not exist, access denied, throttling the SDK gave up on, a KMS key
 * the caller may not use) makes that object unreadable, reported with its key, and the validation goes on.
 * Thread-safe, as the validator needs; the S3 client is the caller's to close.
 *
 * @since 0.1.0
 */
public final class S3ObjectStore implements ObjectStore {
  /** Digests larger than this are refused before they are read (real ones are a few KB; the validator's limit). */
  private static final int MAX_DIGEST_BYTES = 16 << 20;
  private static final int MAX_RESUMES = 5;

  private final S3Client s3;
  /** A digest's metadata, kept from the GET that read its body until the validator asks for it. */
  private final Map<String, Map<String, String>> fromLastGet = new ConcurrentHashMap<>();

  private S3ObjectStore(S3Client s3) {
    this.s3 = s3;
  }

  /**
   * A store reading through {@code s3}, for example {@link S3LogSource#client()}.
   *
   * @param s3 the S3 client, which the store does not close
   * @return the store
   */
  public static S3ObjectStore of(S3Client s3) {
    return new S3ObjectStore(Objects.requireNonNull(s3, "s3"));
  }

  /**
   * The keys under {@code prefix}, listed lazily with {@code ListObjectsV2}, page after page.
   *
   * @param bucket the bucket: required, as S3 has no default
   * @param prefix the key prefix, {@code ""} for the whole bucket
   * @return the keys, in key order
   * @throws IOException if no bucket is given; a listing that fails while the stream is consumed throws an
   *     {@link java.io.UncheckedIOException} naming the bucket and prefix
   */
  @Override
  public Stream<String> list(String bucket, String prefix) throws IOException {
    requireBucket(bucket);
    return walk(bucket, prefix, LogFileSelector.all());
  }

  /**
   * The keys under {@code prefix} that a validation of {@code [from, until]} reads, listed without the days
   * outside it: delimiter listings down to each account's {@code CloudTrail} and {@code CloudTrail-Digest} region
   * folders (other services' folders and CloudTrail Insights are not listed: the validator reads neither), then in
   * each region folder one listing per day of the range, by CloudTrail's {@code YYYY/MM/DD} folders (UTC); a range
   * of more than 400 days is listed from the day of {@code from} on ({@code StartAfter}) to the end of the day of
   * {@code until}. The layout is read as {@link S3LogSource} reads it, except that digests and hidden folders and files
   * are listed too (a file that no digest lists is reported, whatever its name), and that keys in the range's day
   * folders are not pruned by the time in their name. A prefix that does not end with {@code /} is listed whole, as
   * {@link #list(String, String)} lists it.
   *
   * @param bucket the bucket: required, as S3 has no default
   * @param prefix the key prefix, {@code ""} for the whole bucket
   * @param from the first instant the validation needs
   * @param until the last instant the validation needs
   * @return the keys, in key order within each folder
   * @throws IOException if no bucket is given; a listing that fails while the stream is consumed throws an
   *     {@link java.io.UncheckedIOException} naming the bucket and prefix
   */
  @Override
  public Stream<String> list(String bucket, String prefix, Instant from, Instant until) throws IOException {
    requireBucket(bucket);
    if (!prefix.isEmpty() && !prefix.endsWith("/")) {
      return list(bucket, prefix);
    }
    // [from, until] with until included: the selector's upper bound is the first instant left out. No delivery lag:
    // the validator has already widened the range by the hour a digest may come late.
    return walk(bucket, prefix, LogFileSelector.of(null, null, from, until.plusNanos(1), Duration.ZERO));
  }

  /** The trail's keys under a prefix, by the S3 walk of CloudTrail's layout; a failed listing names its prefix. */
  private Stream<String> walk(String bucket, String prefix, LogFileSelector selector) {
    return S3Walk.ofTrail(s3, bucket, prefix, selector, (listed, e) -> failure(e, "list", bucket, listed)).keys();
  }

  private static void requireBucket(String bucket) throws IOException {
    if (bucket == null || bucket.isEmpty()) {
      throw new IOException("validating S3 needs the bucket: TrailValidator.Builder.bucket(...)");
    }
  }

  /**
   * The object's bytes. A digest ({@code CloudTrail-Digest/} key) is read whole, and its metadata kept for
   * {@link #metadata}; a log file is streamed.
   *
   * @param bucket the bucket
   * @param key the key
   * @return the bytes as stored
   * @throws NoSuchFileException if S3 answers {@code NoSuchKey}
   * @throws IOException naming the object, if S3 answers anything else
   */
  @Override
  public InputStream open(String bucket, String key) throws IOException {
    if (isDigest(key)) {
      ResponseBytes<GetObjectResponse> digest;
      try {
        digest = s3.getObjectAsBytes(r -> r.bucket(bucket).key(key));
      } catch (SdkException e) {
        throw failure(e, "get", bucket, key);
      }
      if (digest.asByteArrayUnsafe().length > MAX_DIGEST_BYTES) {
        throw new IOException("s3://" + bucket + "/" + key + " is larger than " + MAX_DIGEST_BYTES
            + " bytes: not a digest");
      }
      fromLastGet.put(bucket + "/" + key, digest.response().metadata());
      return new ByteArrayInputStream(digest.asByteArrayUnsafe());
    }
    try {
      return ObjectStream.open(s3, bucket, key, null, MAX_RESUMES);
    } catch (IOException e) {
      if (e.getCause() instanceof NoSuchKeyException) {
        throw notFound(bucket, key, null, e.getCause());
      }
      throw e;
    }
  }

  /**
   * The object's user metadata (without the {@code x-amz-meta-} prefix): that of the GET that read the digest,
   * else a {@code HeadObject}.
   *
   * @param bucket the bucket
   * @param key the key
   * @return the metadata, such as {@code signature} and {@code signature-algorithm}
   * @throws NoSuchFileException if there is no such object, or no such bucket: a {@code HEAD}'s 404 has no body to
   *     tell which, and its message says so ({@code s3://bucket/key: not found (no such object or bucket)})
   * @throws IOException naming the object, if S3 answers anything else
   */
  @Override
  public Map<String, String> metadata(String bucket, String key) throws IOException {
    Map<String, String> kept = fromLastGet.remove(bucket + "/" + key);
    if (kept != null) {
      return kept;
    }
    HeadObjectResponse head;
    try {
      head = s3.headObject(r -> r.bucket(bucket).key(key));
    } catch (SdkException e) {
      if (e instanceof S3Exception && ((S3Exception) e).statusCode() == 404) {
        // no body, so no error code: the SDK makes every 404 of a HEAD NoSuchKey, a missing bucket's too
        throw notFound(bucket, key, "not found (no such object or bucket)", e);
      }
      throw failure(e, "head", bucket, key);
    }
    return head.metadata();
  }

  private static boolean isDigest(String key) {
    return key.contains("/" + LogFileKey.CLOUDTRAIL_DIGEST + "/");
  }

  private static IOException failure(SdkException e, String verb, String bucket, String key) {
    if (e instanceof NoSuchKeyException || e instanceof S3Exception && ((S3Exception) e).statusCode() == 404
        && !"NoSuchBucket".equals(S3Failure.code((S3Exception) e))) {
      return notFound(bucket, key, null, e);
    }
    return S3Failure.exception(verb, bucket, key, e);
  }

  private static NoSuchFileException notFound(String bucket, String key, String reason, Throwable cause) {
    NoSuchFileException e = new NoSuchFileException("s3://" + bucket + "/" + key, null, reason);
    e.initCause(cause);
    return e;
  }

  @Override
  public String toString() {
    return "S3ObjectStore";
  }
}
