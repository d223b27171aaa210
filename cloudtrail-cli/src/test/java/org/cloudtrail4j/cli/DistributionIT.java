package org.cloudtrail4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archives as a user gets them: unpacked with {@code tar}, the launcher {@code bin/cloudtrail} runs
 * the tool (also through a symbolic link, and with {@code JAVA_HOME} pointing at the JDK running the tests), prints
 * the version, and the archive carries the shell completion script, LICENSE and NOTICE. The launcher's
 * class-data sharing archive is made on the first run and used after, and no archive, a damaged one, one the Java
 * rejects or a cache that cannot be written changes what a command prints or returns.
 */
class DistributionIT {
  private static final Path TAR = Path.of(System.getProperty("cli.dist.tar", "target/none.tar.gz"));
  private static final Path ZIP = Path.of(System.getProperty("cli.dist.zip", "target/none.zip"));
  private static final String VERSION = System.getProperty("cli.version", "");

  @TempDir
  static Path unpacked;

  private static Path home;

  @BeforeAll
  static void unpack() throws Exception {
    assertThat(TAR).isRegularFile();
    Process tar = new ProcessBuilder("tar", "xzf", TAR.toAbsolutePath().toString(), "-C", unpacked.toString())
        .redirectErrorStream(true).start();
    String out = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(tar.waitFor()).as(out).isZero();
    home = unpacked.resolve("cloudtrail-" + VERSION);
  }

  @Test
  void theArchiveHoldsTheLauncherTheJarTheCompletionAndTheLicence() {
    assertThat(home.resolve("bin/cloudtrail")).isExecutable();
    assertThat(home.resolve("lib/cloudtrail.jar")).isRegularFile();
    assertThat(home.resolve("completion/cloudtrail.bash")).content().contains("complete -F");
    assertThat(home.resolve("LICENSE")).content().contains("Apache License");
    assertThat(home.resolve("NOTICE")).content().contains("cloudtrail4j");
    assertThat(home.resolve("README.txt")).content().contains("cloudtrail " + VERSION);
  }

  @Test
  void theExecutableJarCarriesOneLicenceAndNotice() throws IOException {
    try (ZipFile jar = new ZipFile(home.resolve("lib/cloudtrail.jar").toFile())) {
      assertThat(new String(jar.getInputStream(jar.getEntry("META-INF/LICENSE")).readAllBytes(),
          StandardCharsets.UTF_8)).contains("Apache License");
      assertThat(new String(jar.getInputStream(jar.getEntry("META-INF/NOTICE")).readAllBytes(),
          StandardCharsets.UTF_8)).contains("cloudtrail4j").contains("jackson-core").contains("picocli");
    }
  }

  @Test
  void theZipHoldsTheSameFilesAsTheTarball() throws IOException {
    List<String> zipped;
    try (ZipFile zip = new ZipFile(ZIP.toFile())) {
      zipped = Collections.list(zip.entries()).stream().filter(e -> !e.isDirectory()).map(e -> e.getName())
          .collect(Collectors.toList());
    }
    List<String> files = new ArrayList<>();
    try (var walk = Files.walk(home)) {
      walk.filter(Files::isRegularFile).forEach(p -> files.add(unpacked.relativize(p).toString()));
    }
    assertThat(new TreeSet<>(zipped)).isEqualTo(new TreeSet<>(files));
  }

  @Test
  void versionPrintsTheLibraryVersion() throws Exception {
    Run r = launch(home.resolve("bin/cloudtrail"), "--version");
    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.stdout).startsWith("cloudtrail " + VERSION + "\n");
  }

  @Test
  void theLauncherReadsTheSamples() throws Exception {
    Run r = launch(home.resolve("bin/cloudtrail"), "stats", CliProcess.SAMPLES.resolve("AWSLogs").toString());
    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.stdout).containsPattern("(?m)^ *records +" + ExpectedTsv.total() + "$");
  }

  @Test
  void theLauncherWorksThroughASymbolicLink() throws Exception {
    // as ~/.local/bin/cloudtrail -> .../cloudtrail-VERSION/bin/cloudtrail (inside the same temporary folder, which
    // JUnit then deletes without a warning about a link leading out of it)
    Path bin = Files.createDirectories(unpacked.resolve("path-bin"));
    Path link = Files.createSymbolicLink(bin.resolve("cloudtrail"), home.resolve("bin/cloudtrail"));
    Run r = launch(link, "--version");
    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.stdout).startsWith("cloudtrail " + VERSION);
  }

  @Test
  void aJavaHomeWithoutJavaIsReportedNotRun(@TempDir Path empty) throws Exception {
    Run r = launch(home.resolve("bin/cloudtrail"), Map.of("JAVA_HOME", empty.toString()), "--version");
    assertThat(r.exitCode).isEqualTo(4);
    assertThat(r.stderr).contains("JAVA_HOME").contains("no bin/java");
  }

  @Test
  void theFirstRunRecordsAClassDataArchiveThatLaterRunsUse(@TempDir Path cache) throws Exception {
    Run first = launch(home.resolve("bin/cloudtrail"), cdsIn(cache), "stats", samples());
    assertThat(first.exitCode).as(first.toString()).isZero();
    assertThat(first.stderr).isEmpty();
    assertThat(archives(cache)).as("one archive, no temporary file left").hasSize(1)
        .allMatch(p -> p.getFileName().toString().matches("cloudtrail-[0-9]+\\.jsa"));
    assertThat(cacheFiles(cache)).as("nothing but the archive").hasSize(1);

    // JAVA_OPTS is part of the archive's key, so the run that logs class loading makes an archive of its own and
    // the one after it shows where the classes came from
    Path loaded = cache.resolve("class-load.log");
    Map<String, String> env = new java.util.HashMap<>(cdsIn(cache));
    env.put("JAVA_OPTS", "-Xlog:class+load=info:file=" + loaded);
    Run second = launch(home.resolve("bin/cloudtrail"), env, "stats", samples());
    assertThat(second.exitCode).as(second.toString()).isZero();
    assertThat(second.stdout).isEqualTo(first.stdout);
    assertThat(archives(cache)).hasSize(2);
    Run third = launch(home.resolve("bin/cloudtrail"), env, "stats", samples());
    assertThat(third.stdout).isEqualTo(first.stdout);
    assertThat(third.stderr).isEmpty();
    assertThat(loaded).content()
        .containsPattern("org\\.cloudtrail4j\\.cli\\.CloudTrailCli source: shared objects file")
        .containsPattern("org\\.cloudtrail4j\\.cli\\.StatsCommand source: shared objects file")
        .containsPattern("org\\.cloudtrail4j\\.parser\\.CloudTrailReader source: shared objects file")
        .containsPattern("java\\.lang\\.Object source: shared objects file");
    if (Runtime.version().feature() < 24) {
      // the reason for a static archive: -XX:ArchiveClassesAtExit leaves out picocli's classes (Java 5 class files);
      // -Xshare:dump keeps them up to Java 23 (24 and later skip such classes in every kind of archive)
      assertThat(loaded).content().containsPattern("picocli\\.CommandLine source: shared objects file");
    }
  }

  @Test
  void anArchiveTheJavaDoesNotAcceptIsIgnoredNotFatal(@TempDir Path cache) throws Exception {
    // as when the archive was made by another Java: the JVM rejects an archive whose settings are not its own
    Run first = launch(home.resolve("bin/cloudtrail"), cdsIn(cache), "stats", samples());
    assertThat(first.exitCode).as(first.toString()).isZero();
    Path made = archives(cache).get(0);
    Map<String, String> env = new java.util.HashMap<>(cdsIn(cache));
    env.put("JAVA_OPTS", "-XX:-UseCompressedOops");
    Run other = launch(home.resolve("bin/cloudtrail"), env, "stats", samples());
    assertThat(other.stdout).isEqualTo(first.stdout);
    assertThat(other.stderr).isEmpty();
    // the name this Java and these options use (an archive, or a mark that none could be made), now holding an
    // archive made with compressed references
    Path theirs;
    try (var files = Files.list(cache)) {
      theirs = files.filter(p -> !p.equals(made)).findFirst().orElseThrow();
    }
    Files.delete(theirs);
    Files.copy(made, cache.resolve(theirs.getFileName().toString().replaceFirst("\\.failed$", "")));
    Run rejected = launch(home.resolve("bin/cloudtrail"), env, "stats", samples());
    assertThat(rejected.exitCode).as(rejected.toString()).isZero();
    assertThat(rejected.stdout).isEqualTo(first.stdout);
    assertThat(rejected.stderr).isEmpty();
  }

  @Test
  void theLauncherRunsTheQuickCompilerOnlyUnlessJavaOptsSaysOtherwise() throws Exception {
    Map<String, String> env = new java.util.HashMap<>(cdsIn(unpacked.resolve("cds-cache")));
    env.put("JAVA_OPTS", "-XX:+PrintFlagsFinal");
    Run quick = launch(home.resolve("bin/cloudtrail"), env, "--version");
    assertThat(quick.exitCode).as(quick.toString()).isZero();
    assertThat(quick.stdout).containsPattern("(?m)^ *intx TieredStopAtLevel += 1 ");
    env.put("JAVA_OPTS", "-XX:TieredStopAtLevel=4 -XX:+PrintFlagsFinal");
    Run tiered = launch(home.resolve("bin/cloudtrail"), env, "--version");
    assertThat(tiered.exitCode).as(tiered.toString()).isZero();
    assertThat(tiered.stdout).containsPattern("(?m)^ *intx TieredStopAtLevel += 4 ");
  }

  @Test
  void aDamagedArchiveIsIgnoredNotFatal(@TempDir Path cache) throws Exception {
    Run first = launch(home.resolve("bin/cloudtrail"), cdsIn(cache), "stats", samples());
    assertThat(first.exitCode).as(first.toString()).isZero();
    for (Path archive : archives(cache)) {
      Files.writeString(archive, "not a class-data sharing archive\n".repeat(100));
    }
    Run damaged = launch(home.resolve("bin/cloudtrail"), cdsIn(cache), "stats", samples());
    assertThat(damaged.exitCode).as(damaged.toString()).isZero();
    assertThat(damaged.stdout).isEqualTo(first.stdout);
    assertThat(damaged.stderr).isEmpty();
  }

  @Test
  void aCacheThatCannotBeWrittenCostsNothingButTheSpeedUp(@TempDir Path tmp) throws Exception {
    Path notAFolder = Files.writeString(tmp.resolve("file"), "a file where the cache folder would be");
    Run plain = launch(home.resolve("bin/cloudtrail"), Map.of("JAVA_HOME", System.getProperty("java.home"),
        "CLOUDTRAIL_CDS", "off"), "stats", samples());
    Run r = launch(home.resolve("bin/cloudtrail"), cdsIn(notAFolder.resolve("cache")), "stats", samples());
    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.stdout).isEqualTo(plain.stdout);
    assertThat(r.stderr).isEmpty();
  }

  @Test
  void cdsOffWritesNoArchive(@TempDir Path cache) throws Exception {
    Map<String, String> env = new java.util.HashMap<>(cdsIn(cache));
    env.put("CLOUDTRAIL_CDS", "off");
    Run r = launch(home.resolve("bin/cloudtrail"), env, "--version");
    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(cache).isEmptyDirectory();
  }

  @Test
  void theExitCodeOfAFirstRunIsTheToolsOwn(@TempDir Path cache) throws Exception {
    Run r = launch(home.resolve("bin/cloudtrail"), cdsIn(cache), "stats", "/nonexistent/AWSLogs");
    assertThat(r.exitCode).as(r.toString()).isNotZero();
    Run again = launch(home.resolve("bin/cloudtrail"), cdsIn(cache), "stats", "/nonexistent/AWSLogs");
    assertThat(again.exitCode).as(again.toString()).isEqualTo(r.exitCode);
    assertThat(again.stderr).isEqualTo(r.stderr);
  }

  private static Map<String, String> cdsIn(Path cache) {
    return Map.of("JAVA_HOME", System.getProperty("java.home"), "CLOUDTRAIL_CDS_DIR", cache.toString());
  }

  private static String samples() {
    return CliProcess.SAMPLES.resolve("AWSLogs").toString();
  }

  private static List<Path> cacheFiles(Path cache) throws IOException {
    try (var files = Files.list(cache)) {
      return files.collect(Collectors.toList());
    }
  }

  private static List<Path> archives(Path cache) throws IOException {
    try (var files = Files.list(cache)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".jsa")).collect(Collectors.toList());
    }
  }

  @Test
  void theCompletionScriptLoadsInBash() throws Exception {
    Process p = new ProcessBuilder("bash", "-c", "source \"$0\" && complete -p cloudtrail",
        home.resolve("completion/cloudtrail.bash").toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    assertThat(out).contains("cloudtrail");
  }

  private static Run launch(Path launcher, String... args) throws Exception {
    // the class-data sharing archive goes to the test's folder, not to the home directory's cache
    return launch(launcher, cdsIn(unpacked.resolve("cds-cache")), args);
  }

  private static Run launch(Path launcher, Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(launcher.toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(CliProcess.REPO.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    pb.environment().putAll(env);
    Path out = Files.createTempFile("launcher-out", ".txt");
    Path err = Files.createTempFile("launcher-err", ".txt");
    try {
      Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
      return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** What a launcher run printed and returned. */
  private static final class Run {
    final int exitCode;
    final String stdout;
    final String stderr;

    Run(int exitCode, String stdout, String stderr) {
      this.exitCode = exitCode;
      this.stdout = stdout;
      this.stderr = stderr;
    }

    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
    }
  }
}
