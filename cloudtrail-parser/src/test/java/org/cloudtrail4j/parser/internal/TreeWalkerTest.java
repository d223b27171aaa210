package org.cloudtrail4j.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudtrail4j.parser.LogFileSelector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lazy walk over a generated trail: order, pruning by the selector, and skipping by layout. */
class TreeWalkerTest {
  private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
  private static final int DAYS = 91; // January to March 2024

  @TempDir
  Path root;

  private List<SourceEntry> walk(Path at, LogFileSelector selector) {
    List<SourceEntry> entries = new ArrayList<>();
    new TreeWalker(at, selector).forEachRemaining(entries::add);
    return entries;
  }

  private static List<String> read(List<SourceEntry> entries) {
    return entries.stream().filter(e -> e.skipReason == null && e.visitError == null && e.pruneReason == null)
        .map(e -> e.path.toString()).collect(Collectors.toList());
  }

  @Test
  void walksEveryLogFileInPathOrderAndSkipsOtherFilesByLayout() throws IOException {
    int files = TrailTree.write(root, FIRST, DAYS);
    List<SourceEntry> entries = walk(root, LogFileSelector.all());
    List<String> read = read(entries);
    List<String> expected;
    try (Stream<Path> all = Files.walk(root)) {
      expected = all.filter(p -> p.toString().contains("/CloudTrail/") && Files.isRegularFile(p))
          .map(Path::toString).sorted().collect(Collectors.toList());
    }
    assertThat(read).hasSize(files).isEqualTo(expected);
    assertThat(entries).filteredOn(e -> e.skipReason != null).extracting(e -> root.relativize(e.path).toString())
        .containsExactly("AWSLogs/111122223333/CloudTrail-Digest", "AWSLogs/111122223333/CloudTrail-Insight",
            "AWSLogs/111122223333/Config", "AWSLogs/444455556666/CloudTrail-Digest",
            "AWSLogs/444455556666/CloudTrail-Insight", "AWSLogs/444455556666/Config");
    assertThat(entries).noneMatch(e -> e.pruneReason != null || e.visitError != null);
  }

  @Test
  void oneDayOfOneRegionOpensThatDayAndTheLagOnly() {
    TrailTree.write(root, FIRST, DAYS);
    LogFileSelector selector = LogFileSelector.of(Set.of("111122223333"), Set.of("eu-west-1"),
        Instant.parse("2024-02-10T00:00:00Z"), Instant.parse("2024-02-11T00:00:00Z"), Duration.ofDays(1));
    List<SourceEntry> entries = walk(root, selector);
    assertThat(read(entries)).extracting(p -> root.relativize(Path.of(p)).toString().replaceAll("_[0-9a-f]+\\.json\\.gz$", ""))
        .containsExactly(
            "AWSLogs/111122223333/CloudTrail/eu-west-1/2024/02/10/111122223333_CloudTrail_eu-west-1_20240210T0010Z",
            "AWSLogs/111122223333/CloudTrail/eu-west-1/2024/02/10/111122223333_CloudTrail_eu-west-1_20240210T1210Z",
            "AWSLogs/111122223333/CloudTrail/eu-west-1/2024/02/11/111122223333_CloudTrail_eu-west-1_20240211T0010Z",
            "AWSLogs/111122223333/CloudTrail/eu-west-1/2024/02/11/111122223333_CloudTrail_eu-west-1_20240211T1210Z");
    // one entry per pruned folder: an account, two regions, two months, 27 other days of February
    assertThat(entries.stream().filter(e -> e.pruneReason != null).collect(Collectors.groupingBy(e -> e.pruneReason,
        Collectors.counting()))).containsOnly(
            org.assertj.core.api.Assertions.entry("account not in the filter", 1L),
            org.assertj.core.api.Assertions.entry("region not in the filter", 2L),
            org.assertj.core.api.Assertions.entry("delivered outside the filter's time range", 29L));
  }

  @Test
  void theLowerTimeBoundPrunesFilesDeliveredBeforeIt() {
    TrailTree.write(root, FIRST, DAYS);
    LogFileSelector selector = LogFileSelector.of(null, Set.of("eu-west-1"), Instant.parse("2024-03-31T00:11:00Z"),
        null, Duration.ofDays(1));
    List<SourceEntry> entries = walk(root, selector);
    // the 00:10 file was delivered before 00:11: it holds nothing at or after the bound
    assertThat(read(entries)).hasSize(2).allMatch(p -> p.contains("20240331T1210Z"));
    assertThat(entries).filteredOn(e -> e.pruneReason != null && e.path.toString().endsWith(".json.gz")).hasSize(2);
  }

  @Test
  void aFileDeliveredDuringTheBoundsMinuteIsKept() {
    TrailTree.write(root, FIRST, 1);
    LogFileSelector selector = LogFileSelector.of(null, Set.of("eu-west-1"), Instant.parse("2024-01-01T00:10:59Z"),
        null, Duration.ZERO);
    assertThat(read(walk(root, selector))).hasSize(4);
  }

  @Test
  void theWalkListsAFolderOnlyWhenItGetsThere() throws IOException {
    TrailTree.write(root, FIRST, 2);
    TreeWalker walker = new TreeWalker(root, LogFileSelector.all());
    SourceEntry first = walker.next();
    while (first.skipReason != null) {
      first = walker.next(); // the digest folder: "CloudTrail-Digest" sorts before "CloudTrail/"
    }
    assertThat(first.path.toString()).contains("/ap-south-1/2024/01/01/");
    // a file created after the walk began, in a folder it has not reached yet, is still found
    Path late = Files.createDirectories(root.resolve("AWSLogs/444455556666/CloudTrail/us-east-1/2024/01/03"))
        .resolve("late.json");
    Files.writeString(late, "{\"Records\":[]}");
    List<String> rest = new ArrayList<>();
    walker.forEachRemaining(e -> rest.add(e.path.toString()));
    assertThat(rest).contains(late.toString());
  }

  @Test
  void aFolderNamedByTheUserIsReadWhateverItsLayoutName() throws IOException {
    TrailTree.write(root, FIRST, 1);
    Path insight = root.resolve("AWSLogs/111122223333/CloudTrail-Insight");
    assertThat(read(walk(insight, LogFileSelector.all()))).hasSize(1);
  }

  @Test
  void aTreeOutsideTheLayoutIsWalkedWithoutPruning() throws IOException {
    Path dir = Files.createDirectories(root.resolve("exports/2024"));
    Files.writeString(dir.resolve("a.json"), "{}");
    Files.writeString(dir.resolve("b.json"), "{}");
    LogFileSelector selector = LogFileSelector.of(Set.of("111122223333"), Set.of("eu-west-1"),
        Instant.parse("2024-02-10T00:00:00Z"), Instant.parse("2024-02-11T00:00:00Z"), Duration.ofDays(1));
    assertThat(read(walk(root, selector))).hasSize(2);
  }

  @Test
  void anOrganizationTrailIsPrunedByItsMemberAccounts() throws IOException {
    Path org = Files.createDirectories(root.resolve("AWSLogs/o-abc123def4"));
    TrailTree.write(org.resolve("x"), FIRST, 1);
    // TrailTree writes under <root>/AWSLogs: move its accounts under the organization folder
    for (String account : TrailTree.ACCOUNTS) {
      Files.move(org.resolve("x/AWSLogs").resolve(account), org.resolve(account));
    }
    LogFileSelector selector = LogFileSelector.of(Set.of("444455556666"), null, null, null, Duration.ofDays(1));
    List<String> read = read(walk(root, selector));
    assertThat(read).hasSize(6).allMatch(p -> p.contains("/o-abc123def4/444455556666/CloudTrail/"));
  }
}
