package org.cloudtrail4j.integrity;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.cloudtrail4j.integrity.internal.Validation;
import org.cloudtrail4j.integrity.internal.range.TimeRange;

/**
 * Validates CloudTrail log-file integrity over a trail stored in CloudTrail's S3 layout
 * ({@code [prefix/]AWSLogs/[o-org/]<account>/CloudTrail[-Digest]/<region>/YYYY/MM/DD/...}), organization trails,
 * several accounts and regions included. Immutable and thread-safe; build one with {@link #builder()}.
 *
 * <p>For every digest file (chains are walked newest first, one per account, region and trail, backfill digests
 * apart): the gzip and JSON format, that it is where it says it was written, the algorithms it names, that it speaks
 * for its own account and region only, its public key (by {@code digestPublicKeyFingerprint}), and its
 * {@code SHA256withRSA} signature over CloudTrail's string to sign. A verified digest vouches for the one it links to:
 * that one's SHA-256 must be {@code previousDigestHashValue}, its signature {@code previousDigestSignature}, and its
 * end time the linking digest's start time. For every log file a valid (or unverified) digest lists: the SHA-256 of
 * its uncompressed content (the first gzip member only: appended data is a failure). Log files present that no such
 * digest lists are reported {@link ValidationStatus#NOT_COVERED}, and the windows no digest covers are reported as
 * {@link UncoveredWindow}s.
 *
 * <p>Signatures offline: CloudTrail keeps a digest's signature in its S3 object metadata, which a file copy loses.
 * Each digest's signature is also the {@code previousDigestSignature} of the next one, so every digest but the newest
 * of each chain (and the last before each restart) is verified from the chain alone; those are
 * {@link ValidationStatus#UNVERIFIED} unless their signature was saved next to them (see
 * {@link ObjectStore#directory(Path)}).
 *
 * <pre>{@code
 * ValidationReport report = TrailValidator.builder()
 *     .publicKeys(PublicKeys.read(Path.of("keys.json")))
 *     .build()
 *     .validate(Path.of("my-trail-bucket"));
 * if (!report.passed()) {
 *   report.logFiles().stream().filter(l -> l.status().failure()).forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>Log files are hashed on {@link Builder#parallelism(int)} threads, streaming: a file is never held whole in
 * memory.
 *
 * @since 0.1.0
 */
public final class TrailValidator {
  private final PublicKeySource keys;
  private final int parallelism;
  private final String bucket;
  private final String prefix;
  private final Set<String> accounts;
  private final Set<String> regions;
  private final Instant from;
  private final Instant until;

  private TrailValidator(Builder b) {
    this.keys = b.keys;
    this.parallelism = b.parallelism;
    this.bucket = b.bucket;
    this.prefix = b.prefix;
    this.accounts = Set.copyOf(b.accounts);
    this.regions = Set.copyOf(b.regions);
    this.from = b.from;
    this.until = b.until;
  }

  /**
   * A builder; {@link Builder#publicKeys(PublicKeySource)} is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Validates a local copy of a bucket: the directory that holds {@code [prefix/]AWSLogs/}. Symbolic links are
   * followed, as {@code CloudTrailReader} follows them: {@code root} may be a link to the directory, a link to a folder
   * is entered and a link to a file is read as that file, under the key of the link's own path (so a copy that links
   * one folder twice lists its files under both paths, and the second path's log files are reported as not covered).
   * A link that leads back to a folder it is in is the one difference: it ends the validation with an
   * {@link IOException} naming both paths, where the reader reports it and goes on, because a report on a tree that
   * could not be walked whole would not be whole either.
   *
   * @param root the bucket's root directory
   * @return what was found
   * @throws IOException if the directory cannot be listed (unreadable files are reported, not thrown), or if a folder
   *     in it leads back to a folder it is in (a symbolic link loop: the message names both)
   */
  public ValidationReport validate(Path root) throws IOException {
    Objects.requireNonNull(root, "root");
    return validate(ObjectStore.directory(root));
  }

  /**
   * Validates the trail in an object store.
   *
   * @param store where the digests and log files are
   * @return what was found
   * @throws IOException if the store cannot be listed (objects that cannot be read are reported, not thrown)
   */
  public ValidationReport validate(ObjectStore store) throws IOException {
    Objects.requireNonNull(store, "store");
    return new Validation(store, new Validation.Settings(keys, parallelism, bucket, prefix, accounts, regions, from,
        until)).run();
  }

  /**
   * Configures a {@link TrailValidator}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private PublicKeySource keys;
    private int parallelism = Runtime.getRuntime().availableProcessors();
    private String bucket;
    private String prefix = "";
    private final Set<String> accounts = new LinkedHashSet<>();
    private final Set<String> regions = new LinkedHashSet<>();
    private Instant from;
    private Instant until;

    private Builder() {}

    /**
     * Where the public keys come from: {@link PublicKeys} for keys saved from
     * {@code aws cloudtrail list-public-keys}.
     *
     * @param keys the key source
     * @return this builder
     */
    public Builder publicKeys(PublicKeySource keys) {
      this.keys = Objects.requireNonNull(keys, "keys");
      return this;
    }

    /**
     * How many log files are hashed at once (default: the number of processors).
     *
     * @param threads at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public Builder parallelism(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("parallelism must be at least 1, not " + threads);
      }
      this.parallelism = threads;
      return this;
    }

    /**
     * The bucket the trail delivers to. When given, every digest's {@code digestS3Bucket} must name it (otherwise
     * {@link ValidationStatus#MOVED}); a local tree cannot tell its bucket otherwise, so only keys are compared.
     *
     * @param bucket the bucket name
     * @return this builder
     */
    public Builder bucket(String bucket) {
      this.bucket = Objects.requireNonNull(bucket, "bucket");
      return this;
    }

    /**
     * Lists only under this key prefix (the trail's {@code S3KeyPrefix}, or any prefix that narrows the listing).
     * Links between digests are followed wherever they point.
     *
     * @param prefix a key prefix, {@code ""} for the whole bucket (the default)
     * @return this builder
     */
    public Builder prefix(String prefix) {
      this.prefix = Objects.requireNonNull(prefix, "prefix");
      return this;
    }

    /**
     * Validates only these accounts (by default every account in the tree; an organization trail holds many).
     *
     * @param accountIds 12-digit account ids
     * @return this builder
     */
    public Builder accountIds(String... accountIds) {
      accounts.addAll(Arrays.asList(accountIds));
      return this;
    }

    /**
     * Validates only these delivering regions (by default every region in the tree).
     *
     * @param regionNames region names such as {@code us-east-1}
     * @return this builder
     */
    public Builder regions(String... regionNames) {
      regions.addAll(Arrays.asList(regionNames));
      return this;
    }

    /**
     * Validates only the range {@code [from, until)}: digests whose end time is in {@code [from, until + 1 h]} (as
     * the AWS CLI: a digest delivered just after {@code until} may list files of the range) and log files whose
     * name's delivery time is in the range. A window between the newest digest and {@code until} is reported
     * uncovered (deleted newest digests leave no other trace).
     *
     * @param from the start, inclusive
     * @param until the end, exclusive
     * @return this builder
     * @throws IllegalArgumentException if {@code from} is after {@code until}
     */
    public Builder between(Instant from, Instant until) {
      TimeRange.check(from, until);
      this.from = from;
      this.until = until;
      return this;
    }

    /**
     * The validator.
     *
     * @return a validator with this configuration
     * @throws IllegalStateException if no public keys were given
     */
    public TrailValidator build() {
      if (keys == null) {
        throw new IllegalStateException("publicKeys(...) is required: the keys that signed the digests");
      }
      return new TrailValidator(this);
    }
  }
}
