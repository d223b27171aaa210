package org.cloudtrail4j.parser.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * A generated trail in CloudTrail's layout, deterministic: two accounts, three regions, a run of days, two files a day
 * per account and region (delivered at 00:10 and 12:10 UTC). The 00:10 file holds a record of the previous day
 * (23:59:30, delivered late) and one of its own day; the 12:10 file holds one record at 12:02. Beside it: a digest
 * folder, an Insights folder and AWS Config files, which a walk must skip.
 */
final class TrailTree {
  static final List<String> ACCOUNTS = List.of("111122223333", "444455556666");
  static final List<String> REGIONS = List.of("ap-south-1", "eu-west-1", "us-east-1");
  private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");

  private TrailTree() {}

  /** Writes the tree under {@code root}; returns the number of log files written. */
  static int write(Path root, LocalDate first, int days) {
    int files = 0;
    try {
      for (String account : ACCOUNTS) {
        Path acct = root.resolve("AWSLogs").resolve(account);
        for (String region : REGIONS) {
          for (int d = 0; d < days; d++) {
            LocalDate day = first.plusDays(d);
            Path dir = Files.createDirectories(acct.resolve("CloudTrail").resolve(region).resolve(DAY.format(day)));
            Instant midnight = day.atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant morning = midnight.plusSeconds(600);
            Instant noon = midnight.plusSeconds(12 * 3600 + 600);
            write(dir, account, region, morning, record(account, region, midnight.minusSeconds(30)),
                record(account, region, midnight.plusSeconds(300)));
            write(dir, account, region, noon, record(account, region, noon.minusSeconds(480)));
            files += 2;
          }
        }
        Path digest = Files.createDirectories(acct.resolve("CloudTrail-Digest/eu-west-1").resolve(DAY.format(first)));
        Files.writeString(digest.resolve(account + "_CloudTrail-Digest_eu-west-1_trail_eu-west-1_"
            + NAME.format(first.atStartOfDay(ZoneOffset.UTC)).replace("Z", "00Z") + ".json.gz"), "{}");
        Path insight = Files.createDirectories(acct.resolve("CloudTrail-Insight/eu-west-1").resolve(DAY.format(first)));
        write(insight, account, "eu-west-1", first.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(900),
            record(account, "eu-west-1", first.atStartOfDay(ZoneOffset.UTC).toInstant()));
        Path config = Files.createDirectories(acct.resolve("Config/eu-west-1/2024/1/5/ConfigHistory"));
        Files.writeString(config.resolve(account + "_Config_eu-west-1_ConfigHistory_AWS::S3::Bucket_20240105T000000Z"
            + "_20240105T010000Z_1.json"), "{\"fileVersion\":\"1.0\",\"configurationItems\":[]}");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  static String record(String account, String region, Instant time) {
    return "{\"eventVersion\":\"1.08\",\"eventTime\":\"" + time + "\",\"eventSource\":\"ec2.amazonaws.com\","
        + "\"eventName\":\"DescribeInstances\",\"awsRegion\":\"" + region + "\",\"eventID\":\"" + account + "/"
        + region + "/" + time + "\",\"recipientAccountId\":\"" + account + "\"}";
  }

  private static void write(Path dir, String account, String region, Instant delivered, String... records)
      throws IOException {
    String name = account + "_CloudTrail_" + region + "_" + NAME.format(delivered) + "_" + Integer.toHexString(
        (account + region + delivered).hashCode()) + ".json.gz";
    Files.write(dir.resolve(name), gzip("{\"Records\":[" + String.join(",", records) + "]}"));
  }

  private static byte[] gzip(String s) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(s.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
