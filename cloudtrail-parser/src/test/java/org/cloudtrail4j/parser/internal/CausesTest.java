package org.cloudtrail4j.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.junit.jupiter.api.Test;

/**
 * The one wording of causes, which every module's reports use (the reader's problems, cloudtrail-s3, the command
 * line, the integrity module's results): a table of failures and their words.
 */
class CausesTest {
  @Test
  void fileSystemFailuresInWordsNamingTheFileWhenTheReportDoesNot() {
    assertThat(Causes.inWords(new NoSuchFileException("/t/x"), null)).isEqualTo("no such file or directory: /t/x");
    assertThat(Causes.inWords(new NoSuchFileException("/t/x"), "/t/x")).isEqualTo("no such file or directory");
    assertThat(Causes.inWords(new AccessDeniedException("/t/x", null, "Permission denied"), null))
        .isEqualTo("permission denied: /t/x");
    assertThat(Causes.inWords(new NotDirectoryException("/t/x"), "/t/x")).isEqualTo("not a directory");
    assertThat(Causes.inWords(new FileSystemLoopException("/t/x"), "/t/x")).isEqualTo("symbolic link loop");
    assertThat(Causes.inWords(new FileSystemException("/t/x", null, "Is a directory"), "/t/x"))
        .isEqualTo("Is a directory");
    assertThat(Causes.inWords(new FileSystemException("/t/x", null, "Stale file handle"), "/t/y"))
        .isEqualTo("Stale file handle: /t/x");
    assertThat(Causes.inWords(new FileSystemException(null), null)).isEqualTo("no reason given");
  }

  @Test
  void otherFailuresSayTheirMessageAsItIs() {
    assertThat(Causes.inWords(new IOException("Connection reset"), null)).isEqualTo("Connection reset");
    assertThat(Causes.inWords(new IOException(), null)).isEqualTo("no reason given");
    assertThat(Causes.inWords(new IOException(" "), null)).isEqualTo("no reason given");
  }

  @Test
  void aWrapperThatOnlyCarriesItsCauseSaysTheCausesWords() {
    assertThat(Causes.inWords(new IOException(new SocketException("Connection reset")), null))
        .isEqualTo("Connection reset");
    assertThat(Causes.inWords(new UncheckedIOException(new AccessDeniedException("/t/x")), null))
        .isEqualTo("permission denied: /t/x");
    assertThat(Causes.inWords(new IOException(null, new IOException()), null)).isEqualTo("no reason given");
    // a wrapper with words of its own keeps them
    assertThat(Causes.inWords(new IOException("ListPublicKeys failed", new SocketException("reset")), null))
        .isEqualTo("ListPublicKeys failed");
  }
}
