package org.cloudtrail4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.cloudtrail4j.parser.internal.Causes;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * An exception out of a command: I/O errors become a one-line message and {@link ExitCodes#IO_ERROR}; anything else is
 * a bug, reported with its stack trace and {@link ExitCodes#INTERNAL_ERROR}. The line says what went wrong in words
 * (the exception's class is in the stack trace, for a bug, and no help to a user).
 */
final class Failures implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    IOException io = ioCause(e);
    if (io != null) {
      if (isBrokenPipe(io)) {
        return ExitCodes.OK; // the reader of our output has all it wanted (cat ... | head): not an error
      }
      err.println("cloudtrail: " + describe(io));
      err.flush();
      return ExitCodes.IO_ERROR;
    }
    err.println("cloudtrail: internal error, please report it: " + Causes.inWords(e, null));
    e.printStackTrace(err);
    err.flush();
    return ExitCodes.INTERNAL_ERROR;
  }

  /** The I/O failure behind {@code e}, if that is what it is. */
  static IOException ioCause(Throwable e) {
    if (e instanceof IOException) {
      return (IOException) e;
    }
    return e instanceof UncheckedIOException ? ((UncheckedIOException) e).getCause() : null;
  }

  /** What went wrong, in the words of a Unix tool ({@code no such file or directory: <file>}), the reader's. */
  static String describe(IOException e) {
    String words = Causes.inWords(e, null);
    return e instanceof NoSuchFileException || e instanceof AccessDeniedException ? words : "I/O error: " + words;
  }

  /** The reader of our stdout went away ({@code cloudtrail cat ... | head}): not worth a message. */
  private static boolean isBrokenPipe(IOException e) {
    String m = e.getMessage();
    return m != null && m.contains("Broken pipe");
  }
}
