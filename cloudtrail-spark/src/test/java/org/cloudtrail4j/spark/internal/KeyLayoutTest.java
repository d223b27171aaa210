package org.cloudtrail4j.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark listing prunes directories by the parser's reading of the layout (its {@code LogFolder}, whose table is
 * {@code LogFolderTest}): here, what Spark adds (digest folders, its {@link Pruning}'s inclusive days) and that the
 * listing never lists a directory the pruning rules out.
 */
class KeyLayoutTest {
  private static final Pruning MARCH_2_US_EAST_1 = new Pruning(Set.of("111122223333"), Set.of("us-east-1"),
      LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 2));

  private static List<String> segments(String path) {
    return List.of(path.split("/"));
  }

  @Test
  void rulesOutDigestFoldersAndWhatThePruningExcludesWithItsLastDayIncluded() {
    assertThat(KeyLayout.mayContain(segments("AWSLogs/111122223333/CloudTrail-Digest"), Pruning.NONE)).isFalse();
    assertThat(KeyLayout.mayContain(segments("AWSLogs/111122223333/CloudTrail-Insight/us-east-1"), Pruning.NONE))
        .isTrue();
    assertThat(KeyLayout.mayContain(segments("AWSLogs/444455556666"), MARCH_2_US_EAST_1)).isFalse();
    assertThat(KeyLayout.mayContain(segments("AWSLogs/111122223333/CloudTrail/eu-west-1"), MARCH_2_US_EAST_1))
        .isFalse();
    assertThat(KeyLayout.mayContain(segments("AWSLogs/111122223333/CloudTrail/us-east-1/2024/03/01"),
        MARCH_2_US_EAST_1)).isFalse();
    assertThat(KeyLayout.mayContain(segments("AWSLogs/111122223333/CloudTrail/us-east-1/2024/03/02"),
        MARCH_2_US_EAST_1)).isTrue();
    assertThat(KeyLayout.mayContain(segments("AWSLogs/111122223333/CloudTrail/us-east-1/2024/03/03"),
        MARCH_2_US_EAST_1)).isFalse();
    // contradictory constraints (an empty set) rule out every account
    Pruning none = new Pruning(Set.of(), null, null, null);
    assertThat(KeyLayout.mayContain(segments("AWSLogs/111122223333"), none)).isFalse();
    assertThat(KeyLayout.mayContain(segments("tmp/AWSLogs"), none)).isTrue();
  }

  @Test
  void listsFlatOnlyWhereNothingBelowCanBeRuledOut() {
    // above the service folders the digest folders may be ruled out, whatever the pruning
    assertThat(KeyLayout.prunesBelow(segments("data/AWSLogs/111122223333"), Pruning.NONE)).isTrue();
    assertThat(KeyLayout.prunesBelow(segments("data"), Pruning.NONE)).isTrue();
    assertThat(KeyLayout.prunesBelow(segments("AWSLogs/111122223333/CloudTrail"), Pruning.NONE)).isFalse();
    Pruning regions = new Pruning(null, Set.of("us-east-1"), null, null);
    assertThat(KeyLayout.prunesBelow(segments("AWSLogs/111122223333/CloudTrail"), regions)).isTrue();
    assertThat(KeyLayout.prunesBelow(segments("AWSLogs/111122223333/CloudTrail/us-east-1"), regions)).isFalse();
    assertThat(KeyLayout.prunesBelow(segments("AWSLogs/111122223333/CloudTrail/us-east-1/2024"), MARCH_2_US_EAST_1))
        .isTrue();
    assertThat(KeyLayout.prunesBelow(segments("AWSLogs/111122223333/CloudTrail/us-east-1/2024/03/02"),
        MARCH_2_US_EAST_1)).isFalse();
  }

  @Test
  void theListingNeverListsADirectoryThePruningRulesOut(@TempDir Path root) throws IOException {
    for (String account : List.of("111122223333", "444455556666")) {
      for (String region : List.of("eu-west-1", "us-east-1")) {
        for (String day : List.of("01", "02", "03")) {
          Path dir = Files.createDirectories(root.resolve("AWSLogs/" + account + "/CloudTrail/" + region + "/2024/03/"
              + day));
          Files.write(dir.resolve(account + "_CloudTrail_" + region + "_202403" + day + "T0010Z_a.json.gz"),
              new byte[1]);
        }
      }
      Path digest = Files.createDirectories(root.resolve("AWSLogs/" + account + "/CloudTrail-Digest/us-east-1/2024/03/02"));
      Files.write(digest.resolve(account + "_CloudTrail-Digest_us-east-1_t_us-east-1_20240302T001530Z.json.gz"),
          new byte[1]);
    }
    Listing.Result pruned = Listing.list(List.of(root.toUri().toString()), new Configuration(), MARCH_2_US_EAST_1);
    assertThat(pruned.files()).extracting(f -> f.path().substring(f.path().indexOf("AWSLogs")))
        .containsExactly("AWSLogs/111122223333/CloudTrail/us-east-1/2024/03/02/"
            + "111122223333_CloudTrail_us-east-1_20240302T0010Z_a.json.gz");
    // the root, AWSLogs, 111122223333, CloudTrail, us-east-1, 2024, 03 and 02: no other account, region or day, and
    // no digest folder
    assertThat(pruned.directoriesListed()).isEqualTo(8);
  }
}
