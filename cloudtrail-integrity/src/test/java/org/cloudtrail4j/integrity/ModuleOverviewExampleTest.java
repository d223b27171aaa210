package org.cloudtrail4j.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.cloudtrail4j.apicheck.DocExamples;
import org.junit.jupiter.api.Test;

/**
 * The example of the module's overview page (module-info.java) is the code this test runs: the lines between
 * {@code // module-info.java: overview example} and {@code // end}, less their indentation, stand in its
 * {@code <pre>{@code ...}}</pre>} block as they are.
 */
class ModuleOverviewExampleTest {
  private static final Path TEST = Path.of("src/test/java/org/cloudtrail4j/integrity/ModuleOverviewExampleTest.java");
  private static final Path OVERVIEW = Path.of("src/main/java/module-info.java");

  @Test
  void reportsTheLogFilesThatNoDigestCovers() {
    Path samples = Path.of("../samples");
    Path keys = samples.resolve("public-keys.json");
    Path trail = samples;
    String printed = DocExamples.printedBy(() -> {
      try {
        // module-info.java: overview example
        ValidationReport report = TrailValidator.builder()
            .publicKeys(PublicKeys.read(keys))
            .accountIds("111122223333")
            .regions("us-west-2")
            .build()
            .validate(trail);
        System.out.println(report.passed() ? "not altered" : "altered, missing or not covered:");
        report.logFiles().stream()
            .filter(f -> f.status().failure())
            .forEach(f -> System.out.println(f.status() + " " + f.key()));
        // end
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    // the samples' 2019 digest covers its hour's log file; the 2024 and 2025 files of the same trail were delivered
    // with no digest (validation off, or files put there): reverse coverage reports them
    assertThat(printed.lines()).containsExactly("altered, missing or not covered:",
        "NOT_COVERED AWSLogs/111122223333/CloudTrail/us-west-2/2024/12/16/"
            + "111122223333_CloudTrail_us-west-2_20241216T1845Z_oEkFurgoox7cmngZ.json.gz",
        "NOT_COVERED AWSLogs/111122223333/CloudTrail/us-west-2/2025/02/19/"
            + "111122223333_CloudTrail_us-west-2_20250219T1805Z_iIJgLV0FgHqQZKc4.json.gz");
  }

  @Test
  void theOverviewShowsThisCode() throws IOException {
    DocExamples.assertInOverview(TEST, OVERVIEW);
  }

}
