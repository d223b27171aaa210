package org.cloudtrail4j.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Adds what CloudTrail adds to a delivered trail when log-file validation is on: one digest per account, region and
 * hour, chained and signed with SHA256withRSA by an RSA-2048 key generated here, listing the SHA-256 of each log
 * file's uncompressed content. The newest digest of each chain gets its signature saved beside it ({@code .sig}).
 */
final class SignedTrail {
  static final String BUCKET = "benchmark-bucket";
  private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'");
  private static final DateTimeFormatter DIGEST_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

  private final KeyPair keyPair;

  SignedTrail() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      keyPair = g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The public key as CloudTrail's ListPublicKeys returns it: PKCS#1 DER (the SPKI encoding minus its header). */
  byte[] publicKeyPkcs1() {
    byte[] spki = keyPair.getPublic().getEncoded();
    return Arrays.copyOfRange(spki, spki.length - 270, spki.length);
  }

  /** Writes the digests for the log files (already written under {@code root}); returns how many. */
  int writeDigests(Path root, List<LogFile> logs) throws IOException, GeneralSecurityException {
    // account/region -> hour -> logs
    Map<String, TreeMap<Instant, List<LogFile>>> chains = new TreeMap<>();
    for (LogFile f : logs) {
      String[] s = f.key().split("/");
      String account = s[1];
      String region = s[3];
      String name = s[s.length - 1];
      String time = name.substring((account + "_CloudTrail_" + region + "_").length()).substring(0, 14);
      Instant delivered = LocalDateTime.parse(time, LOG_TIME).toInstant(ZoneOffset.UTC);
      chains.computeIfAbsent(account + "/" + region, k -> new TreeMap<>())
          .computeIfAbsent(delivered.truncatedTo(ChronoUnit.HOURS), k -> new ArrayList<>()).add(f);
    }
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    String fingerprint = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(publicKeyPkcs1()));
    int count = 0;
    for (Map.Entry<String, TreeMap<Instant, List<LogFile>>> chain : chains.entrySet()) {
      String account = chain.getKey().split("/")[0];
      String region = chain.getKey().split("/")[1];
      String prevKey = null;
      String prevHash = null;
      String prevSig = null;
      Instant first = chain.getValue().firstKey();
      Instant last = chain.getValue().lastKey();
      for (Instant start = first; !start.isAfter(last); start = start.plus(1, ChronoUnit.HOURS)) {
        List<LogFile> listed = chain.getValue().getOrDefault(start, List.of());
        Instant end = start.plus(1, ChronoUnit.HOURS);
        String key = "AWSLogs/" + account + "/CloudTrail-Digest/" + region + "/" + DAY.format(end) + "/" + account
            + "_CloudTrail-Digest_" + region + "_benchmark-trail_us-east-1_" + DIGEST_TIME.format(end) + ".json.gz";
        StringBuilder j = new StringBuilder(256 + listed.size() * 300);
        j.append("{\"awsAccountId\":\"").append(account).append("\",\"digestStartTime\":\"").append(start)
            .append("\",\"digestEndTime\":\"").append(end).append("\",\"digestS3Bucket\":\"").append(BUCKET)
            .append("\",\"digestS3Object\":\"").append(key).append("\",\"digestPublicKeyFingerprint\":\"")
            .append(fingerprint).append("\",\"digestSignatureAlgorithm\":\"SHA256withRSA\",");
        String times = listed.isEmpty() ? "null" : "\"" + start + "\"";
        j.append("\"newestEventTime\":").append(times).append(",\"oldestEventTime\":").append(times).append(',');
        j.append("\"previousDigestS3Bucket\":").append(quoted(prevKey == null ? null : BUCKET))
            .append(",\"previousDigestS3Object\":").append(quoted(prevKey))
            .append(",\"previousDigestHashValue\":").append(quoted(prevHash))
            .append(",\"previousDigestHashAlgorithm\":").append(quoted(prevKey == null ? null : "SHA-256"))
            .append(",\"previousDigestSignature\":").append(quoted(prevSig)).append(",\"logFiles\":[");
        for (int i = 0; i < listed.size(); i++) {
          LogFile f = listed.get(i);
          j.append(i == 0 ? "" : ",").append("{\"s3Bucket\":\"").append(BUCKET).append("\",\"s3Object\":\"")
              .append(f.key()).append("\",\"hashValue\":\"").append(HexFormat.of().formatHex(sha.digest(f.json())))
              .append("\",\"hashAlgorithm\":\"SHA-256\",\"newestEventTime\":\"").append(start)
              .append("\",\"oldestEventTime\":\"").append(start).append("\"}");
        }
        j.append("]}");
        byte[] content = j.toString().getBytes(StandardCharsets.UTF_8);
        String hash = HexFormat.of().formatHex(sha.digest(content));
        String toSign = end + "\n" + BUCKET + "/" + key + "\n" + hash + "\n" + (prevSig == null ? "null" : prevSig);
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initSign(keyPair.getPrivate());
        s.update(toSign.getBytes(StandardCharsets.UTF_8));
        String signature = HexFormat.of().formatHex(s.sign());
        Path file = root.resolve(key);
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
          out.write(content);
        }
        prevKey = key;
        prevHash = hash;
        prevSig = signature;
        count++;
        if (start.equals(last)) {
          Files.writeString(root.resolve(key + ".sig"), signature);
        }
      }
    }
    return count;
  }

  private static String quoted(String s) {
    return s == null ? "null" : "\"" + s + "\"";
  }
}
