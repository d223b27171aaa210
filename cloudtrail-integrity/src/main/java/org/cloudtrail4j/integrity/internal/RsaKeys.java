package org.cloudtrail4j.integrity.internal;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;

/**
 * RSA public keys from DER without BouncyCastle. PKCS#1 {@code RSAPublicKey ::= SEQUENCE { modulus INTEGER,
 * publicExponent INTEGER }} is read by hand; X.509 {@code SubjectPublicKeyInfo} (whose first element is the
 * algorithm SEQUENCE, not an INTEGER) goes to the JDK's {@link X509EncodedKeySpec}.
 */
public final class RsaKeys {
  private RsaKeys() {}

  /** The RSA public key in the DER bytes, PKCS#1 or SPKI. */
  public static PublicKey decode(byte[] der) throws GeneralSecurityException {
    KeyFactory rsa = KeyFactory.getInstance("RSA");
    int[] pos = {0};
    int seqLen = header(der, pos, 0x30);
    if (pos[0] + seqLen != der.length) {
      throw new InvalidKeySpecException("not a DER RSA public key: " + (der.length - pos[0] - seqLen)
          + " bytes after the outer SEQUENCE");
    }
    if (pos[0] < der.length && der[pos[0]] == 0x30) {
      return rsa.generatePublic(new X509EncodedKeySpec(der));
    }
    BigInteger modulus = integer(der, pos);
    BigInteger exponent = integer(der, pos);
    if (pos[0] != der.length || modulus.signum() <= 0 || exponent.signum() <= 0) {
      throw new InvalidKeySpecException("not a PKCS#1 RSAPublicKey");
    }
    return rsa.generatePublic(new RSAPublicKeySpec(modulus, exponent));
  }

  private static BigInteger integer(byte[] der, int[] pos) throws InvalidKeySpecException {
    int len = header(der, pos, 0x02);
    if (len == 0) {
      throw new InvalidKeySpecException("not a PKCS#1 RSAPublicKey: empty INTEGER");
    }
    byte[] value = new byte[len];
    System.arraycopy(der, pos[0], value, 0, len);
    pos[0] += len;
    return new BigInteger(value);
  }

  /** Reads a tag and a definite length at pos; returns the length, pos at the contents. */
  private static int header(byte[] der, int[] pos, int tag) throws InvalidKeySpecException {
    int p = pos[0];
    if (p + 2 > der.length || (der[p] & 0xff) != tag) {
      throw new InvalidKeySpecException("not a DER RSA public key: expected tag 0x" + Integer.toHexString(tag)
          + " at byte " + p);
    }
    int len = der[p + 1] & 0xff;
    p += 2;
    if (len >= 0x80) {
      int n = len & 0x7f;
      if (n == 0 || n > 3 || p + n > der.length) {
        throw new InvalidKeySpecException("not a DER RSA public key: bad length at byte " + (p - 1));
      }
      len = 0;
      for (int i = 0; i < n; i++) {
        len = (len << 8) | (der[p++] & 0xff);
      }
    }
    if (p + len > der.length) {
      throw new InvalidKeySpecException("not a DER RSA public key: truncated at byte " + p);
    }
    pos[0] = p;
    return len;
  }
}
