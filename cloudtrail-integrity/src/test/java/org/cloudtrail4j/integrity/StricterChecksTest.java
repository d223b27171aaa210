package org.cloudtrail4j.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloudtrail4j.integrity.EdgeCaseTest.chain;
import static org.cloudtrail4j.integrity.EdgeCaseTest.digest;
import static org.cloudtrail4j.integrity.EdgeCaseTest.log;
import static org.cloudtrail4j.integrity.EdgeCaseTest.validate;
import static org.cloudtrail4j.integrity.ValidationStatus.CHAIN_BROKEN;
import static org.cloudtrail4j.integrity.ValidationStatus.HASH_MISMATCH;
import static org.cloudtrail4j.integrity.ValidationStatus.INVALID_FORMAT;
import static org.cloudtrail4j.integrity.ValidationStatus.NOT_COVERED;
import static org.cloudtrail4j.integrity.ValidationStatus.NOT_FOUND;
import static org.cloudtrail4j.integrity.ValidationStatus.OUT_OF_SCOPE;
import static org.cloudtrail4j.integrity.ValidationStatus.SIGNATURE_FAILED;
import static org.cloudtrail4j.integrity.ValidationStatus.TIME_GAP;
import static org.cloudtrail4j.integrity.ValidationStatus.UNKNOWN_KEY;
import static org.cloudtrail4j.integrity.ValidationStatus.UNSUPPORTED_ALGORITHM;
import static org.cloudtrail4j.integrity.ValidationStatus.VALID;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.cloudtrail4j.integrity.testing.SyntheticTrail.Digest;
import org.cloudtrail4j.integrity.testing.SyntheticTrail.Log;
import org.cloudtrail4j.integrity.testing.SyntheticTrail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks of spec section 1.8 that the AWS CLI does not make, and the plain failures of 1.5 and 1.6. */
class StricterChecksTest {
  @TempDir
  Path dir;

  SyntheticTrail trail() {
    return new SyntheticTrail(dir.resolve("bucket"));
  }

  @Test
  void aDigestWhoseHashIsNotThePreviousDigestHashValueBreaksTheChain() throws IOException {
    SyntheticTrail t = trail();
    Digest first = t.hour(t.log());
    // one hex digit changed (never "00" over a hash that starts with 00: the key, and so the hash, is random)
    String wrong = (first.sha256().charAt(0) == '0' ? "1" : "0") + first.sha256().substring(1);
    Digest second = t.hour(m -> m.put("previousDigestHashValue", wrong), t.log());
    t.saveSignature(second);
    DigestResult r = digest(validate(t), first);
    assertThat(r.status()).isEqualTo(CHAIN_BROKEN);
    assertThat(r.message()).contains("previousDigestHashValue").contains(second.key());
  }

  @Test
  void aDigestReplacedByAnotherGenuinelySignedOneBreaksTheChain() throws IOException {
    SyntheticTrail t = trail();
    List<Digest> c = chain(t, 3);
    // CloudTrail's key signs a different digest for the same hour, saved with its own signature
    t.last = null;
    Digest replacement = t.digest(c.get(0).start(), c.get(0).end(), m -> { }, t.log());
    t.saveSignature(replacement);
    DigestResult r = digest(validate(t), c.get(0));
    assertThat(r.status()).isEqualTo(CHAIN_BROKEN);
    assertThat(r.message()).contains("previousDigestSignature of " + c.get(1).key());
  }

  @Test
  void aSavedSignatureThatIsNotThePreviousDigestSignatureBreaksTheChain() throws IOException {
    SyntheticTrail t = trail();
    List<Digest> c = chain(t, 2);
    // a valid signature of the same digest, by the same key, but not the one the next digest recorded: only
    // possible if the sidecar was swapped for one over other bytes; here, one made for a string with another bucket
    String other = SyntheticTrail.sign(SyntheticTrail.KEY, c.get(0).end() + "\nx/y\n" + c.get(0).sha256() + "\nnull");
    t.write(c.get(0).key() + ".sig", other.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    // that signature does not verify this digest: reported before any link check
    assertThat(digest(validate(t), c.get(0)).status()).isEqualTo(SIGNATURE_FAILED);
  }

  @Test
  void digestsThatDoNotMeetInTimeAreAGap() throws IOException {
    SyntheticTrail t = trail();
    Digest first = t.hour(t.log());
    t.clock = t.clock.plus(Duration.ofMinutes(10));
    Digest second = t.hour(t.log());
    t.saveSignature(second);
    ValidationReport r = validate(t);
    assertThat(digest(r, first).status()).isEqualTo(TIME_GAP);
    assertThat(digest(r, first).message()).contains("starts at " + second.start());
    assertThat(r.passed()).isFalse();
  }

  @Test
  void aSignatureAlgorithmOtherThanSha256WithRsaIsUnsupported() throws IOException {
    SyntheticTrail t = trail();
    Digest d = t.hour(m -> m.put("digestSignatureAlgorithm", "SHA1withRSA"), t.log());
    t.saveSignature(d);
    assertThat(digest(validate(t), d).status()).isEqualTo(UNSUPPORTED_ALGORITHM);
  }

  @Test
  void aMetadataSignatureAlgorithmOtherThanSha256WithRsaIsUnsupported() throws IOException {
    SyntheticTrail t = trail();
    Digest d = t.hour(t.log());
    t.saveMetadata(d, "\"signature\":\"" + d.signature() + "\",\"signature-algorithm\":\"SHA512withRSA\"");
    assertThat(digest(validate(t), d).status()).isEqualTo(UNSUPPORTED_ALGORITHM);
  }

  @Test
  void aPreviousDigestHashAlgorithmOtherThanSha256IsUnsupported() throws IOException {
    SyntheticTrail t = trail();
    t.hour(t.log());
    Digest d = t.hour(m -> m.put("previousDigestHashAlgorithm", "MD5"), t.log());
    t.saveSignature(d);
    assertThat(digest(validate(t), d).status()).isEqualTo(UNSUPPORTED_ALGORITHM);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aLogHashAlgorithmOtherThanSha256IsUnsupported() throws IOException {
    SyntheticTrail t = trail();
    Log l = t.log();
    Digest d = t.hour(m -> ((Map<String, Object>) ((List<?>) m.get("logFiles")).get(0)).put("hashAlgorithm", "MD5"), l);
    t.saveSignature(d);
    assertThat(log(validate(t), l).status()).isEqualTo(UNSUPPORTED_ALGORITHM);
  }

  @Test
  void aDigestForAnotherAccountIsOutOfScope() throws IOException {
    SyntheticTrail t = trail();
    Digest d = t.hour(m -> m.put("awsAccountId", "999999999999"), t.log());
    t.saveSignature(d);
    assertThat(digest(validate(t), d).status()).isEqualTo(OUT_OF_SCOPE);
  }

  @Test
  void aDigestListingAnotherRegionsLogIsOutOfScope() throws IOException {
    SyntheticTrail t = trail();
    t.region = "us-west-2";
    Log elsewhere = t.log();
    t.region = "us-east-1";
    Digest d = t.hour(elsewhere);
    t.saveSignature(d);
    ValidationReport r = validate(t);
    assertThat(digest(r, d).status()).isEqualTo(OUT_OF_SCOPE);
    assertThat(digest(r, d).message()).contains(elsewhere.key());
    assertThat(log(r, elsewhere).status()).isEqualTo(NOT_COVERED);
  }

  @Test
  void aLogFileNoDigestListsIsNotCovered() throws IOException {
    SyntheticTrail t = trail();
    chain(t, 2);
    Log injected = t.log(t.clock.minus(Duration.ofMinutes(30)), "{\"eventID\":\"injected\"}");
    ValidationReport r = validate(t);
    assertThat(log(r, injected).status()).isEqualTo(NOT_COVERED);
    assertThat(log(r, injected).digests()).isEmpty();
    assertThat(r.passed()).isFalse();
  }

  @Test
  void aFingerprintNoKeyHasIsAnUnknownKey() throws IOException {
    SyntheticTrail t = trail();
    t.signer = SyntheticTrail.OTHER_KEY;
    Digest d = t.hour(t.log());
    t.saveSignature(d);
    assertThat(digest(validate(t), d).status()).isEqualTo(UNKNOWN_KEY);
  }

  @Test
  void aKeyThatCannotBeLoadedIsReportedAsTheCliDoes() throws IOException {
    SyntheticTrail t = trail();
    byte[] garbage = {0x30, 0x03, 0x02, 0x01, 0x00};
    Digest d = t.hour(m -> m.put("digestPublicKeyFingerprint", PublicKeys.fingerprint(garbage)), t.log());
    t.saveSignature(d);
    DigestResult r = digest(TrailValidator.builder().publicKeys(PublicKeys.of(garbage)).build().validate(t.root), d);
    assertThat(r.status()).isEqualTo(UNKNOWN_KEY);
    assertThat(r.message()).isEqualTo("Unable to load PKCS #1 key with fingerprint " + PublicKeys.fingerprint(garbage));
  }

  @Test
  void aDigestSignedByAnotherKeyThanItNamesFails() throws IOException {
    SyntheticTrail t = trail();
    t.signer = SyntheticTrail.OTHER_KEY;
    Digest d = t.hour(m -> m.put("digestPublicKeyFingerprint", SyntheticTrail.fingerprint(SyntheticTrail.KEY)),
        t.log());
    t.saveSignature(d);
    assertThat(digest(validate(t), d).status()).isEqualTo(SIGNATURE_FAILED);
  }

  @Test
  void previousDigestMembersMustBeAllNullOrAllSet() throws IOException {
    SyntheticTrail t = trail();
    t.hour(t.log());
    Digest d = t.hour(m -> m.put("previousDigestHashValue", null), t.log());
    t.saveSignature(d);
    assertThat(digest(validate(t), d).status()).isEqualTo(INVALID_FORMAT);
  }

  @Test
  void aDigestThatIsNotGzipJsonIsInvalidFormat() throws IOException {
    SyntheticTrail t = trail();
    List<Digest> c = chain(t, 2);
    t.write(c.get(1).key(), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
    t.write(c.get(0).key(), "not json".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    ValidationReport r = validate(t);
    assertThat(digest(r, c.get(1)).status()).isEqualTo(INVALID_FORMAT);
    assertThat(digest(r, c.get(0)).status()).isEqualTo(INVALID_FORMAT);
  }

  @Test
  void aMissingLogFileIsNotFound() throws IOException {
    SyntheticTrail t = trail();
    Log l = t.log();
    t.saveSignature(t.hour(l));
    t.delete(l.key());
    LogFileResult r = log(validate(t), l);
    assertThat(r.status()).isEqualTo(NOT_FOUND);
    assertThat(r.message()).isEqualTo("not found");
  }

  @Test
  void aCutGzipLogIsInvalidFormat() throws IOException {
    SyntheticTrail t = trail();
    Log l = t.log();
    t.saveSignature(t.hour(l));
    byte[] gz = Files.readAllBytes(t.path(l.key()));
    t.write(l.key(), java.util.Arrays.copyOf(gz, gz.length - 5));
    assertThat(log(validate(t), l).status()).isEqualTo(INVALID_FORMAT);
  }

  @Test
  void oneChangedByteInALogIsAHashMismatch() throws IOException {
    SyntheticTrail t = trail();
    Log l = t.log();
    t.saveSignature(t.hour(l));
    t.rewrite(l.key(), s -> s.replace("1.08", "1.09"));
    ValidationReport r = validate(t);
    assertThat(log(r, l).status()).isEqualTo(HASH_MISMATCH);
    assertThat(log(r, l).uri()).isEqualTo("s3://amzn-s3-demo-bucket/" + l.key());
    assertThat(r.logFileCount(VALID)).isZero();
  }
}
