package org.cloudtrail4j.integrity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/**
 * What a report says about an object it could not read: the file or object and the cause in words, never the class
 * name of an exception ({@code java.nio.file.AccessDeniedException: /t/x}), which is what it said until 2026-12-01.
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
        .isEqualTo("cannot be read: /trail/" + KEY + ": input/output error");
    assertThat(Validation.cannotBeRead(KEY, new FileSystemLoopException("/trail/" + KEY)))
        .isEqualTo("cannot be read: /trail/" + KEY + ": a symbolic link loop");
    assertThat(Validation.cannotBeRead(KEY, new NoSuchFileException("/trail/" + KEY + ".sig")))
        .isEqualTo("cannot be read: /trail/" + KEY + ".sig: not found");
    assertThat(Validation.cannotBeRead(KEY, new FileSystemException(null)))
        .isEqualTo("cannot be read: " + KEY + ": an input/output error");
  }

  @Test
  void anotherStoresMessageNamesTheObject() {
    // a message that names the object already (the S3 store's) is kept whole
    assertThat(Validation.cannotBeRead(KEY, new IOException("cannot get s3://bucket/" + KEY + ": HTTP 500")))
        .isEqualTo("cannot be read: cannot get s3://bucket/" + KEY + ": HTTP 500");
    // one that does not is given the key
    assertThat(Validation.cannotBeRead(KEY, new IOException("Is a directory")))
        .isEqualTo("cannot be read: " + KEY + ": is a directory");
    assertThat(Validation.cannotBeRead(KEY, new IOException()))
        .isEqualTo("cannot be read: " + KEY + ": an input/output error");
  }

  @Test
  void aWrapperThatOnlyCarriesItsCauseSaysTheCause() {
    // new IOException(cause) has the cause's toString() as its message: class name included
    assertThat(Validation.cannotBeRead(KEY, new IOException(new java.net.SocketException("Connection reset"))))
        .isEqualTo("cannot be read: " + KEY + ": connection reset");
    assertThat(Validation.cannotBeRead(KEY, new IOException(new AccessDeniedException("/trail/" + KEY))))
        .isEqualTo("cannot be read: /trail/" + KEY + ": permission denied");
    assertThat(Validation.because(new IOException(null, new IOException("Stale file handle"))))
        .isEqualTo("stale file handle");
    // a wrapper with words of its own keeps them
    assertThat(Validation.because(new IOException("ListPublicKeys failed", new java.net.SocketException("reset"))))
        .isEqualTo("ListPublicKeys failed");
  }

  @Test
  void aNameStaysAsItIs() {
    assertThat(Validation.because(new IOException("ListPublicKeys in cn-north-1 failed")))
        .isEqualTo("ListPublicKeys in cn-north-1 failed");
    assertThat(Validation.because(new IOException("HTTP 403"))).isEqualTo("HTTP 403");
    assertThat(Validation.because(new IOException("Stale file handle"))).isEqualTo("stale file handle");
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
