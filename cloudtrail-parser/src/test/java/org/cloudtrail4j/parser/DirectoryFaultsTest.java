package org.cloudtrail4j.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A directory tree with faults: each fault is one IO_ERROR problem naming the file, and every other file is read.
 * Each case runs sequentially and with four reading threads, which must report the same.
 */
class DirectoryFaultsTest {
  @TempDir
  Path root;

  private Path day() throws IOException {
    return Files.createDirectories(root.resolve("AWSLogs/111122223333/CloudTrail/eu-west-1/2024/03/01"));
  }

  private Path log(Path dir, String name, int... ids) throws IOException {
    StringBuilder s = new StringBuilder("{\"Records\":[");
    for (int i = 0; i < ids.length; i++) {
      s.append(i == 0 ? "" : ",").append(HostileRecords.record(ids[i]));
    }
    return Files.write(dir.resolve(name), HostileRecords.gzip(HostileRecords.utf8(s.append("]}").toString())));
  }

  private static final class Read {
    final List<String> events = new ArrayList<>();
    final List<CloudTrailProblem> problems = new ArrayList<>();
    final List<String> skipped = new ArrayList<>();
  }

  private static Read read(Path path, int threads, ReadListener extra) {
    Read r = new Read();
    ReadListener listener = new ReadListener() {
      @Override
      public void sourceStarted(String source) {
        extra.sourceStarted(source);
      }

      @Override
      public void sourceSkipped(String source, String reason) {
        r.skipped.add(source + ": " + reason);
      }
    };
    try (Stream<CloudTrailEvent> s = CloudTrailReader.builder().parallelism(threads).onProblem(r.problems::add)
        .listener(listener).build().read(path)) {
      s.forEach(e -> r.events.add(e.eventID().orElse("?")));
    }
    return r;
  }

  private static Read read(Path path, int threads) {
    return read(path, threads, new ReadListener() { });
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void aSymbolicLinkLoopIsOneProblemAndTheRestIsRead(int threads) throws IOException {
    Path day = day();
    log(day, "a.json.gz", 0, 1);
    Files.createSymbolicLink(day.resolve("loop"), root.resolve("AWSLogs"));
    Files.createSymbolicLink(day.resolve("self.json.gz"), day.resolve("self.json.gz"));
    log(day, "z.json.gz", 2);
    Read r = read(root, threads);
    assertThat(r.events).containsExactly("id-0", "id-1", "id-2");
    assertThat(r.problems).extracting(p -> p.kind() + " " + root.relativize(Path.of(p.source())) + " #"
        + p.recordIndex()).containsExactly(
            "IO_ERROR AWSLogs/111122223333/CloudTrail/eu-west-1/2024/03/01/loop #-1",
            "IO_ERROR AWSLogs/111122223333/CloudTrail/eu-west-1/2024/03/01/self.json.gz #-1");
    assertThat(r.problems.get(0).message()).contains("symbolic link loop");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void aFileThatCannotBeReadIsOneProblemAndTheRestIsRead(int threads) throws IOException {
    Path day = day();
    log(day, "a.json.gz", 0);
    // /proc/self/mem opens but fails on the first read (nothing is mapped at address 0), even for root, who can
    // read a file whatever its permissions
    Path mem = Path.of("/proc/self/mem");
    assumeThat(Files.isReadable(mem)).isTrue();
    Files.createSymbolicLink(day.resolve("b.json.gz"), mem);
    log(day, "c.json.gz", 2);
    Read r = read(root, threads);
    assertThat(r.events).containsExactly("id-0", "id-2");
    assertThat(r.problems).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(ProblemKind.IO_ERROR);
      assertThat(p.source()).isEqualTo(day.resolve("b.json.gz").toString());
      assertThat(p.byteOffset()).isZero();
      assertThat(p.message()).startsWith("cannot read");
    });
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void aFileWithoutReadPermissionIsOneProblemAndTheRestIsRead(int threads) throws IOException {
    Path day = day();
    log(day, "a.json.gz", 0);
    Path locked = log(day, "b.json.gz", 1);
    Path lockedDir = Files.createDirectories(day.resolve("hidden-from-us"));
    log(lockedDir, "d.json.gz", 3);
    log(day, "c.json.gz", 2);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    Files.setPosixFilePermissions(lockedDir, PosixFilePermissions.fromString("---------"));
    try {
      List<String> events;
      List<String> problems;
      if (Files.isReadable(locked)) {
        // root (as in CI), whom permissions do not bind: read in a JVM without the capabilities that let root read
        // any file, where the owner's permission bits of the files we made bind root too
        List<String> lines = readWithoutPrivileges(root, threads);
        events = lines.stream().filter(l -> l.startsWith("event ")).map(l -> l.substring(6))
            .collect(Collectors.toList());
        problems = lines.stream().filter(l -> l.startsWith("problem ")).map(l -> l.substring(8))
            .collect(Collectors.toList());
      } else {
        Read r = read(root, threads);
        events = r.events;
        problems = r.problems.stream().map(p -> p.kind() + " " + Path.of(p.source()).getFileName() + ": "
            + p.message()).collect(Collectors.toList());
      }
      assertThat(events).containsExactly("id-0", "id-2");
      // in words: no Java class name (java.nio.file.AccessDeniedException); the source names the file
      assertThat(problems).containsExactly("IO_ERROR b.json.gz: permission denied",
          "IO_ERROR hidden-from-us: cannot visit: permission denied");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
      Files.setPosixFilePermissions(lockedDir, PosixFilePermissions.fromString("rwx------"));
    }
  }

  /**
   * {@link PermissionProbe}'s lines for {@code tree}, run by {@code setpriv} with {@code CAP_DAC_OVERRIDE} and
   * {@code CAP_DAC_READ_SEARCH} dropped from the bounding set.
   */
  private static List<String> readWithoutPrivileges(Path tree, int threads) throws IOException {
    List<String> command = List.of("setpriv", "--bounding-set", "-dac_override,-dac_read_search",
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), PermissionProbe.class.getName(), tree.toString(),
        Integer.toString(threads));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    try {
      if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new AssertionError("running as root, and dropping its privileges failed: " + command + "\n" + out);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    return out.lines().collect(Collectors.toList());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void aFileThatDisappearsDuringTheScanIsOneProblemAndTheRestIsRead(int threads) throws IOException {
    Path day = day();
    log(day, "a.json.gz", 0);
    Path gone = log(day, "b.json.gz", 1);
    log(day, "c.json.gz", 2);
    // the tree is listed when the stream is made; the file is deleted as soon as reading starts
    Read r = read(root, threads, new ReadListener() {
      @Override
      public void sourceStarted(String source) {
        try {
          Files.deleteIfExists(gone);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    });
    if (threads == 1) {
      assertThat(r.events).containsExactly("id-0", "id-2");
      assertThat(r.problems).singleElement().satisfies(p -> {
        assertThat(p.kind()).isEqualTo(ProblemKind.IO_ERROR);
        assertThat(p.source()).isEqualTo(gone.toString());
        assertThat(p.message()).contains("disappeared");
      });
    } else {
      // reading threads may open the file before the listener, on the consuming thread, deletes it: either the
      // file's record or its problem, never neither and never both
      assertThat(r.events.size() + r.problems.size()).isEqualTo(3);
      assertThat(r.events).contains("id-0", "id-2");
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void digestHiddenAndNonLogFilesAreSkippedNotReported(int threads) throws IOException {
    Path day = day();
    log(day, "a.json.gz", 0);
    Files.writeString(day.resolve(".DS_Store"), "junk");
    Files.writeString(day.resolve("notes.txt"), "not a log");
    Path digest = Files.createDirectories(root.resolve("AWSLogs/111122223333/CloudTrail-Digest/eu-west-1"));
    Files.writeString(digest.resolve("x.json.gz"), "{}");
    Read r = read(root, threads);
    assertThat(r.events).containsExactly("id-0");
    assertThat(r.problems).isEmpty();
    assertThat(r.skipped.stream().map(s -> s.substring(s.lastIndexOf('/') + 1)).collect(Collectors.toList()))
        .hasSize(3);
  }
}
