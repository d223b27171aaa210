package org.cloudtrail4j.s3;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.parser.CloudTrailProblem;
import org.cloudtrail4j.parser.CloudTrailReader;

/**
 * The reader's side of {@link TwoGigabytesIT}, run in a JVM of its own with {@code -Xmx128m}: reads
 * {@code s3://bucket/} through {@link S3LogSource} with four concurrent GETs, checks that each object's event ids run
 * {@code <object>-0, <object>-1, ...} without a gap or a repeat, and prints {@code RECORDS <object> <count>} for each
 * object, then {@code DONE}. Any problem or break in the sequence exits with status 1.
 */
final class TwoGigabyteReader {
  private TwoGigabyteReader() {}

  /**
   * Reads the bucket.
   *
   * @param args the endpoint URL and the bucket
   */
  public static void main(String[] args) {
    Map<String, Long> next = new HashMap<>();
    long start = System.nanoTime();
    CloudTrailReader reader = CloudTrailReader.builder().parallelism(4).onProblem((CloudTrailProblem p) -> {
      System.out.println("PROBLEM " + p);
      System.exit(1);
    }).build();
    try (S3LogSource s3 = S3LogSource.builder().endpointOverride(URI.create(args[0])).forcePathStyle(true)
        .region("us-east-1").credentialsProvider(S3Server.CREDENTIALS).build();
        Stream<CloudTrailEvent> events = s3.read(reader, S3Location.of(args[1], ""))) {
      events.forEach(e -> {
        String id = e.eventID().orElse("?");
        int dash = id.lastIndexOf('-');
        String object = id.substring(0, dash);
        long n = Long.parseLong(id.substring(dash + 1));
        long expected = next.getOrDefault(object, 0L);
        if (n != expected) {
          System.out.println("SEQUENCE " + object + " expected " + expected + " got " + n);
          System.exit(1);
        }
        next.put(object, n + 1);
      });
    }
    for (Map.Entry<String, Long> c : new TreeMap<>(next).entrySet()) {
      System.out.println("RECORDS " + c.getKey() + " " + c.getValue());
    }
    System.out.printf("DONE in %.1f s, max heap %d MB%n", (System.nanoTime() - start) / 1e9,
        Runtime.getRuntime().maxMemory() >> 20);
  }
}
