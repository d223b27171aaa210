package org.cloudtrail4j.parser.internal;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * What went wrong, in words for a user's report: an exception's own message, never its class name ({@code
 * toString()} would give {@code java.nio.file.FileSystemException: ...}). For the reader's problems, cloudtrail-s3's
 * and the command line's messages alike.
 */
public final class Causes {
  private Causes() {}

  /**
   * The failure in words.
   *
   * <ul>
   *   <li>A wrapper that only carries its cause (a {@link SourceStream} failure, an exception without a message of
   *       its own, or one whose message is its cause's {@code toString()}, as {@code new UncheckedIOException(e)}
   *       gives) says its cause's words.
   *   <li>A missing file is {@code no such file or directory}, a refused one {@code permission denied}, a file where
   *       a folder was needed {@code not a directory}, a link that leads back to a folder it is in {@code symbolic
   *       link loop}, any other file system failure the operating system's reason ({@code Is a directory}); followed
   *       by {@code : <file>} when that file is not {@code source}, so that the report names the file it is about.
   *   <li>Anything else is its message, kept as it is ({@code Connection reset}); one without a message (nor a cause
   *       with one), as a file system failure without a reason, is {@code no reason given}.
   * </ul>
   *
   * <p>The one wording of every module's reports: the reader's problems, cloudtrail-s3's and the command line's
   * messages, and the integrity module's results ({@code cannot be read: <file>: <these words>}).
   *
   * @param t the failure
   * @param source the name the report already gives (the problem's source), or null when it names no file
   * @return the words, never empty
   */
  public static String inWords(Throwable t, String source) {
    Throwable e = unwrap(t);
    if (e instanceof FileSystemException) {
      FileSystemException f = (FileSystemException) e;
      String what = e instanceof NoSuchFileException ? "no such file or directory"
          : e instanceof AccessDeniedException ? "permission denied"
          : !isBlank(f.getReason()) ? f.getReason()
          : e instanceof NotDirectoryException ? "not a directory"
          : e instanceof FileSystemLoopException ? "symbolic link loop"
          : "no reason given";
      String file = f.getFile();
      return file == null || file.equals(source) ? what : what + ": " + file;
    }
    String m = e.getMessage();
    return isBlank(m) ? "no reason given" : m;
  }

  /**
   * The exception that says what happened: through wrappers that only carry their cause (a {@link SourceStream}
   * failure, one without a message of its own, or one whose message is its cause's {@code toString()}, as {@code new
   * IOException(e)} gives).
   *
   * @param t the failure
   * @return {@code t}, or the innermost cause that has words of its own
   */
  public static Throwable unwrap(Throwable t) {
    Throwable e = t;
    for (int depth = 0; depth < 16 && e.getCause() != null && e.getCause() != e; depth++) {
      Throwable cause = e.getCause();
      String m = e.getMessage();
      boolean carrier = e instanceof SourceStream.Failure || isBlank(m) || m.equals(cause.toString());
      if (!carrier) {
        break;
      }
      e = cause;
    }
    return e;
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
