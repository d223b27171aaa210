package org.cloudtrail4j.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * The S3 source's memory bound, end to end: S3Proxy runs in a process of its own over its filesystem store (an
 * in-memory store, or a server in the reader's JVM, would hold the data in the heap being measured), a 2 GiB log file
 * and three of 32 MiB are generated and uploaded as a stream (multipart, one 64 MiB part in memory at a time), and a
 * reader JVM with {@code -Xmx128m} reads the bucket through {@link S3LogSource} with four concurrent GETs and must see
 * every record of every object, in order, once.
 *
 * <p>The logs are gzip files whose deflate blocks are stored, not compressed: what is measured is the size on the
 * server, on the wire and through gunzip, all 2 GiB and so past {@code Integer.MAX_VALUE} bytes in one object;
 * compressing would spend the build's two cores on deflate and turn 2 GiB in S3 into 20 GiB to parse.
 */
class TwoGigabytesIT {
  private static final long BIG = 2L << 30;
  private static final long SMALL = 32L << 20;
  private static final int PART = 64 << 20;
  private static final String PREFIX = "AWSLogs/111122223333/CloudTrail/eu-west-1/2024/03/01/"
      + "111122223333_CloudTrail_eu-west-1_20240301T";

  @TempDir
  static Path store;
  private static Process server;
  private static URI endpoint;

  @BeforeAll
  static void startServerProcess() throws Exception {
    server = java("-Xmx256m", StandaloneS3Proxy.class.getName(), store.toString());
    BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    assertThat(line).as("S3Proxy's first line").startsWith("PORT ");
    endpoint = URI.create("http://127.0.0.1:" + line.substring(5));
  }

  @AfterAll
  static void stopServerProcess() throws Exception {
    if (server != null) {
      server.getOutputStream().close();
      if (!server.waitFor(30, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  private static Process java(String heap, String mainClass, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        heap, "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"), mainClass));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }

  @Test
  void twoGigabytesOfLogsReadThroughA128MegabyteHeap() throws Exception {
    long t0 = System.nanoTime();
    List<String> expected = new ArrayList<>();
    try (S3Client s3 = S3Server.client(endpoint)) {
      s3.createBucket(b -> b.bucket("big"));
      expected.add("big " + upload(s3, "big", PREFIX + "0005Z_big.json.gz", "big", BIG));
      for (int k = 1; k <= 3; k++) {
        expected.add("s" + k + " " + upload(s3, "big", PREFIX + "00" + k + "5Z_s" + k + ".json.gz", "s" + k, SMALL));
      }
    }
    long stored;
    try (Stream<Path> files = Files.walk(store)) {
      stored = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).max().orElse(0);
    }
    assertThat(stored).as("the largest object on the server's disk").isGreaterThan(BIG);
    long t1 = System.nanoTime();

    Process reader = java("-Xmx128m", TwoGigabyteReader.class.getName(), endpoint.toString(), "big");
    List<String> lines;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(reader.getInputStream(),
        StandardCharsets.UTF_8))) {
      lines = out.lines().collect(Collectors.toList());
    }
    assertThat(reader.waitFor(10, TimeUnit.MINUTES)).isTrue();
    System.out.printf("generated and uploaded in %.1f s; read: %s%n", (t1 - t0) / 1e9,
        lines.isEmpty() ? "-" : lines.get(lines.size() - 1));
    assertThat(reader.exitValue()).as("the reader JVM's exit status; its output: %s", lines).isZero();
    assertThat(lines.stream().filter(l -> l.startsWith("RECORDS ")).map(l -> l.substring(8)))
        .containsExactlyElementsOf(expected.stream().sorted(Comparator.naturalOrder()).collect(Collectors.toList()));
    assertThat(lines.get(lines.size() - 1)).startsWith("DONE");
  }

  /**
   * Generates a log of at least {@code bytes} bytes whose event ids are {@code object-0, object-1, ...} and uploads it
   * as it is written; returns the number of records.
   */
  private static long upload(S3Client s3, String bucket, String key, String object, long bytes) throws IOException {
    String upload = s3.createMultipartUpload(b -> b.bucket(bucket).key(key)).uploadId();
    Parts parts = new Parts(s3, bucket, key, upload);
    long records = 0;
    try (GZIPOutputStream gz = new GZIPOutputStream(parts, 1 << 16) {
      {
        def.setLevel(Deflater.NO_COMPRESSION);
      }
    }) {
      gz.write("{\"Records\":[".getBytes(StandardCharsets.US_ASCII));
      StringBuilder s = new StringBuilder(1024);
      while (parts.written < bytes) {
        s.setLength(0);
        record(s.append(records == 0 ? "" : ","), object, records++);
        gz.write(s.toString().getBytes(StandardCharsets.US_ASCII));
      }
      gz.write("]}".getBytes(StandardCharsets.US_ASCII));
    }
    s3.completeMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(upload)
        .multipartUpload(m -> m.parts(parts.done)));
    return records;
  }

  /** A record of about 1 KB, as CloudTrail writes an S3 data event. */
  private static void record(StringBuilder s, String object, long i) {
    s.append("{\"eventVersion\":\"1.09\",\"userIdentity\":{\"type\":\"AssumedRole\",\"principalId\":"
        + "\"AROAEXAMPLEID:etl\",\"arn\":\"arn:aws:sts::111122223333:assumed-role/etl/etl\",\"accountId\":"
        + "\"111122223333\",\"sessionContext\":{\"attributes\":{\"creationDate\":\"2024-03-01T00:00:00Z\","
        + "\"mfaAuthenticated\":\"false\"}}},\"eventTime\":\"2024-03-01T00:0").append(i % 5).append(":")
        .append(10 + i % 50).append("Z\",\"eventSource\":\"s3.amazonaws.com\",\"eventName\":\"GetObject\","
            + "\"awsRegion\":\"eu-west-1\",\"sourceIPAddress\":\"10.0.").append(i % 256).append(".7\",\"userAgent\":"
            + "\"[aws-sdk-java/2.25.1 Linux/6.1 OpenJDK_64-Bit_Server_VM/21 Java/21 vendor/Amazon.com_Inc. "
            + "md/internal exec-env/AWS_ECS_FARGATE io/sync http/Apache cfg/retry-mode/standard]\","
            + "\"requestParameters\":{\"bucketName\":\"data-lake\",\"Host\":\"data-lake.s3.eu-west-1.amazonaws.com\","
            + "\"key\":\"raw/2024/03/01/part-").append(Long.toHexString(i * 0x9E3779B97F4A7C15L)).append(".parquet\"},"
            + "\"responseElements\":null,\"additionalEventData\":{\"SignatureVersion\":\"SigV4\",\"CipherSuite\":"
            + "\"TLS_AES_128_GCM_SHA256\",\"bytesTransferredIn\":0,\"bytesTransferredOut\":").append(i % 100_000)
        .append(",\"AuthenticationMethod\":\"AuthHeader\",\"x-amz-id-2\":\"").append(Long.toHexString(i * 31L + 7))
        .append("\"},\"requestID\":\"").append(Long.toHexString(i ^ 0x5DEECE66DL)).append("\",\"eventID\":\"")
        .append(object).append('-').append(i).append("\",\"readOnly\":true,\"resources\":[{\"type\":"
            + "\"AWS::S3::Object\",\"ARN\":\"arn:aws:s3:::data-lake/raw/2024/03/01/part\"},{\"accountId\":"
            + "\"111122223333\",\"type\":\"AWS::S3::Bucket\",\"ARN\":\"arn:aws:s3:::data-lake\"}],\"eventType\":"
            + "\"AwsApiCall\",\"managementEvent\":false,\"recipientAccountId\":\"111122223333\",\"eventCategory\":"
            + "\"Data\",\"tlsDetails\":{\"tlsVersion\":\"TLSv1.3\",\"cipherSuite\":\"TLS_AES_128_GCM_SHA256\","
            + "\"clientProvidedHostHeader\":\"data-lake.s3.eu-west-1.amazonaws.com\"}}");
  }

  /** The multipart upload as an output stream: one part in memory, sent when full. */
  private static final class Parts extends OutputStream {
    private final S3Client s3;
    private final String bucket;
    private final String key;
    private final String upload;
    private final byte[] part = new byte[PART];
    private int filled;
    final List<CompletedPart> done = new ArrayList<>();
    long written;

    Parts(S3Client s3, String bucket, String key, String upload) {
      this.s3 = s3;
      this.bucket = bucket;
      this.key = key;
      this.upload = upload;
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      while (len > 0) {
        int n = Math.min(len, part.length - filled);
        System.arraycopy(b, off, part, filled, n);
        filled += n;
        written += n;
        off += n;
        len -= n;
        if (filled == part.length) {
          send();
        }
      }
    }

    private void send() {
      int number = done.size() + 1;
      int length = filled;
      String etag = s3.uploadPart(b -> b.bucket(bucket).key(key).uploadId(upload).partNumber(number),
          RequestBody.fromContentProvider(() -> new ByteArrayInputStream(part, 0, length), length,
              "application/octet-stream")).eTag();
      done.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
      filled = 0;
    }

    @Override
    public void close() {
      if (filled > 0 || done.isEmpty()) {
        send();
      }
    }
  }
}
