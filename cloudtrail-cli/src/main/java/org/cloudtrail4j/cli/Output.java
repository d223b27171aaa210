package org.cloudtrail4j.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.cloudtrail4j.model.json.JsonValue;

/**
 * Standard output as UTF-8 bytes, buffered: raw records are copied without decoding, text is encoded once. Unlike
 * {@link java.io.PrintStream} it does not swallow write errors, so a closed pipe ends the command.
 */
final class Output {
  private static final int BUFFER = 1 << 16;

  private final OutputStream out;
  private final Writer writer;
  private byte[] scratch = new byte[8192];

  Output(OutputStream out) {
    this.out = new BufferedOutputStream(out, BUFFER);
    this.writer = new OutputStreamWriter(this.out, StandardCharsets.UTF_8);
  }

  /** A writer onto the same stream, for picocli's help; flush it before writing bytes. */
  Writer writer() {
    return writer;
  }

  /** Writes {@code text} as UTF-8. */
  Output print(CharSequence text) {
    try {
      out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Writes {@code text} and a newline. */
  Output println(CharSequence text) {
    return print(text).newline();
  }

  /** Writes a newline. */
  Output newline() {
    try {
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /**
   * Writes a record's JSON on one line: its exact bytes, or, when it spans lines (pretty-printed input), its bytes
   * without the whitespace between tokens, so that each line is one record (NDJSON).
   */
  Output record(JsonValue json) {
    int n = json.byteLength();
    if (scratch.length < n) {
      scratch = new byte[Math.max(n, scratch.length * 2)];
    }
    try {
      json.writeTo(new ArrayFill(scratch));
      if (OneLineJson.isOneLine(scratch, n)) {
        out.write(scratch, 0, n);
      } else {
        out.write(scratch, 0, OneLineJson.compact(scratch, n));
      }
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Flushes to the operating system. */
  void flush() {
    try {
      writer.flush();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Flushes, ignoring a failure (the command has already reported it, or the reader of a pipe is gone). */
  void flushQuietly() {
    try {
      flush();
    } catch (UncheckedIOException e) {
      // nothing left to tell: the exit code stands
    }
  }

  /** Fills an array that is known to be large enough; {@link JsonValue#writeTo} writes its slice in one call. */
  private static final class ArrayFill extends OutputStream {
    private final byte[] array;
    private int size;

    ArrayFill(byte[] array) {
      this.array = array;
    }

    @Override
    public void write(int b) {
      array[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      System.arraycopy(b, off, array, size, len);
      size += len;
    }
  }
}
