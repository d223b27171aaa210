package org.cloudtrail4j.integrity;

/**
 * Why a digest file or a log file passed or failed validation. A closed set: every result carries exactly one.
 *
 * <p>{@link #VALID} and {@link #UNVERIFIED} are not failures; every other value is. The AWS CLI's
 * {@code validate-logs} message for each status is given by {@link DigestResult#message()} and
 * {@link LogFileResult#message()}.
 *
 * @since 0.1.0
 */
public enum ValidationStatus {
  /** Digest: well formed, signature verified, links consistent. Log file: its hash matches a verified digest. */
  VALID,
  /**
   * Digest only: well formed, but its signature is not available offline (the newest digest of a chain without a
   * saved signature, or a digest whose newer neighbour could not vouch for it), so nothing it says is proven.
   */
  UNVERIFIED,
  /** Log file only: the SHA-256 of its uncompressed content is not the one its digest lists. */
  HASH_MISMATCH,
  /** The object does not exist: a digest a newer digest links to, or a log file a digest lists. */
  NOT_FOUND,
  /** Digest only: its {@code digestS3Bucket}/{@code digestS3Object} are not where it was read from. */
  MOVED,
  /** Digest only: the RSA signature over the string to sign does not verify with the named public key. */
  SIGNATURE_FAILED,
  /** Digest only: no public key with the digest's fingerprint is known, or the key cannot be loaded. */
  UNKNOWN_KEY,
  /**
   * Digest only: a verified newer digest links to this one, and this one's hash, signature or location is not what
   * the link says (the digest was replaced, or its saved signature was).
   */
  CHAIN_BROKEN,
  /** Digest only: a verified newer digest links to this one, but the windows do not meet (start != end). */
  TIME_GAP,
  /** Log file only: present in the tree, but no verified (or unverified) digest lists it. */
  NOT_COVERED,
  /** A hash or signature algorithm other than {@code SHA-256} / {@code SHA256withRSA} is named. */
  UNSUPPORTED_ALGORITHM,
  /** Digest: a referenced log file or the account is outside the digest's own account and region. */
  OUT_OF_SCOPE,
  /** Not gzip or JSON as expected, a required member is missing, or bytes follow the end of a log's gzip stream. */
  INVALID_FORMAT,
  /** The object exists but could not be read (permissions, I/O error, decryption); reported, and the walk goes on. */
  UNREADABLE;

  /**
   * Whether this status means the trail failed validation.
   *
   * @return false for {@link #VALID} and {@link #UNVERIFIED}, true otherwise
   */
  public boolean failure() {
    return this != VALID && this != UNVERIFIED;
  }
}
