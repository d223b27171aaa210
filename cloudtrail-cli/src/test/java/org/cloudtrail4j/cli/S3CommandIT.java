package org.cloudtrail4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudtrail4j.testservers.S3ProxyServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code cloudtrail ... s3://bucket/prefix} against a real S3 server (S3Proxy, started by this test on loopback) holding
 * the samples: the same output as for the local tree, credentials from the environment.
 */
class S3CommandIT {
  private static S3ProxyServer proxy;
  private static String endpoint;
  private static final Map<String, String> ENV = Map.of("AWS_ACCESS_KEY_ID", "access", "AWS_SECRET_ACCESS_KEY",
      "secret", "AWS_REGION", "us-east-1", "AWS_CONFIG_FILE", "/nonexistent", "AWS_SHARED_CREDENTIALS_FILE",
      "/nonexistent");

  @BeforeAll
  static void start() throws Exception {
    proxy = S3ProxyServer.inMemory("access", "secret");
    endpoint = proxy.endpoint().toString();
    try (S3Client s3 = S3Client.builder().endpointOverride(URI.create(endpoint)).forcePathStyle(true)
        .region(Region.US_EAST_1).credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create("access", "secret"))).httpClientBuilder(UrlConnectionHttpClient.builder())
        .build()) {
      s3.createBucket(b -> b.bucket("trail-bucket"));
      Path samples = CliProcess.SAMPLES;
      List<Path> files;
      try (Stream<Path> walk = Files.walk(samples.resolve("AWSLogs"))) {
        files = walk.filter(Files::isRegularFile).collect(Collectors.toList());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      for (Path f : files) {
        s3.putObject(p -> p.bucket("trail-bucket").key("prod/" + samples.relativize(f)), RequestBody.fromFile(f));
      }
    }
  }

  @AfterAll
  static void stop() {
    proxy.close();
  }

  @Test
  void catOfTheSamplesInS3PrintsTheSame54RecordsAsTheLocalTree() {
    CliProcess.Result local = CliProcess.run("cat", "samples/AWSLogs");
    CliProcess.Result s3 = CliProcess.runWith(ENV, "cat", "--endpoint-url", endpoint, "s3://trail-bucket/prod");
    assertThat(s3.exitCode).as(s3.toString()).isZero();
    assertThat(s3.lines()).hasSize(54).isEqualTo(local.lines());
  }

  @Test
  void filtersPruneTheListingAndTheExitCodesAreTheSame() {
    CliProcess.Result local = CliProcess.run("stats", "--json", "--region", "us-west-2", "--since", "2019-01-01",
        "--until", "2019-03-01", "samples/AWSLogs");
    CliProcess.Result s3 = CliProcess.runWith(ENV, "stats", "--json", "--region", "us-west-2", "--since",
        "2019-01-01", "--until", "2019-03-01", "--endpoint-url", endpoint, "s3://trail-bucket/prod/");
    assertThat(s3.exitCode).as(s3.toString()).isEqualTo(local.exitCode).isZero();
    assertThat(s3.stdout).contains("\"pruned\" : ");
    assertThat(s3.stdout.replaceAll("\"(paths|pruned|filesSkipped|bytes)\" : [^,]*,", ""))
        .isEqualTo(local.stdout.replaceAll("\"(paths|pruned|filesSkipped|bytes)\" : [^,]*,", ""));
  }

  @Test
  void aWrongSecretIsAProblemWithTheSameExitCodeAsABadFile() {
    CliProcess.Result r = CliProcess.runWith(Map.of("AWS_ACCESS_KEY_ID", "access", "AWS_SECRET_ACCESS_KEY",
        "wrong", "AWS_REGION", "us-east-1"), "cat", "--endpoint-url", endpoint, "s3://trail-bucket/prod");
    assertThat(r.exitCode).as(r.toString()).isEqualTo(1);
    assertThat(r.stderr).contains("s3://trail-bucket/prod/");
  }
}
