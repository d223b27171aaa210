package org.cloudtrail4j.integrity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.cloudtrail4j.parser.internal.Causes;
import org.junit.jupiter.api.Test;

/**
 * What a report says about an object it could not read: the file or object and the cause in words, never the class
 * name of an exception ({@code java.nio.file.AccessDeniedException: /t/x}), which is what it said until 2026-12-01;
 * the cause in the same words as the reader's problems, cloudtrail-s3's and the command line's messages (the
 * parser's {@code Causes}), which it said differently until session 9 ({@code not found}, {@code an input/output
 * error}, {@code <file>: permission denied}).
 */
class UnreadableMessageTest {
  static final String KEY = "AWSLogs/111122223333/CloudTrail/us-east-1/2026/01/05/x.json.gz";

  @Test
  void permissionDeniedNamesTheFile() {
    assertThat(Validation.cannotBeRead(KEY, new AccessDeniedException("/trail/" + KEY)))
        .isEqualTo("cannot be read: /trail/" + KEY + ": permission denied");
    assertThat(Validation.cannotBeRead(KEY, new AccessDeniedException("/trail/" + KEY, null, "Permission denied")))
        .isEqualTo("cannot be read: /trail/" + KEY + ": permission denied");
  }

  @Test
  void aFileSystemReasonIsKeptInWords() {
    assertThat(Validation.cannotBeRead(KEY, new FileSystemException("/trail/" + KEY, null, "Input/output error")))
        .isEqualTo("cannot be read: /trail/" + KEY + ": Input/output error");
    assertThat(Validation.cannotBeRead(KEY, new FileSystemLoopException("/trail/" + KEY)))
        .isEqualTo("cannot be read: /trail/" + KEY + ": symbolic link loop");
    assertThat(Validation.cannotBeRead(KEY, new NoSuchFileException("/trail/" + KEY + ".sig")))
        .isEqualTo("cannot be read: /trail/" + KEY + ".sig: no such file or directory");
    assertThat(Validation.cannotBeRead(KEY, new FileSystemException(null)))
        .isEqualTo("cannot be read: " + KEY + ": no reason given");
    assertThat(Validation.cannotBeRead(KEY, new FileSystemException("/trail/" + KEY, "/elsewhere", "Stale file "
        + "handle"))).isEqualTo("cannot be read: /trail/" + KEY + " -> /elsewhere: Stale file handle");
  }

  @Test
  void anotherStoresMessageNamesTheObject() {
    // a message that names the object already (the S3 store's) is kept whole
    assertThat(Validation.cannotBeRead(KEY, new IOException("cannot get s3://bucket/" + KEY + ": HTTP 500")))
        .isEqualTo("cannot be read: cannot get s3://bucket/" + KEY + ": HTTP 500");
    // one that does not is given the key
    assertThat(Validation.cannotBeRead(KEY, new IOException("Is a directory")))
        .isEqualTo("cannot be read: " + KEY + ": Is a directory");
    assertThat(Validation.cannotBeRead(KEY, new IOException()))
        .isEqualTo("cannot be read: " + KEY + ": no reason given");
  }

  @Test
  void aWrapperThatOnlyCarriesItsCauseSaysTheCause() {
    // new IOException(cause) has the cause's toString() as its message: class name included
    assertThat(Validation.cannotBeRead(KEY, new IOException(new java.net.SocketException("Connection reset"))))
        .isEqualTo("cannot be read: " + KEY + ": Connection reset");
    assertThat(Validation.cannotBeRead(KEY, new IOException(new AccessDeniedException("/trail/" + KEY))))
        .isEqualTo("cannot be read: /trail/" + KEY + ": permission denied");
    assertThat(Validation.because(new IOException(null, new IOException("Stale file handle"))))
        .isEqualTo("Stale file handle");
    // a wrapper with words of its own keeps them
    assertThat(Validation.because(new IOException("ListPublicKeys failed", new java.net.SocketException("reset"))))
        .isEqualTo("ListPublicKeys failed");
  }

  @Test
  void aMessageStaysAsItIs() {
    assertThat(Validation.because(new IOException("ListPublicKeys in cn-north-1 failed")))
        .isEqualTo("ListPublicKeys in cn-north-1 failed");
    assertThat(Validation.because(new IOException("HTTP 403"))).isEqualTo("HTTP 403");
    assertThat(Validation.because(new IOException("Stale file handle"))).isEqualTo("Stale file handle");
  }

  @Test
  void theCauseIsInTheReadersWords() {
    // one wording for every module: what the reader's problems (and s3's, the CLI's) say of the same failure
    IOException[] failures = {new NoSuchFileException("/trail/k"), new AccessDeniedException("/trail/k"),
        new NotDirectoryException("/trail/k"), new FileSystemLoopException("/trail/k"),
        new FileSystemException("/trail/k", null, "Is a directory"), new FileSystemException("/trail/k"),
        new IOException(), new IOException("Connection reset"),
        new IOException(new java.net.SocketException("Connection reset"))};
    for (IOException e : failures) {
      assertThat(Validation.because(e)).isEqualTo(Causes.inWords(e, null));
      String file = e instanceof FileSystemException f ? f.getFile() : KEY;
      assertThat(Validation.cannotBeRead(KEY, e)).isEqualTo("cannot be read: " + file + ": " + Causes.inWords(e, file));
    }
    assertThat(Validation.because(new AccessDeniedException("/keys/us-east-1.json")))
        .isEqualTo("permission denied: /keys/us-east-1.json");
  }

  @Test
  void neverAClassName() {
    for (IOException e : new IOException[] {new AccessDeniedException("/t/x"), new IOException("boom"),
        new FileSystemException("/t/x", null, "Stale file handle"), new java.io.EOFException(),
        new IOException(new java.net.SocketException("Connection reset")),
        new IOException(new IllegalStateException("the body broke off"))}) {
      assertThat(Validation.cannotBeRead(KEY, e)).doesNotContain("java.").doesNotContain("Exception");
    }
  }
}
