package org.cloudtrail4j.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cloudtrail4j.apicheck.DocExamples;
import org.junit.jupiter.api.Test;

/** The README's "Verify that logs were not altered" example, run on the bundled samples. */
class ReadmeExamplesTest {
  @Test
  void validatesTheSamplesAsTheReadmeShows() throws IOException {
    List<String> printed = new ArrayList<>();
    Path samples = Path.of("../samples");
    // README begin
    PublicKeys keys = PublicKeys.read(samples.resolve("public-keys.json")); // saved from list-public-keys
    ValidationReport report = TrailValidator.builder()
        .publicKeys(keys)
        .accountIds("111122223333")
        .regions("us-west-2")
        .between(Instant.parse("2019-02-01T03:00:00Z"), Instant.parse("2019-02-01T04:00:00Z"))
        .build()
        .validate(samples);                      // the directory holding AWSLogs/

    report.passed();                             // true: nothing invalid, missing or uncovered
    report.digestCount(ValidationStatus.VALID);  // 1
    report.logFiles().stream()
        .filter(f -> f.status().failure())
        .forEach(f -> printed.add(f.uri() + " " + f.status() + ": " + f.message()));
    // README end
    assertThat(report.passed()).isTrue();
    assertThat(report.digestCount(ValidationStatus.VALID)).isEqualTo(1);
    assertThat(report.logFileCount(ValidationStatus.VALID)).isEqualTo(1);
    assertThat(printed).isEmpty();
  }

  @Test
  void theReadmeShowsThisCode() throws IOException {
    DocExamples.assertInReadme(Path.of("src/test/java/org/cloudtrail4j/integrity/ReadmeExamplesTest.java"),
        Path.of("../README.md"));
  }
}
