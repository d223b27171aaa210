package org.cloudtrail4j.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.cloudtrail4j.parser.LogFileSelector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one reading of CloudTrail's layout for folders ({@link LogFolder}), which the directory walk, the S3 listing and
 * the Spark listing prune by: a table of folders against selectors, with the delivery lag at month and year ends.
 */
class LogFolderTest {
  private static final String A = "111122223333";

  /** The selectors of the table, by name. */
  private static LogFileSelector selector(String name) {
    switch (name) {
      case "all":
        return LogFileSelector.all();
      case "account":
        return LogFileSelector.of(Set.of(A), null, null, null, Duration.ZERO);
      case "region":
        return LogFileSelector.of(null, Set.of("eu-west-1"), null, null, Duration.ZERO);
      case "march": // records of March 2024; files may come a day late
        return LogFileSelector.of(null, null, Instant.parse("2024-03-01T00:00:00Z"),
            Instant.parse("2024-04-01T00:00:00Z"), Duration.ofDays(1));
      case "februaryEnd": // the last hour of February 2024 (a leap year), lag 2 hours: into March 1
        return LogFileSelector.of(null, null, Instant.parse("2024-02-29T23:00:00Z"),
            Instant.parse("2024-03-01T00:00:00Z"), Duration.ofHours(2));
      case "februaryEndNoLag":
        return LogFileSelector.of(null, null, Instant.parse("2024-02-29T23:00:00Z"),
            Instant.parse("2024-03-01T00:00:00Z"), Duration.ZERO);
      case "yearEnd": // until 2024-12-31T23:30Z, lag one hour: into 2025-01-01
        return LogFileSelector.of(null, null, null, Instant.parse("2024-12-31T23:30:00Z"), Duration.ofHours(1));
      case "yearEndNoLag":
        return LogFileSelector.of(null, null, null, Instant.parse("2024-12-31T23:30:00Z"), Duration.ZERO);
      case "from2025": // a lower bound is exact: no lag before it
        return LogFileSelector.of(null, null, Instant.parse("2025-01-01T00:00:30Z"), null, Duration.ofDays(1));
      default:
        throw new IllegalArgumentException(name);
    }
  }

  private static LogFolder folder(String path) {
    return LogFolder.of(List.of(path.split("/")));
  }

  @ParameterizedTest(name = "{0} under {1}: {2}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      // folder                                                     | selector         | pruned because
      "AWSLogs                                                      | account          | -",
      "AWSLogs/444455556666                                         | account          | account not in the filter",
      "AWSLogs/111122223333                                         | account          | -",
      "AWSLogs/o-exampleorgid/444455556666                          | account          | account not in the filter",
      "AWSLogs/o-exampleorgid/444455556666/CloudTrail/eu-west-1     | account          | account not in the filter",
      "trails/prod/AWSLogs/444455556666/CloudTrail                  | account          | account not in the filter",
      // odd names leave the layout, and nothing below them is pruned
      "AWSLogs/44445555666                                          | account          | -",
      "AWSLogs/o-EXAMPLE/444455556666                               | account          | -",
      "AWSLogs/notes/444455556666                                   | account          | -",
      // ... until an AWSLogs starts it again
      "AWSLogs/notes/AWSLogs/444455556666                           | account          | account not in the filter",
      "AWSLogs/111122223333/CloudTrail/us-east-1/2024/03/01/AWSLogs/444455556666 | account | account not in the filter",
      "AWSLogs/111122223333/CloudTrail/us-east-1                    | region           | region not in the filter",
      "AWSLogs/111122223333/CloudTrail/eu-west-1                    | region           | -",
      "AWSLogs/111122223333/CloudTrail/eu-west-1/2024/03/01         | region           | -",
      "AWSLogs/111122223333/CloudTrail/US-EAST-1                    | region           | -",
      "AWSLogs/111122223333/CloudTrail-Insight/us-east-1            | region           | region not in the filter",
      "AWSLogs/111122223333/CloudTrail/us-east-1                    | all              | -",
      // dates, whole and partial
      "AWSLogs/111122223333/CloudTrail/us-east-1/2023               | march            | delivered outside the filter's time range",
      "AWSLogs/111122223333/CloudTrail/us-east-1/2024               | march            | -",
      "AWSLogs/111122223333/CloudTrail/us-east-1/2024/02            | march            | delivered outside the filter's time range",
      "AWSLogs/111122223333/CloudTrail/us-east-1/2024/02/29         | march            | delivered outside the filter's time range",
      "AWSLogs/111122223333/CloudTrail/us-east-1/2024/03            | march            | -",
      "AWSLogs/111122223333/CloudTrail/us-east-1/2024/03/31         | march            | -",
      "AWSLogs/111122223333/CloudTrail/us-east-1/2024/04/01         | march            | -",
      "AWSLogs/111122223333/CloudTrail/us-east-1/2024/04/02         | march            | delivered outside the filter's time range",
      "AWSLogs/111122223333/CloudTrail/us-east-1/2024/05            | march            | delivered outside the filter's time range",
      "AWSLogs/o-exampleorgid/111122223333/CloudTrail/us-east-1/2024/04/02 | march     | delivered outside the filter's time range",
      // names that are no date: outside the layout, never pruned by date
      "AWSLogs/111122223333/CloudTrail/us-east-1/24                 | march            | -",
      "AWSLogs/111122223333/CloudTrail/us-east-1/2023/13            | march            | -",
      "AWSLogs/111122223333/CloudTrail/us-east-1/2023/2             | march            | -",
      "AWSLogs/111122223333/CloudTrail/us-east-1/2023/02/30         | march            | -",
      "AWSLogs/111122223333/CloudTrail/us-east-1/2023/02/28/x       | march            | -",
      // the lag across a month's end
      "AWSLogs/111122223333/CloudTrail/us-east-1/2024/02/28         | februaryEnd      | delivered outside the filter's time range",
      "AWSLogs/111122223333/CloudTrail/us-east-1/2024/02/29         | februaryEnd      | -",
      "AWSLogs/111122223333/CloudTrail/us-east-1/2024/03            | februaryEnd      | -",
      "AWSLogs/111122223333/CloudTrail/us-east-1/2024/03/01         | februaryEnd      | -",
      "AWSLogs/111122223333/CloudTrail/us-east-1/2024/03/02         | februaryEnd      | delivered outside the filter's time range",
      "AWSLogs/111122223333/CloudTrail/us-east-1/2024/03            | februaryEndNoLag | delivered outside the filter's time range",
      "AWSLogs/111122223333/CloudTrail/us-east-1/2024/02/29         | februaryEndNoLag | -",
      // and across a year's end
      "AWSLogs/111122223333/CloudTrail/us-east-1/2025               | yearEnd          | -",
      "AWSLogs/111122223333/CloudTrail/us-east-1/2025/01            | yearEnd          | -",
      "AWSLogs/111122223333/CloudTrail/us-east-1/2025/01/01         | yearEnd          | -",
      "AWSLogs/111122223333/CloudTrail/us-east-1/2025/01/02         | yearEnd          | delivered outside the filter's time range",
      "AWSLogs/111122223333/CloudTrail/us-east-1/2025/02            | yearEnd          | delivered outside the filter's time range",
      "AWSLogs/111122223333/CloudTrail/us-east-1/2025               | yearEndNoLag     | delivered outside the filter's time range",
      "AWSLogs/111122223333/CloudTrail/us-east-1/2024/12/31         | yearEndNoLag     | -",
      "AWSLogs/111122223333/CloudTrail/us-east-1/2024               | from2025         | delivered outside the filter's time range",
      "AWSLogs/111122223333/CloudTrail/us-east-1/2024/12/31         | from2025         | delivered outside the filter's time range",
      "AWSLogs/111122223333/CloudTrail/us-east-1/2025/01/01         | from2025         | -",
  })
  void prunesAFolderOnlyWhenNoFileBelowItCanBeKept(String path, String selector, String reason) {
    assertThat(folder(path).prunedBy(selector(selector))).isEqualTo(reason);
  }

  @ParameterizedTest(name = "{0} under {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      // folder                                                     | selector | a folder below may be pruned
      "trails                                                       | all      | true",
      "AWSLogs                                                      | all      | false",
      "AWSLogs                                                      | account  | true",
      "AWSLogs/o-exampleorgid                                       | account  | true",
      "AWSLogs/111122223333                                         | account  | false",
      "AWSLogs/111122223333                                         | region   | true",
      "AWSLogs/111122223333/CloudTrail                              | region   | true",
      "AWSLogs/111122223333/CloudTrail/eu-west-1                    | region   | false",
      "AWSLogs/111122223333/CloudTrail/eu-west-1                    | march    | true",
      "AWSLogs/111122223333/CloudTrail/eu-west-1/2024/03            | march    | true",
      "AWSLogs/111122223333/CloudTrail/eu-west-1/2024/03/01         | march    | false",
      "AWSLogs/111122223333/CloudTrail/eu-west-1/2024/03/01/x       | march    | true",
  })
  void tellsWhetherTheSelectorCanPruneBelowAFolder(String path, String selector, boolean below) {
    assertThat(folder(path).selectorPrunesBelow(selector(selector))).isEqualTo(below);
  }

  @Test
  void readsTheServiceAndTheKeyOfAFileInTheFolder() {
    LogFolder day = folder("trails/AWSLogs/o-exampleorgid/111122223333/CloudTrail/eu-west-1/2024/03/01/");
    assertThat(day.level()).isEqualTo(LogFolder.Level.DAY);
    assertThat(day.inCloudTrailLogs()).isTrue();
    assertThat(day.keyOf("f.json.gz")).isEqualTo("AWSLogs/o-exampleorgid/111122223333/CloudTrail/eu-west-1/2024/03/01/"
        + "f.json.gz");
    LogFolder insight = folder("AWSLogs/111122223333/CloudTrail-Insight");
    assertThat(insight.level()).isEqualTo(LogFolder.Level.SERVICE);
    assertThat(insight.service()).isEqualTo("CloudTrail-Insight");
    assertThat(insight.inCloudTrailLogs()).isFalse();
    assertThat(folder("logs/2024").level()).isEqualTo(LogFolder.Level.OUTSIDE);
    assertThat(folder("logs/2024").keyOf("f.json")).isEqualTo("f.json");
  }
}
