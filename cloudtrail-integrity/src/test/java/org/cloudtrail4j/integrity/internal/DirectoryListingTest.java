package org.cloudtrail4j.integrity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A directory is listed by a walk of the store's own, which must list exactly what {@code Files.find} over regular
 * files (and links to them) listed before it, with the same keys.
 */
class DirectoryListingTest {
  @TempDir
  Path dir;

  private Path file(String key) throws IOException {
    Path p = dir.resolve(key);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, key);
  }

  private List<String> listed(String prefix) throws IOException {
    try (Stream<String> keys = new DirectoryStore(dir).list("bucket", prefix)) {
      return keys.sorted().collect(Collectors.toList());
    }
  }

  /** What the store listed with {@code Files.find} until 2026-12-01. */
  private List<String> found(String prefix) throws IOException {
    Path start = prefix.isEmpty() ? dir : dir.resolve(prefix);
    try (Stream<Path> files = Files.find(start, Integer.MAX_VALUE,
        (p, a) -> a.isRegularFile() || a.isSymbolicLink() && Files.isRegularFile(p))) {
      return files.map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void listsTheKeysFilesFindListed() throws IOException {
    file("AWSLogs/111122223333/CloudTrail/us-east-1/2026/01/02/a.json.gz");
    file("AWSLogs/111122223333/CloudTrail/us-east-1/2026/01/02/b.json.gz");
    file("AWSLogs/111122223333/CloudTrail-Digest/us-east-1/2026/01/02/d.json.gz");
    file("AWSLogs/111122223333/CloudTrail-Digest/us-east-1/2026/01/02/d.json.gz.sig");
    file("top.txt");
    Files.createDirectories(dir.resolve("AWSLogs/empty/folder"));

    assertThat(listed("")).containsExactly(
        "AWSLogs/111122223333/CloudTrail-Digest/us-east-1/2026/01/02/d.json.gz",
        "AWSLogs/111122223333/CloudTrail-Digest/us-east-1/2026/01/02/d.json.gz.sig",
        "AWSLogs/111122223333/CloudTrail/us-east-1/2026/01/02/a.json.gz",
        "AWSLogs/111122223333/CloudTrail/us-east-1/2026/01/02/b.json.gz",
        "top.txt").isEqualTo(found(""));
    assertThat(listed("AWSLogs/111122223333/CloudTrail/")).containsExactly(
        "AWSLogs/111122223333/CloudTrail/us-east-1/2026/01/02/a.json.gz",
        "AWSLogs/111122223333/CloudTrail/us-east-1/2026/01/02/b.json.gz")
        .isEqualTo(found("AWSLogs/111122223333/CloudTrail/"));
    assertThat(listed("AWSLogs/nothing-here")).isEmpty();
  }

  @Test
  void listsLinksToFilesButDoesNotEnterLinksToFolders() throws IOException {
    Path target = file("elsewhere/x.json.gz");
    Files.createDirectories(dir.resolve("AWSLogs"));
    try {
      Files.createSymbolicLink(dir.resolve("AWSLogs/link.json.gz"), target);
      Files.createSymbolicLink(dir.resolve("AWSLogs/folder-link"), dir.resolve("elsewhere"));
      Files.createSymbolicLink(dir.resolve("AWSLogs/dangling.json.gz"), dir.resolve("missing"));
    } catch (UnsupportedOperationException | IOException e) {
      throw new AssertionError("this test needs symbolic links", e);
    }

    assertThat(listed("")).containsExactly("AWSLogs/link.json.gz", "elsewhere/x.json.gz").isEqualTo(found(""));
    // a link given as the start is not entered either
    assertThat(listed("AWSLogs/folder-link")).isEmpty();
    assertThat(found("AWSLogs/folder-link")).isEmpty();
  }
}
