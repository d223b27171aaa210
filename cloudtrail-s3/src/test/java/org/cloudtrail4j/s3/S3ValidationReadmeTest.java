package org.cloudtrail4j.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.cloudtrail4j.apicheck.DocExamples;
import org.cloudtrail4j.integrity.TrailValidator;
import org.cloudtrail4j.integrity.ValidationReport;
import org.cloudtrail4j.integrity.ValidationStatus;
import org.cloudtrail4j.integrity.testing.ListPublicKeysEndpoint;
import org.cloudtrail4j.integrity.testing.SyntheticTrail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.s3.S3Client;

/** The README's example of validation against S3, run against S3Proxy and a local ListPublicKeys endpoint. */
class S3ValidationReadmeTest {
  @TempDir
  Path dir;

  @Test
  void validatesATrailInS3AsTheReadmeShows() throws Exception {
    SyntheticTrail t = new SyntheticTrail(dir.resolve("bucket"));
    Instant from = t.clock;
    Instant until = from.plus(Duration.ofHours(3));
    for (int i = 0; i < 3; i++) {
      t.hour(t.log());
    }
    try (S3Server server = S3Server.start();
        ListPublicKeysEndpoint endpoint = ListPublicKeysEndpoint.start()) {
      endpoint.serve("us-east-1", SyntheticTrail.KEY, from.minus(Duration.ofDays(1)), until);
      server.s3.createBucket(b -> b.bucket(t.bucket));
      S3ValidationTest.upload(server, t, java.util.Map.of());
      S3Client s3 = server.s3;
      Function<String, CloudTrailClient> cloudTrailClients =
          region -> S3ValidationTest.client(endpoint.endpoint(), region, null);
      ValidationReport report;
      // README begin
      try (CloudTrailPublicKeys keys = CloudTrailPublicKeys.builder()
          .between(from, until)                 // one ListPublicKeys per region, for [from, until + 2 h]
          .clients(cloudTrailClients)           // optional: your own CloudTrailClient per region
          .build()) {
        report = TrailValidator.builder()
            .publicKeys(keys)
            .bucket("amzn-s3-demo-bucket")
            .between(from, until)
            .build()
            .validate(S3ObjectStore.of(s3));    // your S3Client; signatures from the digests' metadata
      }
      report.passed();                          // true
      // README end
      assertThat(report.passed()).isTrue();
      assertThat(report.digestCount(ValidationStatus.VALID)).isEqualTo(3);
      assertThat(report.logFileCount(ValidationStatus.VALID)).isEqualTo(3);
    }
  }

  @Test
  void theReadmeShowsThisCode() throws IOException {
    DocExamples.assertInReadme(Path.of("src/test/java/org/cloudtrail4j/s3/S3ValidationReadmeTest.java"),
        Path.of("../README.md"));
  }
}
