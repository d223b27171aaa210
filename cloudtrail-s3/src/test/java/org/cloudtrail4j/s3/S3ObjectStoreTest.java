package org.cloudtrail4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.Map;
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
 * The validator's store's {@code HeadObject} (a log file's metadata, when no GET brought it) against S3Proxy: its
 * failures in the module's one wording, {@code cannot head s3://bucket/key: HTTP <status> (<code>): <what>}.
 */
class S3ObjectStoreTest {
  private static final String KEY = "AWSLogs/111122223333/CloudTrail-Digest/us-east-1/2024/03/01/"
      + "111122223333_CloudTrail-Digest_us-east-1_trail_us-east-1_20240301T0000Z.json.gz";
  private static final String LOG = "AWSLogs/111122223333/CloudTrail/us-east-1/2024/03/01/"
      + "111122223333_CloudTrail_us-east-1_20240301T0000Z_abc.json.gz";
  private static S3Server server;

  @BeforeAll
  static void start() throws Exception {
    server = S3Server.start();
    server.s3.createBucket(b -> b.bucket("heads"));
    server.s3.putObject(p -> p.bucket("heads").key(KEY).metadata(Map.of("signature", "abc")),
        RequestBody.fromString("{}", StandardCharsets.UTF_8));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aHeadAnsweredReturnsTheObjectsMetadata() throws IOException {
    assertThat(S3ObjectStore.of(server.s3).metadata("heads", KEY)).containsEntry("signature", "abc");
  }

  @Test
  void aHeadRefusedIsAnIoExceptionInTheModulesWordsNamingTheObject() {
    // S3Proxy checks SigV4 signatures: a wrong secret is refused with 403, as a caller without s3:GetObject is. A
    // HEAD's answer has no body, so no S3 error code; the SDK's message for it (Forbidden) only repeats the 403
    try (S3Client wrongSecret = S3Client.builder().endpointOverride(server.endpoint()).forcePathStyle(true)
        .region(Region.US_EAST_1).httpClientBuilder(UrlConnectionHttpClient.builder())
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("access", "wrong")))
        .build()) {
      assertThatThrownBy(() -> S3ObjectStore.of(wrongSecret).metadata("heads", KEY))
          .isExactlyInstanceOf(IOException.class)
          .hasMessage("cannot head s3://heads/" + KEY + ": HTTP 403: access denied");
    }
  }

  @Test
  void aHeadOfAMissingObjectIsNotFoundNamingIt() {
    assertThatThrownBy(() -> S3ObjectStore.of(server.s3).metadata("heads", KEY + ".missing"))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessage("s3://heads/" + KEY + ".missing: not found (no such object or bucket)");
  }

  @Test
  void aHeadInABucketThatDoesNotExistCannotTellItFromAMissingObjectAndSaysSo() {
    // S3 answers 404 without a body (so without NoSuchBucket) and the SDK makes it NoSuchKey: not "object not found"
    assertThatThrownBy(() -> S3ObjectStore.of(server.s3).metadata("no-such-bucket", KEY))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessage("s3://no-such-bucket/" + KEY + ": not found (no such object or bucket)");
  }

  @Test
  void aGetInABucketThatDoesNotExistSaysSo() {
    // a GET's answer has a body: S3's NoSuchBucket, an object that cannot be read rather than one not found
    for (String key : new String[] {KEY, LOG}) {
      assertThatThrownBy(() -> S3ObjectStore.of(server.s3).open("no-such-bucket", key).close())
          .isExactlyInstanceOf(IOException.class)
          .hasMessage("cannot get s3://no-such-bucket/" + key
              + ": HTTP 404 (NoSuchBucket): The specified bucket does not exist");
    }
  }
}
