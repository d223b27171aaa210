package org.cloudtrail4j.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloudtrail4j.integrity.ValidationStatus.HASH_MISMATCH;
import static org.cloudtrail4j.integrity.ValidationStatus.INVALID_FORMAT;
import static org.cloudtrail4j.integrity.ValidationStatus.MOVED;
import static org.cloudtrail4j.integrity.ValidationStatus.NOT_COVERED;
import static org.cloudtrail4j.integrity.ValidationStatus.NOT_FOUND;
import static org.cloudtrail4j.integrity.ValidationStatus.SIGNATURE_FAILED;
import static org.cloudtrail4j.integrity.ValidationStatus.TIME_GAP;
import static org.cloudtrail4j.integrity.ValidationStatus.UNKNOWN_KEY;
import static org.cloudtrail4j.integrity.ValidationStatus.UNREADABLE;
import static org.cloudtrail4j.integrity.ValidationStatus.UNSUPPORTED_ALGORITHM;
import static org.cloudtrail4j.integrity.ValidationStatus.UNVERIFIED;
import static org.cloudtrail4j.integrity.ValidationStatus.VALID;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.cloudtrail4j.integrity.testing.SyntheticTrail.Digest;
import org.cloudtrail4j.integrity.testing.SyntheticTrail.Log;
import org.cloudtrail4j.integrity.testing.SyntheticTrail;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test (or more) per numbered edge case of the digest specification ({@code digest.md} section 2), over
 * synthetic trails signed with a key generated for the run. Edge cases 24, 25 and 37 are about the online AWS
 * services (DescribeTrails, GetBucketLocation, partition endpoints) and have no offline counterpart.
 */
class EdgeCaseTest {
  @TempDir
  Path dir;

  SyntheticTrail trail() {
    return new SyntheticTrail(dir.resolve("bucket"));
  }

  static ValidationReport validate(SyntheticTrail t) throws IOException {
    return validate(t, TrailValidator.builder());
  }

  static ValidationReport validate(SyntheticTrail t, TrailValidator.Builder b) throws IOException {
    return b.publicKeys(SyntheticTrail.keys()).parallelism(2).build().validate(t.root);
  }

  static DigestResult digest(ValidationReport r, Digest d) {
    return digest(r, d.key());
  }

  static DigestResult digest(ValidationReport r, String key) {
    return r.digests().stream().filter(x -> x.key().equals(key)).findFirst()
        .orElseThrow(() -> new AssertionError("no result for digest " + key + " in " + r.digests()));
  }

  static LogFileResult log(ValidationReport r, Log l) {
    return r.logFiles().stream().filter(x -> x.key().equals(l.key())).findFirst()
        .orElseThrow(() -> new AssertionError("no result for log " + l.key() + " in " + r.logFiles()));
  }

  /** A chain of {@code hours} hourly digests, one log file each; the newest digest's signature saved. */
  static List<Digest> chain(SyntheticTrail t, int hours) {
    List<Digest> out = new ArrayList<>();
    for (int i = 0; i < hours; i++) {
      out.add(t.hour(t.log()));
    }
    t.saveSignature(out.get(out.size() - 1));
    return out;
  }

  /** How a test breaks a signed chain before it is validated. */
  @FunctionalInterface
  interface Tamper {
    Tamper NOTHING = (t, c) -> { };

    void apply(SyntheticTrail t, List<Digest> chain) throws IOException;
  }

  /** A tampered chain and what its validation reported. */
  record Tampered(SyntheticTrail t, List<Digest> chain, ValidationReport report) {
    DigestResult digest(int i) {
      return EdgeCaseTest.digest(report, chain.get(i));
    }
  }

  /** {@link #tampered(Consumer, int, Tamper, Function)} with a default trail and validator. */
  Tampered tampered(int hours, Tamper tamper) throws IOException {
    return tampered(t -> { }, hours, tamper, c -> TrailValidator.builder());
  }

  /**
   * The setup the edge cases share: a trail configured by {@code setup}, a chain of {@code hours} hourly digests
   * (one log file each, the newest digest's signature saved), broken by {@code tamper}, then validated with the
   * builder {@code validator} makes for the chain (keys and parallelism are set here).
   */
  Tampered tampered(Consumer<SyntheticTrail> setup, int hours, Tamper tamper,
      Function<List<Digest>, TrailValidator.Builder> validator) throws IOException {
    SyntheticTrail t = trail();
    setup.accept(t);
    List<Digest> c = chain(t, hours);
    tamper.apply(t, c);
    return new Tampered(t, c, validate(t, validator.apply(c)));
  }

  @Test
  void aSignedChainIsValidThroughout() throws IOException {
    ValidationReport r = tampered(5, Tamper.NOTHING).report();
    assertThat(r.digests()).hasSize(5).allSatisfy(d -> assertThat(d.status()).isEqualTo(VALID));
    assertThat(r.logFiles()).hasSize(5).allSatisfy(l -> assertThat(l.status()).isEqualTo(VALID));
    assertThat(r.uncoveredWindows()).isEmpty();
    assertThat(r.passed()).isTrue();
  }

  @Test
  @DisplayName("1.9: without its saved signature the newest digest is unverified, the older ones verified")
  void theNewestDigestWithoutSignatureIsUnverified() throws IOException {
    Tampered x = tampered(3, (t, c) -> t.delete(c.get(2).key() + ".sig"));
    assertThat(x.digest(2).status()).isEqualTo(UNVERIFIED);
    assertThat(x.digest(1).status()).isEqualTo(VALID);
    assertThat(x.digest(0).status()).isEqualTo(VALID);
    assertThat(x.report().passed()).isTrue();
  }

  @Test
  @DisplayName("edge 1: an empty digest is valid and lists nothing")
  void edge01EmptyDigest() throws IOException {
    SyntheticTrail t = trail();
    t.hour(t.log());
    Digest empty = t.hour();
    Digest last = t.hour(t.log());
    t.saveSignature(last);
    ValidationReport r = validate(t);
    assertThat(digest(r, empty).status()).isEqualTo(VALID);
    assertThat(digest(r, empty).logFiles()).isZero();
    assertThat(r.passed()).isTrue();
  }

  @Test
  @DisplayName("edge 1: an empty digest that names event times is not an empty digest")
  void edge01EmptyDigestShape() throws IOException {
    SyntheticTrail t = trail();
    Digest empty = t.hour(m -> m.put("newestEventTime", "2026-01-05T10:00:00Z"));
    t.saveSignature(empty);
    assertThat(digest(validate(t), empty).status()).isEqualTo(INVALID_FORMAT);
  }

  @Test
  @DisplayName("edge 2: a starting digest is signed over the literal null")
  void edge02StartingDigest() throws IOException {
    SyntheticTrail t = trail();
    Digest only = t.hour(t.log());
    t.saveSignature(only);
    ValidationReport r = validate(t);
    assertThat(digest(r, only).status()).isEqualTo(VALID);
    // the same bytes signed over an empty fourth line do not verify
    String toSign = new String(only.content(), StandardCharsets.UTF_8);
    assertThat(toSign).contains("\"previousDigestSignature\":null");
    String wrong = SyntheticTrail.sign(SyntheticTrail.KEY, only.end() + "\n" + t.bucket + "/" + only.key() + "\n"
        + only.sha256() + "\n");
    t.write(only.key() + ".sig", wrong.getBytes(StandardCharsets.US_ASCII));
    assertThat(digest(validate(t), only).status()).isEqualTo(SIGNATURE_FAILED);
  }

  @Test
  @DisplayName("edge 3: logging stopped and restarted leaves a gap that is reported but not a failure")
  void edge03StopAndRestart() throws IOException {
    SyntheticTrail t = trail();
    t.hour(t.log());
    Digest last = t.hour(t.log());
    t.saveSignature(last);
    t.restart(Duration.ofHours(3));
    Digest restart = t.hour(t.log());
    Digest newest = t.hour(t.log());
    t.saveSignature(newest);
    ValidationReport r = validate(t);
    assertThat(r.digests()).allSatisfy(d -> assertThat(d.status()).isEqualTo(VALID));
    assertThat(r.uncoveredWindows()).singleElement().satisfies(w -> {
      assertThat(w.cause()).isEqualTo(TIME_GAP);
      assertThat(w.from()).isEqualTo(last.end());
      assertThat(w.until()).isEqualTo(restart.start());
    });
    assertThat(r.passed()).isTrue();
  }

  @Test
  @DisplayName("edge 4: a missing digest in the middle is not found, and its hour uncovered")
  void edge04MissingDigest() throws IOException {
    Tampered x = tampered(4, (t, c) -> t.delete(c.get(1).key()));
    List<Digest> c = x.chain();
    ValidationReport r = x.report();
    assertThat(x.digest(1).status()).isEqualTo(NOT_FOUND);
    assertThat(x.digest(1).message()).isEqualTo("not found");
    assertThat(r.uncoveredWindows()).singleElement().satisfies(w -> {
      assertThat(w.cause()).isEqualTo(NOT_FOUND);
      assertThat(w.from()).isEqualTo(c.get(0).end());
      assertThat(w.until()).isEqualTo(c.get(2).start());
    });
    assertThat(r.logFileCount(NOT_COVERED)).isEqualTo(1);
    assertThat(r.passed()).isFalse();
  }

  @Test
  @DisplayName("edge 5: two consecutive missing digests show as one two-hour hole (aws-cli#7054)")
  void edge05TwoMissingDigests() throws IOException {
    Tampered x = tampered(5, (t, c) -> {
      t.delete(c.get(1).key());
      t.delete(c.get(2).key());
    });
    List<Digest> c = x.chain();
    ValidationReport r = x.report();
    assertThat(x.digest(2).status()).isEqualTo(NOT_FOUND);
    assertThat(r.uncoveredWindows()).singleElement().satisfies(w -> {
      assertThat(w.from()).isEqualTo(c.get(0).end());
      assertThat(w.until()).isEqualTo(c.get(3).start());
      assertThat(Duration.between(w.from(), w.until())).isEqualTo(Duration.ofHours(2));
    });
    assertThat(r.logFileCount(NOT_COVERED)).isEqualTo(2);
  }

  @Test
  @DisplayName("edge 6: a tampered digest fails its signature, in the middle or newest")
  void edge06TamperedDigest() throws IOException {
    Tampered x = tampered(3, (t, c) -> t.rewrite(c.get(1).key(),
        s -> s.replace("\"digestSignatureAlgorithm\"", " \"digestSignatureAlgorithm\"")));
    assertThat(x.digest(2).status()).isEqualTo(VALID);
    assertThat(x.digest(1).status()).isEqualTo(SIGNATURE_FAILED);
    assertThat(x.digest(1).message()).isEqualTo("signature verification failed");
    // what a tampered digest says is not trusted: the older one is not verified through it
    assertThat(x.digest(0).status()).isEqualTo(UNVERIFIED);

    SyntheticTrail t = x.t();
    List<Digest> c = x.chain();
    t.rewrite(c.get(2).key(), s -> s.replace("\"logFiles\"", " \"logFiles\""));
    assertThat(digest(validate(t), c.get(2)).status()).isEqualTo(SIGNATURE_FAILED);
  }

  @Test
  @DisplayName("edge 7: a digest copied to another key has been moved")
  void edge07MovedDigest() throws IOException {
    List<String> copies = new ArrayList<>();
    Tampered x = tampered(2, (t, c) -> {
      String copy = t.digestKey(c.get(1).end().plus(Duration.ofDays(1)));
      t.write(copy, Files.readAllBytes(t.path(c.get(0).key())));
      t.write(copy + ".sig", c.get(0).signature().getBytes(StandardCharsets.US_ASCII));
      copies.add(copy);
    });
    DigestResult moved = digest(x.report(), copies.get(0));
    assertThat(moved.status()).isEqualTo(MOVED);
    assertThat(moved.message()).isEqualTo("has been moved from its original location");
    assertThat(x.digest(0).status()).isEqualTo(VALID);
  }

  @Test
  @DisplayName("edge 7: a digest written for another bucket has been moved")
  void edge07OtherBucket() throws IOException {
    ValidationReport r = tampered(t -> { }, 2, Tamper.NOTHING, c -> TrailValidator.builder().bucket("another-bucket"))
        .report();
    assertThat(r.digests()).extracting(DigestResult::status).containsOnly(MOVED);
  }

  @Test
  @DisplayName("edge 8: digests without metadata are verified through the next digest's previousDigestSignature")
  void edge08NoMetadata() throws IOException {
    Tampered x = tampered(3, Tamper.NOTHING);
    assertThat(Files.exists(x.t().path(x.chain().get(0).key() + ".sig"))).isFalse();
    assertThat(x.digest(0).status()).isEqualTo(VALID);
    assertThat(x.digest(1).status()).isEqualTo(VALID);
  }

  @Test
  @DisplayName("edge 9: bytes after a digest's gzip stream are a warning, as the AWS CLI ignores them")
  void edge09DigestTrailingData() throws IOException {
    DigestResult d = tampered(2, (t, c) -> Files.write(t.path(c.get(0).key()), new byte[] {0, 0, 0, 0},
        StandardOpenOption.APPEND)).digest(0);
    assertThat(d.status()).isEqualTo(VALID);
    assertThat(d.warnings()).singleElement().asString().contains("unexpected data after end of compressed stream");
  }

  @Test
  @DisplayName("edge 10: a log file with an appended gzip member is invalid, though its first member matches")
  void edge10AppendedGzipMember() throws IOException {
    SyntheticTrail t = trail();
    Log l = t.log();
    t.saveSignature(t.hour(l));
    Files.write(t.path(l.key()), SyntheticTrail.gzip("{\"Records\":[{\"eventID\":\"injected\"}]}".getBytes(
        StandardCharsets.UTF_8)), StandardOpenOption.APPEND);
    LogFileResult r = log(validate(t), l);
    assertThat(r.status()).isEqualTo(INVALID_FORMAT);
    assertThat(r.message()).isEqualTo("unexpected data after end of compressed stream");
  }

  @Test
  @DisplayName("edge 10: junk after a log file's gzip stream is invalid too")
  void edge10TrailingJunk() throws IOException {
    SyntheticTrail t = trail();
    Log l = t.log();
    t.saveSignature(t.hour(l));
    Files.write(t.path(l.key()), new byte[] {0}, StandardOpenOption.APPEND);
    assertThat(log(validate(t), l).status()).isEqualTo(INVALID_FORMAT);
  }

  @Test
  @DisplayName("edge 11: a log file stored gunzipped, or recompressed, still validates")
  void edge11StoredGunzippedOrRecompressed() throws IOException {
    SyntheticTrail t = trail();
    Log plain = t.log();
    Log recompressed = t.log();
    t.saveSignature(t.hour(plain, recompressed));
    t.write(plain.key(), SyntheticTrail.gunzip(Files.readAllBytes(t.path(plain.key()))));
    byte[] content = SyntheticTrail.gunzip(Files.readAllBytes(t.path(recompressed.key())));
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out) {
      {
        def.setLevel(java.util.zip.Deflater.NO_COMPRESSION);
      }
    }) {
      gz.write(content);
    }
    t.write(recompressed.key(), out.toByteArray());
    ValidationReport r = validate(t);
    assertThat(log(r, plain).status()).isEqualTo(VALID);
    assertThat(log(r, recompressed).status()).isEqualTo(VALID);
  }

  @Test
  @DisplayName("edge 12: a digest handed over already inflated is recognised by its bytes, not its name")
  void edge12TransparentDecompression() throws IOException {
    Tampered x = tampered(2, (t, c) -> t.write(c.get(0).key(), c.get(0).content()));
    assertThat(x.digest(0).status()).isEqualTo(VALID);
  }

  @Test
  @DisplayName("edge 13: a digest listing the hash of the .json.gz bytes fails every log")
  void edge13WrongHashBasis() throws IOException {
    SyntheticTrail t = trail();
    Log l = t.log();
    Log gzHashed = new Log(l.key(), SyntheticTrail.sha256Hex(Files.readAllBytes(t.path(l.key()))), l.bucket());
    t.saveSignature(t.hour(gzHashed));
    LogFileResult r = log(validate(t), l);
    assertThat(r.status()).isEqualTo(HASH_MISMATCH);
    assertThat(r.message()).isEqualTo("hash value doesn't match");
  }

  @Test
  @DisplayName("edge 14: a key served as X.509 SubjectPublicKeyInfo is accepted")
  void edge14SpkiKey() throws IOException {
    SyntheticTrail t = trail();
    byte[] spki = SyntheticTrail.KEY.getPublic().getEncoded();
    Digest d = t.hour(m -> m.put("digestPublicKeyFingerprint", PublicKeys.fingerprint(spki)), t.log());
    t.saveSignature(d);
    ValidationReport r = TrailValidator.builder().publicKeys(PublicKeys.of(spki)).build().validate(t.root);
    assertThat(digest(r, d).status()).isEqualTo(VALID);
  }

  @Test
  @DisplayName("edge 15: SDK key bytes are DER already; the key file's base64 is decoded once")
  void edge15DoubleBase64() throws IOException {
    SyntheticTrail t = tampered(2, Tamper.NOTHING).t();
    PublicKeys fromFile = PublicKeys.read(t.keyFile(SyntheticTrail.KEY));
    PublicKeys fromSdkBytes = PublicKeys.of(SyntheticTrail.pkcs1(SyntheticTrail.KEY));
    assertThat(fromFile.fingerprints()).isEqualTo(fromSdkBytes.fingerprints());
    byte[] base64Text = java.util.Base64.getEncoder().encode(SyntheticTrail.pkcs1(SyntheticTrail.KEY));
    ValidationReport wrong = TrailValidator.builder().publicKeys(PublicKeys.of(base64Text)).build().validate(t.root);
    assertThat(wrong.digests()).extracting(DigestResult::status).containsOnly(UNKNOWN_KEY);
    ValidationReport right = TrailValidator.builder().publicKeys(fromFile).build().validate(t.root);
    assertThat(right.passed()).isTrue();
  }

  /** Records what the validator asks its key source. */
  static final class RecordingKeys implements PublicKeySource {
    final List<String> asked = new ArrayList<>();

    @Override
    public synchronized Optional<PublicKey> find(String region, String fingerprint, Instant signedAt)
        throws java.security.GeneralSecurityException {
      asked.add(region + " " + signedAt);
      return SyntheticTrail.keys().find(region, fingerprint, signedAt);
    }
  }

  @Test
  @DisplayName("edge 16: a backfill digest's key is looked up at its generation time")
  void edge16BackfillKeyTime() throws IOException {
    SyntheticTrail t = trail();
    t.backfill = true;
    Digest d = t.hour(t.log());
    t.saveMetadata(d, "\"signature\":\"" + d.signature() + "\",\"signature-algorithm\":\"SHA256withRSA\","
        + "\"backfill-generation-timestamp\":\"2026-02-01T00:00:00Z\"");
    RecordingKeys keys = new RecordingKeys();
    ValidationReport r = TrailValidator.builder().publicKeys(keys).build().validate(t.root);
    assertThat(digest(r, d).status()).isEqualTo(VALID);
    assertThat(keys.asked).containsExactly("us-east-1 2026-02-01T00:00:00Z");
  }

  @Test
  @DisplayName("edge 17: deleted newest digests leave the tail of the requested range uncovered")
  void edge17TailTruncation() throws IOException {
    Tampered x = tampered(t -> { }, 4, (t, c) -> {
      t.saveSignature(c.get(1));
      t.delete(c.get(2).key());
      t.delete(c.get(3).key());
    }, c -> TrailValidator.builder().between(c.get(0).start(), c.get(3).end()));
    List<Digest> c = x.chain();
    ValidationReport r = x.report();
    assertThat(r.uncoveredWindows()).singleElement().satisfies(w -> {
      assertThat(w.from()).isEqualTo(c.get(1).end());
      assertThat(w.until()).isEqualTo(c.get(3).end());
      assertThat(w.failure()).isTrue();
    });
    assertThat(r.passed()).isFalse();
  }

  @Test
  @DisplayName("edge 18: a key is used by fingerprint even outside its published validity window")
  void edge18ValidityWindow() throws IOException {
    SyntheticTrail t = tampered(2, Tamper.NOTHING).t(); // signed in 2026; the key file says valid in 2015
    ValidationReport r = TrailValidator.builder().publicKeys(PublicKeys.read(t.keyFile(SyntheticTrail.KEY))).build()
        .validate(t.root);
    assertThat(r.passed()).isTrue();
  }

  @Test
  @DisplayName("edge 19: keys are looked up in the delivering region; the CLI message names the home region")
  void edge19Region() throws IOException {
    SyntheticTrail t = trail();
    t.region = "eu-west-1";
    Digest d = t.hour(t.log());
    t.saveSignature(d);
    RecordingKeys keys = new RecordingKeys();
    assertThat(digest(TrailValidator.builder().publicKeys(keys).build().validate(t.root), d).status())
        .isEqualTo(VALID);
    assertThat(keys.asked).singleElement().asString().startsWith("eu-west-1 ");
    DigestResult unknown = digest(TrailValidator.builder().publicKeys(PublicKeys.of()).build().validate(t.root), d);
    assertThat(unknown.status()).isEqualTo(UNKNOWN_KEY);
    assertThat(unknown.message()).isEqualTo("public key not found in region us-east-1 for fingerprint "
        + SyntheticTrail.fingerprint(SyntheticTrail.KEY));
  }

  @Test
  @DisplayName("edge 20: trail names with _ and . are parsed from both ends of the key")
  void edge20TrailName() throws IOException {
    ValidationReport r = tampered(t -> t.trail = "my_org.audit-trail_v2", 3, Tamper.NOTHING,
        c -> TrailValidator.builder()).report();
    assertThat(r.digests()).hasSize(3).extracting(DigestResult::status).containsOnly(VALID);
  }

  @Test
  @DisplayName("edge 21: an organization trail validates every member account's chain")
  void edge21OrganizationTrail() throws IOException {
    SyntheticTrail a = trail();
    a.org = "o-aa11bb22cc";
    a.account = "111111111111";
    chain(a, 2);
    SyntheticTrail b = trail();
    b.org = "o-aa11bb22cc";
    b.account = "222222222222";
    chain(b, 2);
    ValidationReport r = validate(a);
    assertThat(r.digests()).hasSize(4).extracting(DigestResult::status).containsOnly(VALID);
    assertThat(r.digests()).extracting(DigestResult::key).allSatisfy(k -> assertThat(k)
        .startsWith("AWSLogs/o-aa11bb22cc/"));
    assertThat(validate(a, TrailValidator.builder().accountIds("222222222222")).digests()).hasSize(2);
  }

  @Test
  @DisplayName("edge 22: an S3 key prefix, and a link across a change of prefix")
  void edge22Prefix() throws IOException {
    SyntheticTrail t = trail();
    t.prefix = "old/prefix";
    Digest old = t.hour(t.log());
    t.prefix = "new";
    Digest next = t.hour(t.log());
    t.saveSignature(next);
    ValidationReport r = validate(t);
    assertThat(digest(r, old).status()).isEqualTo(VALID);
    assertThat(digest(r, next).status()).isEqualTo(VALID);
    assertThat(r.digests()).hasSize(2);
  }

  @Test
  @DisplayName("edge 23: a link into another bucket is followed")
  void edge23BucketChange() throws IOException {
    SyntheticTrail t = trail();
    t.bucket = "old-bucket";
    Digest old = t.hour(t.log());
    t.bucket = "new-bucket";
    Digest next = t.hour(t.log());
    t.saveSignature(next);
    ValidationReport r = validate(t, TrailValidator.builder().bucket("new-bucket"));
    assertThat(digest(r, old).status()).isEqualTo(VALID);
    assertThat(digest(r, old).bucket()).isEqualTo("old-bucket");
    assertThat(digest(r, next).status()).isEqualTo(VALID);
  }

  @Test
  @DisplayName("edge 26: a range takes digests ending up to an hour after its end, and not the older ones")
  void edge26WindowBoundaries() throws IOException {
    Tampered x = tampered(t -> { }, 6, Tamper.NOTHING,
        c -> TrailValidator.builder().between(c.get(2).end(), c.get(3).end()));
    List<Digest> c = x.chain();
    ValidationReport r = x.report();
    assertThat(r.digests()).extracting(DigestResult::key)
        .containsExactly(c.get(2).key(), c.get(3).key(), c.get(4).key());
  }

  @Test
  @DisplayName("edge 27: a log delivered late, listed by a later or a backfill digest, is covered")
  void edge27LateDelivery() throws IOException {
    SyntheticTrail t = trail();
    Log early = t.log(t.clock.minus(Duration.ofHours(2)), "{\"eventID\":\"late\"}");
    Log forBackfill = t.log(t.clock.minus(Duration.ofHours(3)), "{\"eventID\":\"backfilled\"}");
    t.saveSignature(t.hour(early));
    t.backfill = true;
    t.last = null;
    Digest b = t.hour(forBackfill);
    t.saveMetadata(b, "\"signature\":\"" + b.signature() + "\",\"backfill-generation-timestamp\":\"2026-01-06T00:00:00Z\"");
    ValidationReport r = validate(t);
    assertThat(log(r, early).status()).isEqualTo(VALID);
    assertThat(log(r, forBackfill).status()).isEqualTo(VALID);
    assertThat(r.passed()).isTrue();
  }

  @Test
  @DisplayName("edge 28: backfill digests are their own chain, and need their generation time in metadata")
  void edge28Backfill() throws IOException {
    SyntheticTrail t = trail();
    chain(t, 2);
    t.backfill = true;
    t.last = null;
    Digest b1 = t.hour(t.log());
    Digest b2 = t.hour(t.log());
    t.saveMetadata(b2, "\"signature\":\"" + b2.signature() + "\"");
    ValidationReport r = validate(t);
    assertThat(digest(r, b1).backfill()).isTrue();
    assertThat(digest(r, b2).status()).isEqualTo(INVALID_FORMAT);
    assertThat(digest(r, b2).message()).contains("backfill-generation-timestamp");
    t.saveMetadata(b2, "\"signature\":\"" + b2.signature() + "\",\"backfill-generation-timestamp\":\"2026-03-01T00:00:00Z\"");
    ValidationReport fixed = validate(t);
    assertThat(fixed.digests()).hasSize(4).extracting(DigestResult::status).containsOnly(VALID);
  }

  @Test
  @DisplayName("edge 29: escaped slashes and unknown members are hashed as read")
  void edge29JsonDetails() throws IOException {
    SyntheticTrail t = trail();
    t.escapeSlashes = true;
    t.hour(m -> m.put("aFutureMember", Map.of("nested", List.of("x"))), t.log());
    Digest d = t.hour(t.log());
    t.saveSignature(d);
    assertThat(new String(d.content(), StandardCharsets.UTF_8)).contains("AWSLogs\\/");
    ValidationReport r = validate(t);
    assertThat(r.passed()).isTrue();
    assertThat(r.digests()).extracting(DigestResult::status).containsOnly(VALID);
  }

  @Test
  @DisplayName("edge 30: hex is compared as bytes, whatever its case")
  void edge30HexCase() throws IOException {
    SyntheticTrail t = trail();
    Log l = t.log();
    Log upper = new Log(l.key(), l.sha256().toUpperCase(java.util.Locale.ROOT), l.bucket());
    Digest first = t.hour(upper);
    t.last = new Digest(first.key(), first.content(), first.signature().toUpperCase(java.util.Locale.ROOT),
        first.start(), first.end());
    Digest second = t.hour(m -> m.put("previousDigestHashValue",
        ((String) m.get("previousDigestHashValue")).toUpperCase(java.util.Locale.ROOT)), t.log());
    t.write(second.key() + ".sig", second.signature().toUpperCase(java.util.Locale.ROOT)
        .getBytes(StandardCharsets.US_ASCII));
    ValidationReport r = validate(t);
    assertThat(r.digests()).extracting(DigestResult::status).containsOnly(VALID);
    assertThat(log(r, l).status()).isEqualTo(VALID);
  }

  @Test
  @DisplayName("edge 31: previousDigestSignature must be present, null allowed")
  void edge31NullVersusAbsent() throws IOException {
    SyntheticTrail t = trail();
    Digest d = t.hour(m -> m.remove("previousDigestSignature"), t.log());
    t.saveSignature(d);
    DigestResult r = digest(validate(t), d);
    assertThat(r.status()).isEqualTo(INVALID_FORMAT);
    assertThat(r.message()).isEqualTo("invalid format: no previousDigestSignature");
  }

  @Test
  @DisplayName("edge 33: a digest is hashed as its bytes, whatever their layout")
  void edge33RawBytesNotReserialised() throws IOException {
    Tampered x = tampered(t -> t.pretty = true, 2, Tamper.NOTHING, c -> TrailValidator.builder());
    assertThat(new String(x.chain().get(0).content(), StandardCharsets.UTF_8))
        .contains("\n  \"digestStartTime\": ");
    assertThat(x.report().passed()).isTrue();
  }

  @Test
  @DisplayName("edge 34: a log listed by a standard and a backfill digest has one result naming both")
  void edge34DuplicateReferences() throws IOException {
    SyntheticTrail t = trail();
    Log l = t.log();
    Digest standard = t.hour(l, l);
    t.saveSignature(standard);
    t.backfill = true;
    t.last = null;
    Digest b = t.hour(l);
    t.saveMetadata(b, "\"signature\":\"" + b.signature() + "\",\"backfill-generation-timestamp\":\"2026-01-06T00:00:00Z\"");
    ValidationReport r = validate(t);
    assertThat(r.logFiles()).singleElement().satisfies(x -> {
      assertThat(x.status()).isEqualTo(VALID);
      assertThat(x.digests()).containsExactlyInAnyOrder(standard.key(), b.key());
    });
    assertThat(digest(r, standard).warnings()).singleElement().asString().contains("more than once");
  }

  @Test
  @DisplayName("edge 35: a digest without logFiles is invalid, not a crash")
  void edge35NoLogFiles() throws IOException {
    SyntheticTrail t = trail();
    Digest d = t.hour(m -> {
      m.remove("logFiles");
      m.put("newestEventTime", null);
      m.put("oldestEventTime", null);
    });
    t.saveSignature(d);
    DigestResult r = digest(validate(t), d);
    assertThat(r.status()).isEqualTo(INVALID_FORMAT);
    assertThat(r.message()).isEqualTo("invalid format: no logFiles");
  }

  @Test
  @DisplayName("edge 36: an unreadable log file is reported and the others are still checked")
  void edge36UnreadableObject() throws IOException {
    SyntheticTrail t = trail();
    Log unreadable = t.log();
    Log fine = t.log();
    t.saveSignature(t.hour(unreadable, fine));
    t.delete(unreadable.key());
    Files.createDirectories(t.path(unreadable.key())); // exists, but cannot be read as a file
    ValidationReport r = validate(t);
    assertThat(log(r, unreadable).status()).isEqualTo(UNREADABLE);
    assertThat(log(r, fine).status()).isEqualTo(VALID);
  }

  @Test
  @DisplayName("edge 38: hashing in parallel gives the same report as one thread")
  void edge38Parallel() throws IOException {
    SyntheticTrail t = trail();
    List<Log> tampered = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      Log a = t.log();
      Log b = t.log();
      t.hour(a, b);
      if (i % 5 == 0) {
        tampered.add(a);
      }
    }
    t.saveSignature(t.last);
    for (Log l : tampered) {
      t.rewrite(l.key(), s -> s.replace("eventID", "eventId"));
    }
    ValidationReport one = TrailValidator.builder().publicKeys(SyntheticTrail.keys()).parallelism(1).build()
        .validate(t.root);
    ValidationReport four = TrailValidator.builder().publicKeys(SyntheticTrail.keys()).parallelism(4).build()
        .validate(t.root);
    assertThat(four.logFiles()).isEqualTo(one.logFiles());
    assertThat(four.digests()).isEqualTo(one.digests());
    assertThat(one.logFileCount(HASH_MISMATCH)).isEqualTo(tampered.size());
    assertThat(one.logFiles()).hasSize(48);
  }

  @Test
  @SuppressWarnings("unchecked")
  @DisplayName("edge 38: hashing that starts during the walk gives one thread's report, whatever each log's outcome")
  void edge38ParallelEveryOutcome() throws IOException {
    SyntheticTrail t = trail();
    Log missing = t.log();
    Log appended = t.log();
    Log twice = t.log();
    Log unreadable = t.log();
    Log changed = t.log();
    Log unsupported = t.log();
    t.hour(missing, appended, twice);
    t.hour(unreadable, twice, changed); // listed by two digests: hashed once, compared with what both say
    t.hour(m -> ((Map<String, Object>) ((List<?>) m.get("logFiles")).get(0)).put("hashAlgorithm", "MD5"),
        unsupported);
    Log injected = t.log(); // no digest lists it
    Log fine = t.log();
    t.saveSignature(t.hour(fine));
    t.delete(missing.key());
    Files.write(t.path(appended.key()), SyntheticTrail.gzip("{}".getBytes(StandardCharsets.UTF_8)),
        StandardOpenOption.APPEND);
    t.delete(unreadable.key());
    Files.createDirectories(t.path(unreadable.key()));
    t.rewrite(changed.key(), s -> s.replace("eventID", "eventId"));

    ValidationReport one = TrailValidator.builder().publicKeys(SyntheticTrail.keys()).parallelism(1).build()
        .validate(t.root);
    ValidationReport two = TrailValidator.builder().publicKeys(SyntheticTrail.keys()).parallelism(2).build()
        .validate(t.root);
    assertThat(two.logFiles()).isEqualTo(one.logFiles());
    assertThat(two.digests()).isEqualTo(one.digests());
    assertThat(List.of(missing, appended, twice, unreadable, changed, unsupported, injected, fine))
        .extracting(l -> log(one, l).status()).containsExactly(NOT_FOUND, INVALID_FORMAT, VALID, UNREADABLE,
            HASH_MISMATCH, UNSUPPORTED_ALGORITHM, NOT_COVERED, VALID);
    assertThat(log(one, twice).digests()).hasSize(2);
  }
}
