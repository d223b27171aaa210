package org.cloudtrail4j.integrity;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Optional;

/**
 * Finds the public key CloudTrail used to sign a digest. {@link PublicKeys} reads keys saved from
 * {@code aws cloudtrail list-public-keys}; an online implementation calls CloudTrail's {@code ListPublicKeys} in the
 * region the digest was delivered from. Implementations must be safe for concurrent use.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface PublicKeySource {
  /**
   * The key with the given fingerprint. Keys are matched by fingerprint only, never rejected because the signing
   * time falls outside the key's published validity window (CloudTrail signs outside it).
   *
   * @param region the region the digest was delivered from (its key's region)
   * @param fingerprint the digest's {@code digestPublicKeyFingerprint}, lower-case hex
   * @param signedAt about when the digest was signed: its {@code digestEndTime}, or a backfill digest's generation
   *     time; a source that lists keys by time queries around it
   * @return the key, or empty when none has the fingerprint
   * @throws GeneralSecurityException if the key was found but cannot be loaded as an RSA public key
   * @throws IOException if the key source cannot be read
   */
  Optional<PublicKey> find(String region, String fingerprint, Instant signedAt)
      throws IOException, GeneralSecurityException;
}
