package org.cloudtrail4j.integrity.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.cloudtrail4j.integrity.PublicKeys;

/**
 * Writes a trail as CloudTrail delivers it to S3, in a directory: log files, and digests chained and signed with
 * SHA256withRSA by an RSA-2048 key generated for the test run. Each digest is made as CloudTrail makes it (compact
 * JSON, the string to sign over the uncompressed bytes); tests then tamper with the result one way at a time.
 * Public, and in this module's test-jar, for the tests of the modules that validate elsewhere (cloudtrail-s3 uploads
 * such a trail to S3Proxy).
 */
public final class SyntheticTrail {
  public static final KeyPair KEY = generate();
  public static final KeyPair OTHER_KEY = generate();
  public static final DateTimeFormatter DIGEST_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);
  public static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'")
      .withZone(ZoneOffset.UTC);
  public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

  /** A log file written to the tree. */
  public record Log(String key, String sha256, String bucket) {}

  /** A digest written to the tree: its key, uncompressed bytes, and signature (hex). */
  public record Digest(String key, byte[] content, String signature, Instant start, Instant end) {
    public String sha256() {
      return sha256Hex(content);
    }
  }

  public final Path root;
  public String bucket = "amzn-s3-demo-bucket";
  public String prefix = "";
  public String org;
  public String account = "111122223333";
  public String region = "us-east-1";
  public String trail = "management-trail";
  public String home = "us-east-1";
  public boolean backfill;
  public boolean escapeSlashes;
  public boolean pretty;
  public KeyPair signer = KEY;
  public Instant clock = Instant.parse("2026-01-05T10:02:31Z");
  public Digest last;
  private int logCounter;
  public final List<Digest> digests = new ArrayList<>();

  public SyntheticTrail(Path root) {
    this.root = root;
  }

  public static KeyPair generate() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** PKCS#1 RSAPublicKey DER, as CloudTrail's ListPublicKeys returns it: the SPKI encoding minus its 24-byte header. */
  public static byte[] pkcs1(KeyPair k) {
    byte[] spki = k.getPublic().getEncoded();
    return Arrays.copyOfRange(spki, 24, spki.length);
  }

  public static String fingerprint(KeyPair k) {
    return PublicKeys.fingerprint(pkcs1(k));
  }

  public static PublicKeys keys() {
    return PublicKeys.of(pkcs1(KEY));
  }

  public String accountRoot() {
    return (prefix.isEmpty() ? "" : prefix + "/") + "AWSLogs/" + (org == null ? "" : org + "/") + account + "/";
  }

  public String digestKey(Instant end) {
    return accountRoot() + "CloudTrail-Digest/" + region + "/" + DAY.format(end) + "/" + account
        + "_CloudTrail-Digest_" + region + "_" + trail + "_" + home + "_" + DIGEST_TIME.format(end)
        + (backfill ? "_backfill" : "") + ".json.gz";
  }

  /** Writes a log file delivered at {@code delivered} holding {@code records} (a JSON array's inside). */
  public Log log(Instant delivered, String records) {
    String suffix = String.format("%016d", ++logCounter);
    String key = accountRoot() + "CloudTrail/" + region + "/" + DAY.format(delivered) + "/" + account + "_CloudTrail_"
        + region + "_" + LOG_TIME.format(delivered) + "_" + suffix + ".json.gz";
    byte[] content = ("{\"Records\":[" + records + "]}").getBytes(StandardCharsets.UTF_8);
    write(key, gzip(content));
    return new Log(key, sha256Hex(content), bucket);
  }

  /** A log file delivered a few minutes into the next hour of the clock. */
  public Log log() {
    return log(clock.plus(Duration.ofMinutes(5 + logCounter % 50)),
        "{\"eventVersion\":\"1.08\",\"eventID\":\"" + (logCounter + 1) + "\",\"eventSource\":\"s3.amazonaws.com\"}");
  }

  /** The next hourly digest, from the clock to clock + 1 h, listing the logs; advances the clock. */
  public Digest hour(Log... logs) {
    Digest d = digest(clock, clock.plus(Duration.ofHours(1)), m -> { }, logs);
    clock = d.end();
    return d;
  }

  /** As {@link #hour}, editing the digest's members before it is signed. */
  public Digest hour(Consumer<Map<String, Object>> edit, Log... logs) {
    Digest d = digest(clock, clock.plus(Duration.ofHours(1)), edit, logs);
    clock = d.end();
    return d;
  }

  /** Logging stops for a while: the next digest starts a new chain, after a hole. */
  public void restart(Duration stopped) {
    last = null;
    clock = clock.plus(stopped);
  }

  public Digest digest(Instant start, Instant end, Consumer<Map<String, Object>> edit, Log... logs) {
    String key = digestKey(end);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("awsAccountId", account);
    m.put("digestStartTime", start.toString());
    m.put("digestEndTime", end.toString());
    m.put("digestS3Bucket", bucket);
    m.put("digestS3Object", key);
    m.put("digestPublicKeyFingerprint", fingerprint(signer));
    m.put("digestSignatureAlgorithm", "SHA256withRSA");
    m.put("newestEventTime", logs.length == 0 ? null : end.minusSeconds(600).toString());
    m.put("oldestEventTime", logs.length == 0 ? null : start.minusSeconds(60).toString());
    m.put("previousDigestS3Bucket", last == null ? null : bucketOf(last));
    m.put("previousDigestS3Object", last == null ? null : last.key());
    m.put("previousDigestHashValue", last == null ? null : last.sha256());
    m.put("previousDigestHashAlgorithm", last == null ? null : "SHA-256");
    m.put("previousDigestSignature", last == null ? null : last.signature());
    List<Map<String, Object>> files = new ArrayList<>();
    for (Log l : logs) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("s3Bucket", l.bucket());
      f.put("s3Object", l.key());
      f.put("hashValue", l.sha256());
      f.put("hashAlgorithm", "SHA-256");
      f.put("newestEventTime", end.minusSeconds(600).toString());
      f.put("oldestEventTime", start.minusSeconds(60).toString());
      files.add(f);
    }
    m.put("logFiles", files);
    edit.accept(m);
    byte[] content = json(m).getBytes(StandardCharsets.UTF_8);
    String signature = sign(signer, toSign(m, content));
    write(key, gzip(content));
    Digest d = new Digest(key, content, signature, start, end);
    digestBuckets.put(key, (String) m.get("digestS3Bucket"));
    last = d;
    digests.add(d);
    return d;
  }

  private final Map<String, String> digestBuckets = new LinkedHashMap<>();

  private String bucketOf(Digest d) {
    return digestBuckets.getOrDefault(d.key(), bucket);
  }

  public static String toSign(Map<String, Object> m, byte[] content) {
    Object prev = m.get("previousDigestSignature");
    return m.get("digestEndTime") + "\n" + m.get("digestS3Bucket") + "/" + m.get("digestS3Object") + "\n"
        + sha256Hex(content) + "\n" + (prev == null ? "null" : prev);
  }

  public static String sign(KeyPair k, String toSign) {
    try {
      Signature s = Signature.getInstance("SHA256withRSA");
      s.initSign(k.getPrivate());
      s.update(toSign.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(s.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Saves a digest's signature beside it, as a user saves the S3 metadata for offline validation. */
  public void saveSignature(Digest d) {
    write(d.key() + ".sig", (d.signature() + "\n").getBytes(StandardCharsets.US_ASCII));
  }

  /** Saves head-object output as the metadata sidecar. */
  public void saveMetadata(Digest d, String metadataJsonMembers) {
    write(d.key() + ".metadata.json", ("{\"AcceptRanges\":\"bytes\",\"ContentType\":\"application/json\","
        + "\"Metadata\":{" + metadataJsonMembers + "}}").getBytes(StandardCharsets.UTF_8));
  }

  /** Writes the key file as {@code aws cloudtrail list-public-keys} prints it. */
  public Path keyFile(KeyPair... keys) {
    StringBuilder sb = new StringBuilder("{\n    \"PublicKeyList\": [");
    for (int i = 0; i < keys.length; i++) {
      byte[] der = pkcs1(keys[i]);
      sb.append(i == 0 ? "" : ",").append("\n        {\"ValidityStartTime\": 1436317441.0, ")
          .append("\"ValidityEndTime\": 1438909441.0, \"Value\": \"")
          .append(Base64.getEncoder().encodeToString(der)).append("\", \"Fingerprint\": \"")
          .append(PublicKeys.fingerprint(der)).append("\"}");
    }
    sb.append("\n    ]\n}\n");
    Path p = root.resolveSibling(root.getFileName() + "-keys.json");
    try {
      Files.writeString(p, sb.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  public Path path(String key) {
    return root.resolve(key);
  }

  public void write(String key, byte[] bytes) {
    try {
      Path p = root.resolve(key);
      Files.createDirectories(p.getParent());
      Files.write(p, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces a file's uncompressed content (re-gzipped), without re-signing anything. */
  public void rewrite(String key, java.util.function.UnaryOperator<String> edit) {
    try {
      byte[] content = gunzip(Files.readAllBytes(root.resolve(key)));
      write(key, gzip(edit.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void delete(String key) {
    try {
      Files.delete(root.resolve(key));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] gzip(byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public static byte[] gunzip(byte[] gz) throws IOException {
    try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
      return in.readAllBytes();
    }
  }

  public static String sha256Hex(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Compact JSON as CloudTrail writes it; {@code /} escaped as {@code \/} when {@link #escapeSlashes} is set. */
  public String json(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof String s) {
      StringBuilder sb = new StringBuilder("\"");
      for (char c : s.toCharArray()) {
        if (c == '"' || c == '\\') {
          sb.append('\\').append(c);
        } else if (c == '/' && escapeSlashes) {
          sb.append("\\/");
        } else {
          sb.append(c);
        }
      }
      return sb.append('"').toString();
    }
    if (v instanceof List<?> list) {
      StringBuilder sb = new StringBuilder("[");
      for (int i = 0; i < list.size(); i++) {
        sb.append(i == 0 ? "" : ",").append(json(list.get(i)));
      }
      return sb.append(']').toString();
    }
    if (v instanceof Map<?, ?> map) {
      StringBuilder sb = new StringBuilder("{");
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        sb.append(first ? "" : ",").append(pretty ? "\n  " : "").append(json(e.getKey())).append(pretty ? ": " : ":")
            .append(json(e.getValue()));
        first = false;
      }
      return sb.append('}').toString();
    }
    return String.valueOf(v);
  }
}
