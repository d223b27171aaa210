package org.cloudtrail4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A command's failure as the user sees it: one line in words, no Java class name (but in a bug's stack trace). */
class FailuresTest {
  @Test
  void anIoErrorSaysWhatWentWrongAndWhichFile() {
    assertThat(Failures.describe(new NoSuchFileException("/logs/a.json.gz")))
        .isEqualTo("no such file or directory: /logs/a.json.gz");
    assertThat(Failures.describe(new AccessDeniedException("/logs/a.json.gz")))
        .isEqualTo("permission denied: /logs/a.json.gz");
    assertThat(Failures.describe(new FileSystemException("/logs/a.json.gz", null, "Input/output error")))
        .isEqualTo("I/O error: Input/output error: /logs/a.json.gz");
    assertThat(Failures.describe(new IOException("cannot list s3://b/AWSLogs/: HTTP 403 (AccessDenied): access "
        + "denied"))).isEqualTo("I/O error: cannot list s3://b/AWSLogs/: HTTP 403 (AccessDenied): access denied");
    assertThat(Failures.describe(new IOException(new java.net.SocketException("Connection reset"))))
        .isEqualTo("I/O error: Connection reset");
    assertThat(Failures.describe(new IOException())).isEqualTo("I/O error: no reason given");
  }

  @CommandLine.Command(name = "test")
  static final class Nothing { }

  private static String handled(Exception e, int exitCode) {
    StringWriter err = new StringWriter();
    CommandLine cmd = new CommandLine(new Nothing()).setErr(new PrintWriter(err));
    assertThat(new Failures().handleExecutionException(e, cmd, null)).isEqualTo(exitCode);
    return err.toString();
  }

  @Test
  void anUncheckedIoErrorIsOneLineWithoutAStackTrace() {
    assertThat(handled(new UncheckedIOException(new IOException("Connection reset")), ExitCodes.IO_ERROR))
        .isEqualTo("cloudtrail: I/O error: Connection reset" + System.lineSeparator());
  }

  @Test
  void aBugSaysWhatWentWrongInWordsAndThenItsStackTrace() {
    String err = handled(new IllegalStateException("closed"), ExitCodes.INTERNAL_ERROR);
    assertThat(err.lines().findFirst()).hasValue("cloudtrail: internal error, please report it: closed");
    assertThat(err.lines().skip(1).findFirst()).hasValue("java.lang.IllegalStateException: closed");
  }
}
