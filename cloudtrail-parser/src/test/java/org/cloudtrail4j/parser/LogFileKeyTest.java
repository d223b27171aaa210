package org.cloudtrail4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Keys of CloudTrail's layout, and of the other services that share a bucket with it. */
class LogFileKeyTest {
  @Test
  void readsEveryPartOfALogFileKey() {
    LogFileKey key = LogFileKey.parse("trails/prod/AWSLogs/111122223333/CloudTrail/eu-west-1/2024/03/01/"
        + "111122223333_CloudTrail_eu-west-1_20240301T1205Z_Ab12Cd34Ef56Gh78.json.gz").orElseThrow();
    assertThat(key.prefix()).isEqualTo("trails/prod");
    assertThat(key.organizationId()).isEmpty();
    assertThat(key.accountId()).isEqualTo("111122223333");
    assertThat(key.service()).isEqualTo("CloudTrail");
    assertThat(key.region()).contains("eu-west-1");
    assertThat(key.date()).contains(LocalDate.of(2024, 3, 1));
    assertThat(key.deliveryTime()).contains(Instant.parse("2024-03-01T12:05:00Z"));
    assertThat(key.kind()).isEqualTo(LogFileKey.Kind.LOG);
    assertThat(key.fileName()).endsWith("Ef56Gh78.json.gz");
  }

  @Test
  void readsAnOrganizationTrailKey() {
    LogFileKey key = LogFileKey.parse("AWSLogs/o-exampleorgid/111122223333/CloudTrail/eu-west-1/2019/02/19/"
        + "111122223333_CloudTrail_eu-west-1_20190219T1005Z_WbLgn6Pge0BIlYK6.json.gz").orElseThrow();
    assertThat(key.prefix()).isEmpty();
    assertThat(key.organizationId()).contains("o-exampleorgid");
    assertThat(key.accountId()).isEqualTo("111122223333");
    assertThat(key.deliveryTime()).contains(Instant.parse("2019-02-19T10:05:00Z"));
  }

  @Test
  void readsADigestKeyWithItsSecondsAndTrailName() {
    LogFileKey key = LogFileKey.parse("AWSLogs/111122223333/CloudTrail-Digest/us-east-2/2017/11/06/"
        + "111122223333_CloudTrail-Digest_us-east-2_my_trail_us-east-2_20171106T001530Z.json.gz").orElseThrow();
    assertThat(key.kind()).isEqualTo(LogFileKey.Kind.DIGEST);
    assertThat(key.deliveryTime()).contains(Instant.parse("2017-11-06T00:15:30Z"));
  }

  @ParameterizedTest
  @CsvSource({
      "AWSLogs/111122223333/CloudTrail-Insight/us-east-1/2024/01/05/111122223333_CloudTrail-Insight_us-east-1_20240105T0010Z_x.json.gz, INSIGHT, CloudTrail-Insight",
      "AWSLogs/111122223333/Config/eu-west-1/2024/1/5/ConfigHistory/111122223333_Config_eu-west-1_ConfigHistory_AWS::S3::Bucket_20240105T000000Z_20240105T010000Z_1.json.gz, OTHER, Config",
      "AWSLogs/111122223333/elasticloadbalancing/eu-west-1/2024/01/05/111122223333_elasticloadbalancing_eu-west-1_app.my-lb.1a2b_20240105T0005Z_10.0.0.1_x.log.gz, OTHER, elasticloadbalancing",
      "AWSLogs/111122223333/vpcflowlogs/eu-west-1/2024/01/05/111122223333_vpcflowlogs_eu-west-1_fl-1234_20240105T0005Z_abc.log.gz, OTHER, vpcflowlogs",
  })
  void tellsOtherFilesUnderAwsLogsByTheirLayout(String key, LogFileKey.Kind kind, String service) {
    LogFileKey k = LogFileKey.parse(key).orElseThrow();
    assertThat(k.kind()).isEqualTo(kind);
    assertThat(k.service()).isEqualTo(service);
  }

  @Test
  void aConfigKeyHasNoDateForItsFoldersAreNotZeroPadded() {
    assertThat(LogFileKey.parse("AWSLogs/111122223333/Config/eu-west-1/2024/1/5/ConfigSnapshot/x.json.gz")
        .orElseThrow().date()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
      "samples/x.json.gz",
      "AWSLogs/x.json.gz",
      "AWSLogs/12345/CloudTrail/eu-west-1/2024/01/05/x.json.gz",
      "AWSLogs/111122223333",
  })
  void aKeyOutsideTheLayoutIsNotParsed(String key) {
    assertThat(LogFileKey.parse(key)).isEmpty();
  }

  @Test
  void aLogWithAnUnusualNameKeepsItsFoldersButHasNoDeliveryTime() {
    LogFileKey key = LogFileKey.parse("AWSLogs/111122223333/CloudTrail/eu-west-1/2024/02/30/copy.json").orElseThrow();
    assertThat(key.kind()).isEqualTo(LogFileKey.Kind.LOG);
    assertThat(key.date()).isEmpty();
    assertThat(key.deliveryTime()).isEmpty();
  }
}
