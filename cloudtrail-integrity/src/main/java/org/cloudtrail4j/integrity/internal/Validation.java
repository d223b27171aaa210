package org.cloudtrail4j.integrity.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.cloudtrail4j.integrity.DigestResult;
import org.cloudtrail4j.integrity.LogFileResult;
import org.cloudtrail4j.integrity.ObjectStore;
import org.cloudtrail4j.integrity.PublicKeySource;
import org.cloudtrail4j.integrity.UncoveredWindow;
import org.cloudtrail4j.integrity.ValidationReport;
import org.cloudtrail4j.integrity.ValidationStatus;
import org.cloudtrail4j.parser.internal.Causes;

/**
 * One validation run: list, walk each digest chain newest first, hash the listed log files in parallel, then find
 * the log files no digest lists and the windows no digest covers.
 *
 * <p>With more than one thread, hashing starts during the walk: as soon as a digest is checked and authentic (one
 * whose status is final when {@code verify} returns), each log file it lists is handed to the pool, and the hashes
 * are compared with what every digest says once the walk is done. The walk reads and verifies digests on the calling
 * thread, one after another (each needs the link from the newer one), so hashing only after it left the pool idle
 * for that whole time. The results are those of hashing after the walk: a file is hashed at most once per bucket
 * (once in a directory, which holds one bucket's copy whatever bucket the digests name),
 * and compared with every hash listed for it.
 *
 * <p>With more than one thread, the walk also does not read digests itself: the listed digests are read, inflated,
 * hashed, parsed and checked on their own (format, algorithms, scope, key, a signature from S3 metadata) on the pool,
 * a few ahead of the walk and before any log file waiting there ({@link LookAhead}), in the order the walk takes
 * them. The walk keeps what needs the newer digest that links to one: its location, the signature from the chain and
 * the links. A digest read from another bucket than the one the walk comes to it with is read again.
 *
 * <p>The walk follows the AWS CLI's ({@code validate-logs}, spec 1.5-1.7) with the checks it lacks (spec 1.8):
 * a verified digest vouches for the digest it links to (its hash, signature, location and end time), so a replaced,
 * re-signed or shifted digest is caught; every listed digest is visited, not only those reached by links, so a
 * second missing digest in a row still shows, as one uncovered window.
 */
public final class Validation {
  /** What to validate and how. */
  public record Settings(PublicKeySource keys, int parallelism, String bucket, String prefix, Set<String> accounts,
      Set<String> regions, Instant from, Instant until) {}

  static final String SHA256_WITH_RSA = "SHA256withRSA";
  static final String SHA_256 = "SHA-256";
  static final int MAX_DIGEST_BYTES = 16 << 20;
  static final String[] REQUIRED = {"digestPublicKeyFingerprint", "digestS3Bucket", "digestS3Object",
      "previousDigestSignature", "digestEndTime", "digestStartTime"};
  static final String[] PREVIOUS = {"previousDigestS3Bucket", "previousDigestS3Object", "previousDigestHashValue",
      "previousDigestSignature"};

  private final ObjectStore store;
  private final Settings settings;
  private final String listingBucket;
  /** Prepares digests ahead of the walk and hashes log files during it; null on one thread (all in order). */
  private ThreadPoolExecutor pool;
  /** Orders the pool's work: digests the walk waits for first, then log files, each kind in submission order. */
  private final AtomicLong submissions = new AtomicLong();
  /** A bucket named in a digest read: where the digests the walk reaches by links are read from, when unbucketed. */
  private volatile String digestBucketSeen;
  private final ThreadLocal<ContentHash> hashers = ThreadLocal.withInitial(ContentHash::new);
  private final ThreadLocal<Verifier> verifiers = ThreadLocal.withInitial(Verifier::new);
  /** The hashing of each log file, by {@link #hashKey}, as submitted during the listing or the walk. */
  private final Map<String, Future<Hashed>> hashing = new HashMap<>();
  /** Log files hashed ahead of their digest while the listing runs, in flight: at most one per thread. */
  private Semaphore listingAhead;

  /** A log file's content hash, or why there is none. */
  private record Hashed(byte[] sha256, ValidationStatus failure, String message) {}

  /** What a digest that links to another says about it. */
  private record Link(String referrer, String bucket, String signature, String hash, Instant referrerStart,
      boolean verified) {}

  /** Works of the pool, in order of rank, then of submission. */
  private static final class Ranked implements Runnable, Comparable<Ranked> {
    final int rank;
    final long order;
    final Runnable task;

    Ranked(int rank, long order, Runnable task) {
      this.rank = rank;
      this.order = order;
      this.task = task;
    }

    @Override
    public void run() {
      task.run();
    }

    @Override
    public int compareTo(Ranked o) {
      return rank != o.rank ? Integer.compare(rank, o.rank) : Long.compare(order, o.order);
    }
  }

  /** What a digest says about itself past its location: the checks' first failure, else its key and signed text. */
  private record SelfChecks(ValidationStatus status, String message, List<String> warnings, PublicKey key,
      String toSign, boolean metadataSignatureVerifies) {}

  /** A digest visited in the walk. */
  private static final class Node {
    final TrailKey key;
    /** The bucket it was read from. */
    final String readFrom;
    String bucket;
    DigestDocument doc;
    Map<String, String> meta;
    byte[] sha;
    /** Computed ahead of the walk, or null when the walk computes them. */
    SelfChecks self;
    ValidationStatus status;
    String message;
    final List<String> warnings = new ArrayList<>();
    Instant start;
    Instant end;
    boolean chainStart;

    Node(TrailKey key, String bucket) {
      this.key = key;
      this.readFrom = bucket;
      this.bucket = bucket;
    }

    boolean covers() {
      return (status == ValidationStatus.VALID || status == ValidationStatus.UNVERIFIED) && start != null
          && end != null;
    }

    boolean authentic() {
      return status == ValidationStatus.VALID || status == ValidationStatus.UNVERIFIED
          || status == ValidationStatus.TIME_GAP;
    }

    void fail(ValidationStatus s, String m) {
      if (status == null) {
        status = s;
        message = m;
      }
    }
  }

  /** One log file and who lists it. */
  private static final class LogRef {
    final String key;
    String bucket;
    final List<String> digests = new ArrayList<>();
    final List<String> hashes = new ArrayList<>();
    ValidationStatus preset;
    String presetMessage;

    LogRef(String key, String bucket) {
      this.key = key;
      this.bucket = bucket;
    }
  }

  /**
   * A run over {@code store} with {@code settings}; nothing is read until {@link #run()}, which callers call once per
   * instance (it keeps the run's state in fields; this is not checked).
   *
   * @param store where the digests and log files are
   * @param settings the keys, the threads, and what to validate (bucket, prefix, accounts, regions, time range)
   */
  public Validation(ObjectStore store, Settings settings) {
    this.store = store;
    this.settings = settings;
    this.listingBucket = settings.bucket() == null ? "" : settings.bucket();
  }

  /**
   * Lists the store, walks every digest chain, hashes the log files (on {@code settings.parallelism()} threads) and
   * reports; the pool, if any, is shut down with its remaining tasks interrupted ({@code shutdownNow}) before it
   * returns, so hashing still under way after a failure ends without being waited for.
   *
   * @return the report on every digest and log file listed
   * @throws IOException if the store cannot be listed, or the run is interrupted; a digest or log file that cannot be
   *     read is a result, not an exception
   */
  public ValidationReport run() throws IOException {
    if (settings.parallelism() > 1) {
      pool = new ThreadPoolExecutor(settings.parallelism(), settings.parallelism(), 0, TimeUnit.MILLISECONDS,
          new PriorityBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "cloudtrail4j-integrity");
            t.setDaemon(true);
            return t;
          });
      listingAhead = new Semaphore(settings.parallelism());
    }
    try {
      return validate();
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  private ValidationReport validate() throws IOException {
    Map<String, List<TrailKey>> chains = new TreeMap<>();
    List<TrailKey> logs = new ArrayList<>();
    // the range the walk reads (digestInRange, logInRange): a store may leave out the days outside it
    try (Stream<String> keys = settings.from() == null || settings.until() == null
        ? store.list(listingBucket, settings.prefix())
        : store.list(listingBucket, settings.prefix(), settings.from(), settings.until().plus(Duration.ofHours(1)))) {
      keys.forEach(k -> {
        TrailKey t = TrailKey.parse(k);
        if (t == null || !inScope(t)) {
          return;
        }
        if (t.kind == TrailKey.Kind.DIGEST) {
          if (digestInRange(t.time)) {
            chains.computeIfAbsent(t.chain(), c -> new ArrayList<>()).add(t);
          }
        } else if (logInRange(t.time)) {
          logs.add(t);
          hashWhileListing(t.key);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    listingAhead = null; // the walk hands out the rest, digest by digest

    List<DigestResult> digestResults = new ArrayList<>();
    List<UncoveredWindow> windows = new ArrayList<>();
    Map<String, LogRef> refs = new TreeMap<>();
    String defaultBucket = settings.bucket();
    // one walk over every chain: links are followed wherever they point (another prefix, another bucket), and a
    // digest reached from two chains is still checked once; windows are then computed per chain
    Map<String, List<Node>> byChain = new TreeMap<>();
    for (Node n : walk(chains.values().stream().flatMap(List::stream).collect(java.util.stream.Collectors.toList()))) {
      byChain.computeIfAbsent(n.key.chain(), c -> new ArrayList<>()).add(n);
    }
    for (Map.Entry<String, List<Node>> chain : byChain.entrySet()) {
      List<Node> nodes = chain.getValue();
      for (Node n : nodes) {
        if (defaultBucket == null && n.doc != null && n.doc.get("digestS3Bucket") != null) {
          defaultBucket = n.doc.get("digestS3Bucket");
        }
        collectLogs(n, refs);
        digestResults.add(new DigestResult(n.bucket, n.key.key, n.status, n.message, n.key.backfill,
            Optional.ofNullable(n.start), Optional.ofNullable(n.end != null ? n.end : n.key.time),
            n.doc != null && n.doc.logFiles != null ? n.doc.logFiles.size() : 0, n.warnings));
      }
      windows.addAll(windows(chain.getKey(), nodes));
    }
    String bucketForUnlisted = defaultBucket == null ? "" : defaultBucket;
    for (TrailKey log : logs) {
      refs.computeIfAbsent(log.key, k -> {
        LogRef r = new LogRef(k, bucketForUnlisted);
        r.preset = ValidationStatus.NOT_COVERED;
        r.presetMessage = "not listed in any valid digest";
        return r;
      });
    }
    List<LogFileResult> logResults = hashAll(new ArrayList<>(refs.values()));
    return new ValidationReport(digestResults, logResults, windows, Optional.ofNullable(settings.from()),
        Optional.ofNullable(settings.until()));
  }

  private boolean inScope(TrailKey t) {
    return (settings.accounts().isEmpty() || settings.accounts().contains(t.accountId))
        && (settings.regions().isEmpty() || settings.regions().contains(t.region));
  }

  /** As the AWS CLI: digests whose key time is in [from, until + 1 h] (late deliveries spill into the next one). */
  private boolean digestInRange(Instant time) {
    return (settings.from() == null || !time.isBefore(settings.from()))
        && (settings.until() == null || !time.isAfter(settings.until().plus(Duration.ofHours(1))));
  }

  private boolean logInRange(Instant time) {
    if (settings.from() == null && settings.until() == null) {
      return true;
    }
    return time != null && (settings.from() == null || !time.isBefore(settings.from()))
        && (settings.until() == null || time.isBefore(settings.until()));
  }

  // --- the walk ---------------------------------------------------------------------------------------------------

  private List<Node> walk(List<TrailKey> listed) {
    Comparator<TrailKey> newestFirst = Comparator.comparing((TrailKey t) -> t.time).thenComparing(t -> t.key)
        .reversed();
    PriorityQueue<TrailKey> queue = new PriorityQueue<>(newestFirst);
    queue.addAll(listed);
    Set<String> queued = new HashSet<>();
    listed.forEach(t -> queued.add(t.key));
    LookAhead<TrailKey, Node> ahead = null;
    if (pool != null) {
      // the walk takes the listed digests in this order (those it reaches by links only fall in between)
      List<TrailKey> order = new ArrayList<>(listed);
      order.sort(newestFirst);
      Set<TrailKey> newestOfChain = new HashSet<>();
      Set<String> chainsSeen = new HashSet<>();
      for (TrailKey t : order) {
        if (chainsSeen.add(t.chain())) {
          newestOfChain.add(t);
        }
      }
      ahead = new LookAhead<>(order, Math.min(16, 4 * settings.parallelism()),
          t -> prepare(t, expectedBucket(t, newestOfChain.contains(t))),
          task -> pool.execute(new Ranked(0, submissions.getAndIncrement(), task)));
      ahead.start();
    }
    Map<String, Link> links = new HashMap<>();
    List<Node> done = new ArrayList<>();
    while (!queue.isEmpty()) {
      TrailKey t = queue.poll();
      Link link = links.get(t.key);
      String bucket = link != null ? link.bucket() : listingBucket;
      Node n = ahead == null ? null : ahead.take(t);
      if (n == null || !Objects.equals(n.readFrom, bucket)) {
        n = prepare(t, bucket);
      }
      verify(n, link);
      done.add(n);
      startHashing(n);
      if (n.doc != null && (n.status == ValidationStatus.VALID || n.status == ValidationStatus.UNVERIFIED
          || n.status == ValidationStatus.TIME_GAP) && !n.chainStart) {
        String prevKey = n.doc.get("previousDigestS3Object");
        Link l = new Link(t.key, n.doc.get("previousDigestS3Bucket"), n.doc.get("previousDigestSignature"),
            n.doc.get("previousDigestHashValue"), n.start, n.status == ValidationStatus.VALID);
        if (links.putIfAbsent(prevKey, l) != null) {
          n.warnings.add("links to " + prevKey + ", which a newer digest links to too");
        } else if (!queued.contains(prevKey)) {
          TrailKey target = TrailKey.parse(prevKey);
          if (target == null || target.kind != TrailKey.Kind.DIGEST) {
            n.fail(ValidationStatus.INVALID_FORMAT, "previousDigestS3Object " + prevKey + " is not a digest key");
          } else if (settings.from() == null || !target.time.isBefore(settings.from())) {
            queued.add(prevKey);
            queue.add(target);
          }
        }
      }
    }
    done.sort(Comparator.comparing((Node n) -> n.key.time).thenComparing(n -> n.key.key));
    return done;
  }

  /**
   * Where the walk will read a listed digest from, guessed ahead of it: the newest of its chain is read from the
   * listing's bucket, the others from the bucket their newer digest links to, which is the listing's bucket when one
   * was given, else the bucket digests name (a local copy is listed without a bucket). A wrong guess costs a second
   * read, never a different result: the walk reads again from the right bucket.
   */
  private String expectedBucket(TrailKey t, boolean newestOfChain) {
    if (newestOfChain || settings.bucket() != null) {
      return listingBucket;
    }
    String seen = digestBucketSeen;
    return seen != null ? seen : listingBucket;
  }

  /** Reads a digest and checks what it says about itself; thread-safe, so it runs ahead of the walk on the pool. */
  private Node prepare(TrailKey t, String bucket) {
    Node n = new Node(t, bucket);
    if (load(n)) {
      n.self = selfChecks(n);
    }
    return n;
  }

  /** Checks one digest, in the AWS CLI's order, then the links a newer digest vouches for. */
  private void verify(Node n, Link link) {
    if (n.status != null) {
      return; // it could not be read or is not a digest
    }
    String key = n.key.key;
    DigestDocument d = n.doc;

    // location: the digest says where CloudTrail wrote it
    String docBucket = d.get("digestS3Bucket");
    String expectedBucket = link != null ? link.bucket() : settings.bucket();
    if (!key.equals(d.get("digestS3Object")) || (expectedBucket != null && !expectedBucket.equals(docBucket))) {
      n.bucket = docBucket == null ? n.bucket : n.bucket.isEmpty() ? docBucket : n.bucket;
      n.fail(ValidationStatus.MOVED, "has been moved from its original location");
      return;
    }
    if (n.bucket.isEmpty() && docBucket != null) {
      n.bucket = docBucket;
    }
    SelfChecks self = n.self != null ? n.self : selfChecks(n);
    n.warnings.addAll(self.warnings());
    if (self.status() != null) {
      n.fail(self.status(), self.message());
      return;
    }

    // signature: S3 metadata (a sidecar offline), else the previousDigestSignature of the digest linking here
    String metaSignature = n.meta.get("signature");
    String chainSignature = link != null ? link.signature() : null;
    if (metaSignature == null && chainSignature == null) {
      n.fail(ValidationStatus.UNVERIFIED, "unverified: no signature (the S3 metadata signature was not saved, and no "
          + "newer digest links to this one)");
    } else if (metaSignature != null ? !self.metadataSignatureVerifies()
        : !verifies(self.key(), self.toSign(), chainSignature)) {
      n.fail(ValidationStatus.SIGNATURE_FAILED, "signature verification failed");
      return;
    }

    // links: a verified newer digest vouches for this one
    if (link != null && link.verified()) {
      if (metaSignature != null && !metaSignature.equalsIgnoreCase(chainSignature)) {
        n.fail(ValidationStatus.CHAIN_BROKEN, "its signature is not the previousDigestSignature of "
            + link.referrer());
        return;
      }
      byte[] expectedHash = Hex.decode(link.hash());
      if (expectedHash == null || !Arrays.equals(expectedHash, n.sha)) {
        n.fail(ValidationStatus.CHAIN_BROKEN, "its hash is not the previousDigestHashValue of " + link.referrer());
        return;
      }
      if (!n.end.equals(link.referrerStart())) {
        n.fail(ValidationStatus.TIME_GAP, "ends at " + n.end + " but " + link.referrer() + ", which links to it, "
            + "starts at " + link.referrerStart());
        return;
      }
    }
    n.fail(ValidationStatus.VALID, "valid");
  }

  /** Reads, inflates, hashes and parses a digest and checks its format; false when it failed (its status is set). */
  private boolean load(Node n) {
    String key = n.key.key;
    byte[] raw;
    Map<String, String> meta;
    try (InputStream in = store.open(n.bucket, key)) {
      raw = in.readNBytes(MAX_DIGEST_BYTES + 1);
      meta = lowerCaseKeys(store.metadata(n.bucket, key));
    } catch (NoSuchFileException e) {
      n.fail(ValidationStatus.NOT_FOUND, "not found");
      return false;
    } catch (IOException e) {
      n.fail(ValidationStatus.UNREADABLE, cannotBeRead(key, e));
      return false;
    }
    n.meta = meta;
    if (raw.length > MAX_DIGEST_BYTES) {
      n.fail(ValidationStatus.INVALID_FORMAT, "invalid format: larger than " + MAX_DIGEST_BYTES + " bytes");
      return false;
    }
    ByteArrayOutputStream content = new ByteArrayOutputStream(raw.length * 8);
    byte[] sha;
    try {
      ContentHash.Outcome o = hashers.get().hash(new java.io.ByteArrayInputStream(raw), content);
      sha = o.sha256();
      if (o.trailingData()) {
        n.warnings.add("unexpected data after end of compressed stream (not covered by the signature; ignored, "
            + "as the AWS CLI does)");
      }
    } catch (ContentHash.FormatException | IOException e) {
      n.fail(ValidationStatus.INVALID_FORMAT, "invalid format: " + e.getMessage());
      return false;
    }
    DigestDocument d;
    try {
      d = DigestDocument.parse(content.toByteArray());
    } catch (DigestDocument.FormatException e) {
      n.fail(ValidationStatus.INVALID_FORMAT, "invalid format: " + e.getMessage());
      return false;
    }
    n.doc = d;
    n.sha = sha;
    if (d.get("digestS3Bucket") != null) {
      digestBucketSeen = d.get("digestS3Bucket");
    }
    for (String member : REQUIRED) {
      if (!d.has(member)) {
        n.fail(ValidationStatus.INVALID_FORMAT, "invalid format: no " + member);
        return false;
      }
    }
    if (d.logFiles == null) {
      n.fail(ValidationStatus.INVALID_FORMAT, "invalid format: no logFiles");
      return false;
    }
    try {
      n.start = instant(d.get("digestStartTime"));
      n.end = instant(d.get("digestEndTime"));
    } catch (DateTimeParseException | NullPointerException e) {
      n.fail(ValidationStatus.INVALID_FORMAT, "invalid format: digestStartTime or digestEndTime is not a time");
      return false;
    }
    if (n.start.isAfter(n.end)) {
      n.fail(ValidationStatus.INVALID_FORMAT, "invalid format: digestStartTime is after digestEndTime");
      return false;
    }
    int nulls = 0;
    for (String member : PREVIOUS) {
      nulls += d.get(member) == null ? 1 : 0;
    }
    if (nulls != 0 && nulls != PREVIOUS.length) {
      n.fail(ValidationStatus.INVALID_FORMAT, "invalid format: previousDigest* are neither all null nor all set");
      return false;
    }
    n.chainStart = nulls == PREVIOUS.length;
    boolean empty = d.logFiles.isEmpty();
    if (empty != (d.get("newestEventTime") == null) || empty != (d.get("oldestEventTime") == null)) {
      n.fail(ValidationStatus.INVALID_FORMAT, "invalid format: " + (empty ? "an empty digest names event times"
          : "a digest with log files has no event times"));
      return false;
    }
    if (n.key.backfill && !meta.isEmpty() && !meta.containsKey("backfill-generation-timestamp")) {
      n.fail(ValidationStatus.INVALID_FORMAT, "invalid format: no backfill-generation-timestamp metadata");
      return false;
    }
    return true;
  }

  /**
   * The checks past the location that need nothing from a newer digest, in the AWS CLI's order: algorithms, scope,
   * key, and the signature when S3 metadata holds one. Thread-safe (the key source must be).
   */
  private SelfChecks selfChecks(Node n) {
    DigestDocument d = n.doc;
    Map<String, String> meta = n.meta;
    List<String> warnings = new ArrayList<>();
    String algorithm = d.get("digestSignatureAlgorithm");
    String metaAlgorithm = meta.get("signature-algorithm");
    String prevAlgorithm = d.get("previousDigestHashAlgorithm");
    if (algorithm != null && !algorithm.equals(SHA256_WITH_RSA)) {
      return failed(ValidationStatus.UNSUPPORTED_ALGORITHM, "unsupported digestSignatureAlgorithm " + algorithm,
          warnings);
    }
    if (metaAlgorithm != null && !metaAlgorithm.equals(SHA256_WITH_RSA)) {
      return failed(ValidationStatus.UNSUPPORTED_ALGORITHM, "unsupported signature-algorithm " + metaAlgorithm,
          warnings);
    }
    if (!n.chainStart && prevAlgorithm != null && !prevAlgorithm.equals(SHA_256)) {
      return failed(ValidationStatus.UNSUPPORTED_ALGORITHM, "unsupported previousDigestHashAlgorithm "
          + prevAlgorithm, warnings);
    }

    // scope: a digest speaks for one account and one region
    String account = d.get("awsAccountId");
    if (account != null && !account.equals(n.key.accountId)) {
      return failed(ValidationStatus.OUT_OF_SCOPE, "awsAccountId " + account + " is not the account of its key",
          warnings);
    }
    String scope = n.key.logScope();
    Set<String> seen = new HashSet<>();
    for (DigestDocument.LogEntry e : d.logFiles) {
      if (!e.s3Object().startsWith(scope)) {
        return failed(ValidationStatus.OUT_OF_SCOPE, "lists " + e.s3Object() + ", outside " + scope, warnings);
      }
      if (!seen.add(e.s3Object())) {
        warnings.add("lists " + e.s3Object() + " more than once");
      }
    }

    // key
    String fingerprint = d.get("digestPublicKeyFingerprint");
    Instant signedAt = n.end;
    String generated = meta.get("backfill-generation-timestamp");
    if (n.key.backfill && generated != null) {
      try {
        signedAt = Instant.parse(generated);
      } catch (DateTimeParseException e) {
        return failed(ValidationStatus.INVALID_FORMAT, "invalid format: backfill-generation-timestamp " + generated,
            warnings);
      }
    }
    PublicKey publicKey;
    try {
      Optional<PublicKey> found = fingerprint == null ? Optional.empty()
          : settings.keys().find(n.key.region, fingerprint, signedAt);
      if (found.isEmpty()) {
        return failed(ValidationStatus.UNKNOWN_KEY, "public key not found in region " + n.key.homeRegion
            + " for fingerprint " + fingerprint, warnings);
      }
      publicKey = found.get();
    } catch (GeneralSecurityException e) {
      return failed(ValidationStatus.UNKNOWN_KEY, "Unable to load PKCS #1 key with fingerprint " + fingerprint,
          warnings);
    } catch (IOException e) {
      return failed(ValidationStatus.UNREADABLE, "public keys cannot be read: " + because(e), warnings);
    }
    String toSign = stringToSign(d.get("digestEndTime"), d.get("digestS3Bucket"), d.get("digestS3Object"), n.sha,
        d.get("previousDigestSignature"));
    String metaSignature = meta.get("signature");
    return new SelfChecks(null, null, warnings, publicKey, toSign,
        metaSignature != null && verifies(publicKey, toSign, metaSignature));
  }

  private static SelfChecks failed(ValidationStatus status, String message, List<String> warnings) {
    return new SelfChecks(status, message, warnings, null, null, false);
  }

  /**
   * {@link Instant#parse} of a digest's times, which CloudTrail writes as {@code yyyy-MM-ddTHH:mm:ssZ}: that form is
   * read directly (the formatter's generality costs more than the rest of a small digest's checks), any other is
   * left to {@code Instant.parse}, so both accept and refuse the same texts.
   */
  static Instant instant(String text) {
    if (text != null && text.length() == 20 && text.charAt(4) == '-' && text.charAt(7) == '-'
        && text.charAt(10) == 'T' && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(19) == 'Z') {
      int year = TrailKey.digits(text, 0, 4);
      int month = TrailKey.digits(text, 5, 2);
      int day = TrailKey.digits(text, 8, 2);
      int hour = TrailKey.digits(text, 11, 2);
      int minute = TrailKey.digits(text, 14, 2);
      int second = TrailKey.digits(text, 17, 2);
      if (year >= 0 && month >= 0 && day >= 0 && hour >= 0 && hour < 24 && minute >= 0 && minute < 60
          && second >= 0 && second < 60) {
        try {
          return Instant.ofEpochSecond(LocalDate.of(year, month, day).toEpochDay() * 86_400L + hour * 3_600L
              + minute * 60L + second);
        } catch (DateTimeException e) {
          // not a date (such as February 30): Instant.parse says why
        }
      }
    }
    return Instant.parse(text);
  }

  /**
   * CloudTrail's string to sign: the values as parsed (not reformatted), {@code \n} between lines (never the
   * platform's separator), and the four characters {@code null} for a chain's first digest.
   */
  public static String stringToSign(String digestEndTime, String bucket, String object, byte[] contentSha256,
      String previousDigestSignature) {
    return digestEndTime + "\n" + bucket + "/" + object + "\n" + Hex.encode(contentSha256) + "\n"
        + (previousDigestSignature == null ? "null" : previousDigestSignature);
  }

  private boolean verifies(PublicKey key, String toSign, String hexSignature) {
    byte[] signature = Hex.decode(hexSignature);
    return signature != null && verifiers.get().verifies(key, toSign.getBytes(StandardCharsets.UTF_8), signature);
  }

  /**
   * A thread's {@code SHA256withRSA} verifier, initialised again only when the key changes: a trail's digests are
   * signed by one key for months, and {@code verify} leaves a {@link Signature} ready for the next signature by the
   * same key, so {@code initVerify}'s key checks and padding set-up are paid once per key, not once per digest.
   */
  private static final class Verifier {
    private final Signature signature;
    /** The key {@link #signature} is initialised with; null when it must be initialised again. */
    private PublicKey key;

    Verifier() {
      try {
        signature = Signature.getInstance(SHA256_WITH_RSA);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("every Java platform has " + SHA256_WITH_RSA, e);
      }
    }

    boolean verifies(PublicKey publicKey, byte[] signed, byte[] signatureBytes) {
      try {
        if (publicKey != key) {
          key = null;
          signature.initVerify(publicKey);
          key = publicKey;
        }
        signature.update(signed);
        return signature.verify(signatureBytes);
      } catch (GeneralSecurityException e) {
        key = null; // a failed verify may leave data behind: start afresh with the next signature
        return false;
      }
    }
  }

  private static Map<String, String> lowerCaseKeys(Map<String, String> meta) {
    Map<String, String> out = new LinkedHashMap<>();
    meta.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), v));
    return out;
  }

  // --- windows --------------------------------------------------------------------------------------------------

  private List<UncoveredWindow> windows(String chain, List<Node> nodes) {
    List<UncoveredWindow> out = new ArrayList<>();
    Node previous = null;
    List<Node> between = new ArrayList<>();
    for (Node n : nodes) {
      if (!n.covers()) {
        between.add(n);
        continue;
      }
      if (previous != null && n.start.isAfter(previous.end)) {
        ValidationStatus cause = between.stream().map(b -> b.status).filter(ValidationStatus::failure).findFirst()
            .orElse(n.chainStart ? ValidationStatus.TIME_GAP : ValidationStatus.NOT_FOUND);
        out.add(new UncoveredWindow(chain, previous.end, n.start, cause));
      }
      between.clear();
      if (previous == null || n.end.isAfter(previous.end)) {
        previous = n;
      }
    }
    if (previous != null && settings.until() != null && previous.end.isBefore(settings.until())) {
      ValidationStatus cause = between.stream().map(b -> b.status).filter(ValidationStatus::failure).findFirst()
          .orElse(ValidationStatus.NOT_FOUND);
      out.add(new UncoveredWindow(chain, previous.end, settings.until(), cause));
    }
    return out;
  }

  // --- log files ------------------------------------------------------------------------------------------------

  private void collectLogs(Node n, Map<String, LogRef> refs) {
    if (!n.authentic() || n.doc == null || n.doc.logFiles == null) {
      return;
    }
    for (DigestDocument.LogEntry e : n.doc.logFiles) {
      LogRef r = refs.computeIfAbsent(e.s3Object(), k -> new LogRef(k, e.s3Bucket() != null ? e.s3Bucket()
          : n.bucket));
      if (!r.digests.contains(n.key.key)) {
        r.digests.add(n.key.key);
      }
      r.hashes.add(e.hashValue());
      if (e.hashAlgorithm() != null && !e.hashAlgorithm().equals(SHA_256) && r.preset == null) {
        r.preset = ValidationStatus.UNSUPPORTED_ALGORITHM;
        r.presetMessage = "unsupported hashAlgorithm " + e.hashAlgorithm();
      }
    }
  }

  /** Hands the log files an authentic digest lists to the pool, each (bucket, key) once, while the walk goes on. */
  private void startHashing(Node n) {
    if (pool == null || !n.authentic() || n.doc == null || n.doc.logFiles == null) {
      return;
    }
    for (DigestDocument.LogEntry e : n.doc.logFiles) {
      if (e.hashAlgorithm() != null && !e.hashAlgorithm().equals(SHA_256)) {
        continue; // reported unsupported, never hashed (as collectLogs decides)
      }
      String bucket = e.s3Bucket() != null ? e.s3Bucket() : n.bucket;
      hashing.computeIfAbsent(hashKey(bucket, e.s3Object()), k -> submit(bucket, e.s3Object()));
    }
  }

  /**
   * While the listing runs, the pool has nothing to do (the walk needs every digest listed): a log file listed then
   * is hashed at once when a thread is free, from the listing's bucket, where a digest normally says it is. Each
   * digest then finds it hashed (or being hashed) if it names the same object. At most what the pool hashes during
   * the listing is spent on files that no digest lists, or lists in another bucket.
   */
  private void hashWhileListing(String key) {
    Semaphore free = listingAhead;
    if (free == null || !free.tryAcquire()) {
      return;
    }
    FutureTask<Hashed> task = new FutureTask<>(() -> {
      try {
        return hash(listingBucket, key, hashers.get());
      } finally {
        free.release();
      }
    });
    hashing.put(hashKey(listingBucket, key), task);
    pool.execute(new Ranked(1, submissions.getAndIncrement(), task));
  }

  /** Where a log file's hashing is kept: by bucket and key, by key alone in a directory (it has one bucket). */
  private String hashKey(String bucket, String key) {
    return store instanceof DirectoryStore ? key : bucket + "/" + key;
  }

  private Future<Hashed> submit(String bucket, String key) {
    FutureTask<Hashed> task = new FutureTask<>(() -> hash(bucket, key, hashers.get()));
    pool.execute(new Ranked(1, submissions.getAndIncrement(), task));
    return task;
  }

  private List<LogFileResult> hashAll(List<LogRef> refs) throws IOException {
    List<LogFileResult> out = new ArrayList<>(refs.size());
    if (pool == null) {
      ContentHash hasher = new ContentHash();
      for (LogRef r : refs) {
        out.add(r.preset != null ? preset(r) : compare(r, hash(r.bucket, r.key, hasher)));
      }
      return out;
    }
    try {
      // every file to hash was submitted by the walk; a file is looked up by the bucket its first digest gave it
      List<Future<Hashed>> futures = new ArrayList<>(refs.size());
      for (LogRef r : refs) {
        futures.add(r.preset != null ? null : hashing.computeIfAbsent(hashKey(r.bucket, r.key),
            k -> submit(r.bucket, r.key)));
      }
      for (int i = 0; i < refs.size(); i++) {
        LogRef r = refs.get(i);
        out.add(r.preset != null ? preset(r) : compare(r, futures.get(i).get()));
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while hashing log files", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("hashing a log file failed unexpectedly", e.getCause());
    }
  }

  private Hashed hash(String bucket, String key, ContentHash hasher) {
    ContentHash.Outcome o;
    try (InputStream in = store.open(bucket, key)) {
      o = hasher.hash(in);
    } catch (NoSuchFileException e) {
      return new Hashed(null, ValidationStatus.NOT_FOUND, "not found");
    } catch (ContentHash.FormatException e) {
      return new Hashed(null, ValidationStatus.INVALID_FORMAT, "invalid format: " + e.getMessage());
    } catch (IOException e) {
      return new Hashed(null, ValidationStatus.UNREADABLE, cannotBeRead(key, e));
    }
    if (o.trailingData()) {
      return new Hashed(null, ValidationStatus.INVALID_FORMAT, "unexpected data after end of compressed stream");
    }
    return new Hashed(o.sha256(), null, null);
  }

  /**
   * Why an object cannot be read, in words for a report: {@code cannot be read: <file or object>: <cause>}, such as
   * {@code cannot be read: /trail/AWSLogs/.../x.json.gz: permission denied}, never an exception's class name. The
   * file is the one the store names (a local path: the object itself, or a sidecar that could not be read), else the
   * key; a store's own message that already names the object (the S3 store's does) is kept as it is. The cause is in
   * the reader's words ({@link Causes#inWords}), the same in every module's reports.
   */
  static String cannotBeRead(String key, IOException wrapped) {
    Throwable e = Causes.unwrap(wrapped);
    if (e instanceof FileSystemException f) {
      String file = f.getFile() != null ? f.getFile() : key;
      String what = f.getOtherFile() == null ? file : file + " -> " + f.getOtherFile();
      return "cannot be read: " + what + ": " + Causes.inWords(f, f.getFile());
    }
    String m = e.getMessage();
    if (m != null && !m.isBlank() && m.contains(key)) {
      return "cannot be read: " + m;
    }
    return "cannot be read: " + key + ": " + Causes.inWords(e, null);
  }

  /** The cause of an I/O error in the reader's words ({@link Causes#inWords}), with the file it names. */
  static String because(IOException wrapped) {
    return Causes.inWords(wrapped, null);
  }

  private static LogFileResult preset(LogRef r) {
    return new LogFileResult(r.bucket, r.key, r.preset, r.presetMessage, r.digests);
  }

  private static LogFileResult compare(LogRef r, Hashed h) {
    if (h.failure() != null) {
      return result(r, h.failure(), h.message());
    }
    for (String expected : r.hashes) {
      byte[] want = Hex.decode(expected);
      if (want == null || !Arrays.equals(want, h.sha256())) {
        return result(r, ValidationStatus.HASH_MISMATCH, "hash value doesn't match");
      }
    }
    return result(r, ValidationStatus.VALID, "valid");
  }

  private static LogFileResult result(LogRef r, ValidationStatus status, String message) {
    return new LogFileResult(r.bucket, r.key, status, message, r.digests);
  }
}
