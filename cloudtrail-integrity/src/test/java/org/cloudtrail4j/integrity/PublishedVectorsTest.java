package org.cloudtrail4j.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.cloudtrail4j.integrity.internal.ContentHash;
import org.cloudtrail4j.integrity.internal.Validation;
import org.cloudtrail4j.integrity.testing.SyntheticTrail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fixed inputs published by AWS: the AWS CLI's test vectors and test key, the AWS documentation's public keys with
 * their fingerprints, and genuine CloudTrail signatures from the documentation. Provenance: {@code vectors/README.md}.
 */
class PublishedVectorsTest {
  static final String CLI_VECTOR = "a\nb/c\nba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\nnull";

  static byte[] resource(String name) throws IOException {
    try (InputStream in = PublishedVectorsTest.class.getResourceAsStream("/vectors/" + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void theStringToSignIsTheAwsCliUnitTestVector() throws Exception {
    byte[] sha = MessageDigest.getInstance("SHA-256").digest("abc".getBytes(StandardCharsets.US_ASCII));
    String s = Validation.stringToSign("a", "b", "c", sha, null);
    assertThat(s).isEqualTo(CLI_VECTOR);
    assertThat(s).doesNotContain("\r"); // edge 32: never the platform's line separator
  }

  @Test
  void theAwsCliTestKeyVerifiesASignatureOverTheVector() throws Exception {
    byte[] der = resource("aws-cli-sample_public_key.der");
    assertThat(der).hasSize(270);
    PublicKey key = PublicKeys.decode(der);
    assertThat(((RSAPublicKey) key).getModulus().bitLength()).isEqualTo(2048);
    byte[] signature = HexFormat.of().parseHex(new String(resource("aws-cli-string-to-sign-vector.sig"),
        StandardCharsets.US_ASCII).strip());
    assertThat(verify(key, CLI_VECTOR, signature)).isTrue();
    assertThat(verify(key, CLI_VECTOR.replace("null", "nul"), signature)).isFalse();
  }

  static boolean verify(PublicKey key, String text, byte[] signature) throws GeneralSecurityException {
    Signature s = Signature.getInstance("SHA256withRSA");
    s.initVerify(key);
    s.update(text.getBytes(StandardCharsets.UTF_8));
    return s.verify(signature);
  }

  @ParameterizedTest
  @CsvSource({
      "'{}', 44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a",
      "'{\"foo\":\"bar\"}', 7a38bf81f383f69433ad6e900d35b3e2385593f76a7b7ab5d4355b8ba41ee24b",
      "'{\"baz\":\"qux\"}', 5b1070294963f40cb5b3c7a05d3fbaf7ffe4e5d226632026e39cfeb32d349c0c"})
  void logHashesAreOverTheUncompressedContentAsInTheAwsCliFunctionalTests(String content, String hashValue)
      throws Exception {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    ContentHash hasher = new ContentHash();
    assertThat(HexFormat.of().formatHex(hasher.hash(new ByteArrayInputStream(SyntheticTrail.gzip(bytes))).sha256()))
        .isEqualTo(hashValue);
    assertThat(HexFormat.of().formatHex(hasher.hash(new ByteArrayInputStream(bytes)).sha256())).isEqualTo(hashValue);
  }

  @Test
  void theAwsDocumentationKeysHaveTheFingerprintsItPublishes() throws Exception {
    PublicKeys keys;
    try (InputStream in = PublishedVectorsTest.class.getResourceAsStream("/vectors/aws-docs-public-keys.json")) {
      keys = PublicKeys.parse(in, "aws-docs-public-keys.json");
    }
    assertThat(keys.fingerprints()).containsExactly("8eba5db5bea9b640d1c96a77256fe7f2",
        "8933b39ddc64d26d8e14ffbf6566fee4", "31e8b5433410dfb61a9dc45cc65b22ff", "7f3f401420072e50a65a141430817ab3");
    for (String f : keys.fingerprints()) {
      assertThat(keys.find("us-east-1", f, Instant.EPOCH)).get().isInstanceOf(RSAPublicKey.class);
    }
  }

  @Test
  void aKeyFileWhoseFingerprintIsNotTheMd5OfItsValueIsRefused() {
    String json = "{\"PublicKeyList\":[{\"Value\":\"" + java.util.Base64.getEncoder().encodeToString(
        SyntheticTrail.pkcs1(SyntheticTrail.KEY)) + "\",\"Fingerprint\":\"8eba5db5bea9b640d1c96a77256fe7f2\"}]}";
    assertThatThrownBy(() -> PublicKeys.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "k"))
        .isInstanceOf(IOException.class).hasMessageContaining("says fingerprint 8eba5db5bea9b640d1c96a77256fe7f2");
  }

  /**
   * The documentation's digest samples carry genuine signatures made with its SPKI key {@code 31e8b543...}: the RSA
   * public operation recovers PKCS#1 v1.5 padding around a SHA-256 DigestInfo.
   */
  @Test
  void theDocumentationsSpkiKeyOpensGenuineCloudTrailSignatures() throws Exception {
    PublicKeys keys;
    try (InputStream in = PublishedVectorsTest.class.getResourceAsStream("/vectors/aws-docs-public-keys.json")) {
      keys = PublicKeys.parse(in, "aws-docs-public-keys.json");
    }
    RSAPublicKey key = (RSAPublicKey) keys.find("us-east-2", "31e8b5433410dfb61a9dc45cc65b22ff", Instant.EPOCH)
        .orElseThrow();
    List<String> signatures = new String(resource("aws-docs-previous-signatures.txt"), StandardCharsets.US_ASCII)
        .lines().toList();
    byte[] digestInfo = HexFormat.of().parseHex("3031300d060960864801650304020105000420");
    List<String> recovered = signatures.stream().map(s -> {
      byte[] em = new BigInteger(1, HexFormat.of().parseHex(s)).modPow(key.getPublicExponent(), key.getModulus())
          .toByteArray(); // leading 0x00 dropped by BigInteger: em starts 01 ff ...
      assertThat(em[0]).isEqualTo((byte) 1);
      int zero = 1;
      while (em[zero] == (byte) 0xff) {
        zero++;
      }
      assertThat(em[zero]).isZero();
      assertThat(Arrays.copyOfRange(em, zero + 1, zero + 1 + digestInfo.length)).isEqualTo(digestInfo);
      return HexFormat.of().formatHex(Arrays.copyOfRange(em, zero + 1 + digestInfo.length, em.length));
    }).toList();
    assertThat(recovered).containsExactly("4cdaa85fddf1a1a032e5fca5d16d104d1b03f2b31641eff267d877264a44c570",
        "eb6fb72c4f3302de4b4a4693658e3a7bf1d464330eb80399500fe11bf1b7ab00");
  }
}
