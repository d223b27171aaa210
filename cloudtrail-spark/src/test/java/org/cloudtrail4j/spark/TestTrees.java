package org.cloudtrail4j.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes small log trees in CloudTrail's delivery layout, for cases no real file shows. */
final class TestTrees {
  private TestTrees() {}

  /** Writes {@code {"Records":[records...]}} gzipped under root's AWSLogs layout and returns the file. */
  static Path write(Path root, String account, String region, String day, String name, String... records) {
    Path dir = root.resolve("AWSLogs").resolve(account).resolve("CloudTrail").resolve(region)
        .resolve(day.replace('-', '/'));
    Path file = dir.resolve(account + "_CloudTrail_" + region + "_" + day.replace("-", "") + "T0000Z_" + name
        + ".json.gz");
    try {
      Files.createDirectories(dir);
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
        out.write(("{\"Records\":[" + String.join(",", records) + "]}").getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** A minimal management event. */
  static String record(String eventTime, String source, String name, String requestParameters) {
    return "{\"eventVersion\":\"1.08\",\"userIdentity\":{\"type\":\"AssumedRole\",\"arn\":"
        + "\"arn:aws:sts::123456789012:assumed-role/ops/alice\",\"accountId\":\"123456789012\"},"
        + "\"eventTime\":\"" + eventTime + "\",\"eventSource\":\"" + source + "\",\"eventName\":\"" + name
        + "\",\"awsRegion\":\"us-east-1\",\"sourceIPAddress\":\"192.0.2.1\",\"userAgent\":\"aws-cli/2\","
        + "\"requestParameters\":" + requestParameters + ",\"responseElements\":null,"
        + "\"eventID\":\"" + java.util.UUID.nameUUIDFromBytes((eventTime + name).getBytes(StandardCharsets.UTF_8))
        + "\",\"readOnly\":false,\"eventType\":\"AwsApiCall\",\"managementEvent\":true,"
        + "\"recipientAccountId\":\"123456789012\",\"eventCategory\":\"Management\"}";
  }
}
