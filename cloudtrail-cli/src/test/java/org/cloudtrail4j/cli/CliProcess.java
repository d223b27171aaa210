package org.cloudtrail4j.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs the real executable jar, {@code java -jar cloudtrail.jar ARGS}, as a process with the JVM running the tests,
 * and captures its exit code, stdout and stderr. Failsafe passes the jar's and the samples' paths.
 */
final class CliProcess {
  /** The shaded jar the build made. */
  static final Path JAR = Path.of(System.getProperty("cli.jar", "target/cloudtrail.jar")).toAbsolutePath();
  /** The repository's {@code samples/} folder. */
  static final Path SAMPLES = Path.of(System.getProperty("cli.samples", "../samples")).toAbsolutePath().normalize();
  /** The repository root: commands on the samples run there, as the README's do. */
  static final Path REPO = SAMPLES.getParent();
  /** This module's test inputs, as copied to {@code target/test-classes/cli}. */
  static final Path TEST_DATA =
      Path.of(System.getProperty("cli.testdata", "target/test-classes/cli")).toAbsolutePath();

  private static final long TIMEOUT_SECONDS = 120;

  /** What a run printed and returned. */
  static final class Result {
    final int exitCode;
    final String stdout;
    final String stderr;

    Result(int exitCode, String stdout, String stderr) {
      this.exitCode = exitCode;
      this.stdout = stdout;
      this.stderr = stderr;
    }

    /** The stdout lines, without line ends. */
    List<String> lines() {
      return stdout.lines().collect(Collectors.toList());
    }

    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
    }
  }

  private CliProcess() {}

  /** Runs {@code cloudtrail ARGS} in the repository root. */
  static Result run(String... args) {
    return runIn(REPO, args);
  }

  /** Runs {@code cloudtrail ARGS} in the repository root with {@code stdin} as its standard input. */
  static Result runWithInput(byte[] stdin, String... args) {
    try {
      Path in = Files.createTempFile("cloudtrail-in", ".bin");
      try {
        Files.write(in, stdin);
        return runIn(REPO, in.toFile(), java.util.Map.of(), args);
      } finally {
        Files.deleteIfExists(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs {@code cloudtrail ARGS} with its standard output a pipe that this side closes after reading {@code lines}
   * lines, as {@code cloudtrail ... | head -n LINES} does.
   */
  static Result runIntoClosedPipe(int lines, String... args) {
    List<String> command = command(args);
    try {
      Path err = Files.createTempFile("cloudtrail-err", ".txt");
      try {
        Process p = new ProcessBuilder(command).directory(REPO.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
            .redirectError(err.toFile())
            .start();
        StringBuilder read = new StringBuilder();
        try (java.io.BufferedReader out = new java.io.BufferedReader(
            new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
          for (int i = 0; i < lines; i++) {
            read.append(out.readLine()).append('\n');
          }
        }
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          throw new AssertionError("cloudtrail " + String.join(" ", args) + " ran over " + TIMEOUT_SECONDS + " s");
        }
        return new Result(p.exitValue(), read.toString(), Files.readString(err, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static List<String> command(String... args) {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException("no " + JAR + ": run the tests with mvn verify, after package");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    return command;
  }

  /** Runs {@code cloudtrail ARGS} in {@code dir}. */
  static Result runIn(Path dir, String... args) {
    return runIn(dir, nullDevice(), java.util.Map.of(), args);
  }

  /** Runs {@code cloudtrail ARGS} in the repository root with {@code env} added to the environment. */
  static Result runWith(java.util.Map<String, String> env, String... args) {
    return runIn(REPO, nullDevice(), env, args);
  }

  private static Result runIn(Path dir, File stdin, java.util.Map<String, String> env, String... args) {
    List<String> command = command(args);
    try {
      Path out = Files.createTempFile("cloudtrail-out", ".txt");
      Path err = Files.createTempFile("cloudtrail-err", ".txt");
      try {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        Process p = pb.directory(dir.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(stdin))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          throw new AssertionError("cloudtrail " + String.join(" ", args) + " ran over " + TIMEOUT_SECONDS + " s");
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** An expected output kept in {@code src/test/resources/expected}. */
  static String expected(String name) {
    try {
      return Files.readString(TEST_DATA.resolveSibling("expected").resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static File nullDevice() {
    return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }
}
