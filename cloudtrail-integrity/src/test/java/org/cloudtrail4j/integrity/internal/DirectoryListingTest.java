package org.cloudtrail4j.integrity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A directory is listed by a walk of the store's own, which must list exactly what {@code Files.find} over regular
 * files listed before it, with the same keys, and follows symbolic links as {@code CloudTrailReader} does: a link
 * given as the root or met in the tree is entered, and a folder that leads back to one the walk is in is an error.
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

  private void link(String key, Path target) {
    try {
      Files.createDirectories(dir.resolve(key).getParent());
      Files.createSymbolicLink(dir.resolve(key), target);
    } catch (UnsupportedOperationException | IOException e) {
      throw new AssertionError("this test needs symbolic links", e);
    }
  }

  @Test
  void followsLinksAsTheReaderDoes() throws IOException {
    Path target = file("elsewhere/x.json.gz");
    file("elsewhere/deeper/y.json.gz");
    link("AWSLogs/link.json.gz", target);
    link("AWSLogs/folder-link", dir.resolve("elsewhere"));

    assertThat(listed("")).containsExactly("AWSLogs/folder-link/deeper/y.json.gz", "AWSLogs/folder-link/x.json.gz",
        "AWSLogs/link.json.gz", "elsewhere/deeper/y.json.gz", "elsewhere/x.json.gz");
    // a link given as the start is entered too, and its keys are under the link's own path
    assertThat(listed("AWSLogs/folder-link")).containsExactly("AWSLogs/folder-link/deeper/y.json.gz",
        "AWSLogs/folder-link/x.json.gz");
  }

  @Test
  void entersARootThatIsALink() throws IOException {
    file("real/AWSLogs/a.json.gz");
    file("real/AWSLogs/b/c.json.gz");
    link("root-link", dir.resolve("real"));

    try (Stream<String> keys = new DirectoryStore(dir.resolve("root-link")).list("bucket", "")) {
      assertThat(keys.sorted()).containsExactly("AWSLogs/a.json.gz", "AWSLogs/b/c.json.gz");
    }
  }

  @Test
  void listsABrokenLinkSoThatItIsReported() throws IOException {
    file("AWSLogs/a.json.gz");
    link("AWSLogs/dangling.json.gz", dir.resolve("missing"));
    link("AWSLogs/self.json.gz", dir.resolve("AWSLogs/self.json.gz"));

    assertThat(listed("")).containsExactly("AWSLogs/a.json.gz", "AWSLogs/dangling.json.gz", "AWSLogs/self.json.gz");
  }

  @Test
  void aFolderLinkLeadingBackToAnAncestorIsAnErrorNamingIt() throws IOException {
    file("AWSLogs/111122223333/CloudTrail/us-east-1/a.json.gz");
    Path loop = dir.resolve("AWSLogs/111122223333/CloudTrail/us-east-1/loop");
    link("AWSLogs/111122223333/CloudTrail/us-east-1/loop", dir.resolve("AWSLogs"));

    assertThatThrownBy(() -> listed("")).isInstanceOf(UncheckedIOException.class)
        .cause().isInstanceOf(FileSystemException.class)
        .hasMessage(loop + ": symbolic link loop: leads back to " + dir.resolve("AWSLogs") + ", a folder it is in");
    // the same when the walk starts below the folder the link leads to: it stops when it comes round to the start
    assertThatThrownBy(() -> listed("AWSLogs/111122223333/CloudTrail/")).isInstanceOf(UncheckedIOException.class)
        .cause().hasMessage(dir.resolve("AWSLogs/111122223333/CloudTrail/us-east-1/loop/111122223333/CloudTrail")
            + ": symbolic link loop: leads back to " + dir.resolve("AWSLogs/111122223333/CloudTrail")
            + ", a folder it is in");
  }

  @Test
  void aLinkToItsOwnFolderIsAnError() throws IOException {
    file("AWSLogs/a.json.gz");
    link("AWSLogs/here", dir.resolve("AWSLogs"));

    assertThatThrownBy(() -> listed("AWSLogs")).isInstanceOf(UncheckedIOException.class)
        .cause().hasMessage(dir.resolve("AWSLogs/here") + ": symbolic link loop: leads back to "
            + dir.resolve("AWSLogs") + ", a folder it is in");
  }

  @Test
  void listsAFifoSoThatItIsReportedAndNeverOpensIt() throws Exception {
    file("AWSLogs/a.json.gz");
    Path fifo = dir.resolve("AWSLogs/pipe.json.gz");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
    } catch (IOException e) {
      org.junit.jupiter.api.Assumptions.abort("mkfifo is not on this machine's PATH: " + e.getMessage());
      return;
    }
    assertThat(mkfifo.waitFor()).isZero();

    // Files.find over regular files left it out without a word
    assertThat(listed("")).containsExactly("AWSLogs/a.json.gz", "AWSLogs/pipe.json.gz");
    assertThatThrownBy(() -> new DirectoryStore(dir).open("bucket", "AWSLogs/pipe.json.gz"))
        .isInstanceOf(FileSystemException.class)
        .hasMessage(fifo + ": not a regular file but a FIFO (named pipe)");
    assertThatThrownBy(() -> new DirectoryStore(dir).open("bucket", "AWSLogs"))
        .isInstanceOf(FileSystemException.class)
        .hasMessage(dir.resolve("AWSLogs") + ": not a regular file but a folder");
  }
}
