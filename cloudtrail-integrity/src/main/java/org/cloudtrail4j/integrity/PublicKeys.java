package org.cloudtrail4j.integrity;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.cloudtrail4j.integrity.internal.Hex;
import org.cloudtrail4j.integrity.internal.RsaKeys;

/**
 * Public keys held in memory, by fingerprint: read from the JSON that {@code aws cloudtrail list-public-keys} prints,
 * or given as DER bytes (as AWS SDKs return them). Immutable and thread-safe.
 *
 * <p>CloudTrail's key {@code Value} is DER PKCS#1 {@code RSAPublicKey}; X.509 {@code SubjectPublicKeyInfo} is
 * accepted too (the AWS documentation shows a key in that form). A key's fingerprint is the lower-case hex MD5 of its
 * DER bytes; a key file whose {@code Fingerprint} disagrees with its {@code Value} is refused. Keys are not tied to a
 * region here: fingerprints do not repeat, and a file normally holds the keys of the region it was listed in.
 *
 * <pre>{@code
 * // aws cloudtrail list-public-keys --region us-east-1 --start-time 2026-01-01 > us-east-1-keys.json
 * PublicKeys keys = PublicKeys.read(Path.of("us-east-1-keys.json"));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PublicKeys implements PublicKeySource {
  private static final JsonFactory JSON = new JsonFactory();

  private final Map<String, byte[]> byFingerprint;
  /** Keys decoded so far: one per digest otherwise, as every digest of a trail names the same few keys. */
  private final Map<String, PublicKey> decodedByFingerprint = new ConcurrentHashMap<>();

  private PublicKeys(Map<String, byte[]> byFingerprint) {
    this.byFingerprint = Collections.unmodifiableMap(byFingerprint);
  }

  /**
   * Reads key files saved from {@code aws cloudtrail list-public-keys} (a {@code PublicKeyList} array of
   * {@code {Value, Fingerprint, ValidityStartTime, ValidityEndTime}} with {@code Value} in base64).
   *
   * @param files one or more key files, for example one per region
   * @return the keys of all files
   * @throws IOException if a file cannot be read, is not such JSON, or lists a fingerprint its value does not have
   */
  public static PublicKeys read(Path... files) throws IOException {
    Map<String, byte[]> keys = new LinkedHashMap<>();
    for (Path file : files) {
      try (InputStream in = Files.newInputStream(file)) {
        keys.putAll(parse(in, file.toString()).byFingerprint);
      }
    }
    return new PublicKeys(keys);
  }

  /**
   * Parses the JSON that {@code aws cloudtrail list-public-keys} prints.
   *
   * @param json the JSON document
   * @param name what to call the document in error messages (a file name)
   * @return its keys
   * @throws IOException if it cannot be read, is not such JSON, or lists a fingerprint its value does not have
   */
  public static PublicKeys parse(InputStream json, String name) throws IOException {
    Map<String, byte[]> keys = new LinkedHashMap<>();
    try (JsonParser p = JSON.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException(name + ": not the output of list-public-keys (no JSON object)");
      }
      boolean sawList = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = p.nextToken();
        if (!"PublicKeyList".equals(field)) {
          p.skipChildren();
          continue;
        }
        if (t != JsonToken.START_ARRAY) {
          throw new IOException(name + ": PublicKeyList is not an array");
        }
        sawList = true;
        int index = 0;
        while (p.nextToken() == JsonToken.START_OBJECT) {
          String value = null;
          String fingerprint = null;
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String member = p.currentName();
            p.nextToken();
            if ("Value".equals(member) && p.currentToken() == JsonToken.VALUE_STRING) {
              value = p.getText();
            } else if ("Fingerprint".equals(member) && p.currentToken() == JsonToken.VALUE_STRING) {
              fingerprint = p.getText();
            } else {
              p.skipChildren();
            }
          }
          if (value == null) {
            throw new IOException(name + ": PublicKeyList[" + index + "] has no Value");
          }
          byte[] der;
          try {
            der = Base64.getMimeDecoder().decode(value);
          } catch (IllegalArgumentException e) {
            throw new IOException(name + ": PublicKeyList[" + index + "].Value is not base64", e);
          }
          String actual = fingerprint(der);
          if (fingerprint != null && !fingerprint.equalsIgnoreCase(actual)) {
            throw new IOException(name + ": PublicKeyList[" + index + "] says fingerprint " + fingerprint
                + " but its Value has fingerprint " + actual + " (MD5 of the DER bytes)");
          }
          keys.put(actual, der);
          index++;
        }
      }
      if (!sawList) {
        throw new IOException(name + ": not the output of list-public-keys (no PublicKeyList)");
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException(name + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
    return new PublicKeys(keys);
  }

  /**
   * Keys given as DER bytes (PKCS#1 or SubjectPublicKeyInfo), as an AWS SDK's {@code PublicKey.value()} returns
   * them: already decoded, not base64.
   *
   * @param derKeys the keys' DER bytes
   * @return the keys, by the MD5 fingerprint of their bytes
   */
  public static PublicKeys of(byte[]... derKeys) {
    Map<String, byte[]> keys = new LinkedHashMap<>();
    for (byte[] der : derKeys) {
      keys.put(fingerprint(der), der.clone());
    }
    return new PublicKeys(keys);
  }

  /**
   * A key's fingerprint as CloudTrail prints it: the lower-case hex MD5 of its DER bytes (observed on every key AWS
   * publishes; not documented by AWS).
   *
   * @param der the key's DER bytes
   * @return 32 lower-case hex characters
   */
  public static String fingerprint(byte[] der) {
    try {
      return Hex.encode(MessageDigest.getInstance("MD5").digest(der));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has MD5", e);
    }
  }

  /**
   * Decodes DER bytes as an RSA public key: PKCS#1 {@code RSAPublicKey} (CloudTrail's form) or X.509
   * {@code SubjectPublicKeyInfo}.
   *
   * @param der the key's DER bytes
   * @return the key
   * @throws GeneralSecurityException if the bytes are neither form of an RSA public key
   */
  public static PublicKey decode(byte[] der) throws GeneralSecurityException {
    return RsaKeys.decode(der);
  }

  /**
   * The fingerprints of the keys held.
   *
   * @return the fingerprints, in the order the keys were read
   */
  public Set<String> fingerprints() {
    return byFingerprint.keySet();
  }

  /**
   * The key with the fingerprint, whatever the region and time.
   *
   * @param region ignored: see the class description
   * @param fingerprint the digest's fingerprint
   * @param signedAt ignored: keys are matched by fingerprint only
   * @return the key, or empty when none has the fingerprint
   * @throws GeneralSecurityException if the key's bytes are not an RSA public key
   */
  @Override
  public Optional<PublicKey> find(String region, String fingerprint, Instant signedAt)
      throws GeneralSecurityException {
    String f = fingerprint.toLowerCase(java.util.Locale.ROOT);
    PublicKey decoded = decodedByFingerprint.get(f);
    if (decoded != null) {
      return Optional.of(decoded);
    }
    byte[] der = byFingerprint.get(f);
    if (der == null) {
      return Optional.empty();
    }
    PublicKey key = RsaKeys.decode(der);
    decodedByFingerprint.putIfAbsent(f, key);
    return Optional.of(key);
  }

  @Override
  public String toString() {
    return "PublicKeys" + byFingerprint.keySet();
  }
}
