package org.cloudtrail4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.cloudtrail4j.integrity.testing.ListPublicKeysEndpoint;
import org.cloudtrail4j.testservers.S3ProxyServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code cloudtrail validate} against S3: the samples in S3Proxy (started by this test on loopback), the signed
 * digest with its signature as {@code x-amz-meta-signature}, and the sample key served by a local endpoint that
 * answers CloudTrail's {@code ListPublicKeys}. The lines and exit status are those of the local mode.
 */
class ValidateS3CommandIT {
  static final String BUCKET = "amzn-s3-demo-bucket"; // the bucket the sample digest names
  static final Map<String, String> ENV = Map.of("AWS_ACCESS_KEY_ID", "access", "AWS_SECRET_ACCESS_KEY", "secret",
      "AWS_REGION", "us-east-1", "AWS_CONFIG_FILE", "/nonexistent", "AWS_SHARED_CREDENTIALS_FILE", "/nonexistent");
  private static S3ProxyServer proxy;
  private static S3Client s3;
  private static ListPublicKeysEndpoint cloudTrail;
  private static String endpoint;

  @BeforeAll
  static void start() throws Exception {
    proxy = S3ProxyServer.inMemory("access", "secret");
    endpoint = proxy.endpoint().toString();
    s3 = S3Client.builder().endpointOverride(URI.create(endpoint)).forcePathStyle(true).region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("access", "secret")))
        .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    s3.createBucket(b -> b.bucket(BUCKET));
    Path samples = CliProcess.SAMPLES;
    try (Stream<Path> walk = Files.walk(samples.resolve("AWSLogs"))) {
      for (Path f : walk.filter(Files::isRegularFile).collect(Collectors.toList())) {
        String key = samples.relativize(f).toString().replace('\\', '/');
        if (key.endsWith(".sig")) {
          continue;
        }
        Path sig = f.resolveSibling(f.getFileName() + ".sig");
        Map<String, String> meta = Files.exists(sig) ? Map.of("signature", Files.readString(sig).strip(),
            "signature-algorithm", "SHA256withRSA") : Map.of();
        s3.putObject(p -> p.bucket(BUCKET).key(key).metadata(meta), RequestBody.fromFile(f));
      }
    }
    // the sample key, as CloudTrail would list it in us-west-2, the region the sample digest was delivered from
    Matcher value = Pattern.compile("\"Value\"\\s*:\\s*\"([^\"]+)\"")
        .matcher(Files.readString(samples.resolve("public-keys.json")));
    assertThat(value.find()).isTrue();
    cloudTrail = ListPublicKeysEndpoint.start().serve(new ListPublicKeysEndpoint.Key("us-west-2",
        Base64.getDecoder().decode(value.group(1)), Instant.parse("2019-01-01T00:00:00Z"),
        Instant.parse("2019-12-31T00:00:00Z")));
  }

  @AfterAll
  static void stop() throws Exception {
    cloudTrail.close();
    s3.close();
    proxy.close();
  }

  @BeforeEach
  void forget() {
    cloudTrail.requests.clear();
  }

  static String[] args(String... more) {
    return Stream.concat(Stream.of("validate", "--endpoint-url", endpoint, "--cloudtrail-endpoint-url",
        cloudTrail.endpoint().toString()), Stream.concat(Stream.of(more), Stream.of(ValidateCommandIT.RANGE)))
        .toArray(String[]::new);
  }

  @Test
  void theSamplesInS3ValidateAsTheLocalTreeWithKeysFromListPublicKeys() {
    CliProcess.Result local = CliProcess.run(Stream.concat(Stream.of("validate", "--verbose", "--public-keys",
        "samples/public-keys.json", "samples"), Stream.of(ValidateCommandIT.RANGE)).toArray(String[]::new));
    CliProcess.Result r = CliProcess.runWith(ENV, args("--verbose", "s3://" + BUCKET));

    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.stderr).isEmpty();
    assertThat(r.lines().get(0)).isEqualTo("Validating log files in s3://" + BUCKET + "/ between "
        + "2019-02-01T03:00:00Z and 2019-02-01T04:00:00Z");
    assertThat(r.lines().subList(1, r.lines().size())).isEqualTo(local.lines().subList(1, local.lines().size()));
    assertThat(r.stdout).contains("Digest file\t" + ValidateCommandIT.DIGEST + "\tvalid\n")
        .endsWith("\n1/1 digest files valid\n1/1 log files valid\n");
    // one ListPublicKeys, in the digest's region, for the range and two hours past its end
    assertThat(cloudTrail.requests).singleElement().satisfies(q -> {
      assertThat(q.region()).isEqualTo("us-west-2");
      assertThat(q.start()).isEqualTo(Instant.parse("2019-02-01T03:00:00Z"));
      assertThat(q.end()).isEqualTo(Instant.parse("2019-02-01T06:00:00Z"));
    });
  }

  @Test
  void theAwsCliFormWithS3BucketAndAKeyFileAsksCloudTrailNothing() {
    CliProcess.Result r = CliProcess.runWith(ENV, args("--s3-bucket", BUCKET, "--public-keys",
        CliProcess.SAMPLES.resolve("public-keys.json").toString()));

    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.stdout).endsWith("\n1/1 digest files valid\n1/1 log files valid\n");
    assertThat(cloudTrail.requests).isEmpty();
  }

  @Test
  void aLogChangedInS3IsReportedWithItsUriAndExitStatusOne() throws IOException {
    String key = ValidateCommandIT.LOG_KEY;
    byte[] original = s3.getObjectAsBytes(g -> g.bucket(BUCKET).key(key)).asByteArray();
    byte[] content;
    try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(original))) {
      content = in.readAllBytes();
    }
    content[content.length / 2] ^= 1;
    java.io.ByteArrayOutputStream changed = new java.io.ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(changed)) {
      out.write(content);
    }
    s3.putObject(p -> p.bucket(BUCKET).key(key), RequestBody.fromBytes(changed.toByteArray()));
    try {
      CliProcess.Result r = CliProcess.runWith(ENV, args("s3://" + BUCKET));

      assertThat(r.exitCode).as(r.toString()).isEqualTo(1);
      assertThat(r.stderr).isEqualTo("Log file\ts3://" + BUCKET + "/" + key
          + "\tINVALID: hash value doesn't match\n\n");
      assertThat(r.stdout).endsWith("\n1/1 digest files valid\n0/1 log files valid, 1/1 log files INVALID\n");
    } finally {
      s3.putObject(p -> p.bucket(BUCKET).key(key), RequestBody.fromBytes(original));
    }
  }

  @Test
  void aBucketThatDoesNotExistIsAnIoErrorNamingIt() {
    CliProcess.Result r = CliProcess.runWith(ENV, args("s3://no-such-bucket/logs"));

    assertThat(r.exitCode).as(r.toString()).isEqualTo(3);
    assertThat(r.stderr).startsWith("cloudtrail validate: ").contains("s3://no-such-bucket/logs/");
  }
}
