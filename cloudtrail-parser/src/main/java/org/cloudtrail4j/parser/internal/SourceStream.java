package org.cloudtrail4j.parser.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A user's source stream, read so that its unchecked failures are I/O errors of that source: an S3 body fails with
 * the SDK's {@code SdkClientException}, a user's stream with whatever it throws, and without this the exception would
 * leave the event stream raw, without the source's name, losing the other sources of a lenient read. Here it becomes
 * a {@link Failure} (an {@link IOException} whose cause is the exception), which the parser reports as an
 * {@code IO_ERROR} problem naming the source and offset, after handing out the bytes read before it. {@link Error}s
 * are not caught: they are not the source's problem.
 */
final class SourceStream extends FilterInputStream {
  private SourceStream(InputStream in) {
    super(in);
  }

  /** {@code in} with its unchecked failures turned into {@link Failure}s. */
  static InputStream of(InputStream in) {
    return in instanceof SourceStream ? in : new SourceStream(in);
  }

  @Override
  public int read() throws IOException {
    try {
      return in.read();
    } catch (RuntimeException e) {
      throw new Failure(e);
    }
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    try {
      return in.read(b, off, len);
    } catch (RuntimeException e) {
      throw new Failure(e);
    }
  }

  @Override
  public long skip(long n) throws IOException {
    try {
      return in.skip(n);
    } catch (RuntimeException e) {
      throw new Failure(e);
    }
  }

  @Override
  public int available() throws IOException {
    try {
      return in.available();
    } catch (RuntimeException e) {
      throw new Failure(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      in.close();
    } catch (RuntimeException e) {
      throw new Failure(e);
    }
  }

  /** An unchecked exception thrown by a source's stream, carried as its cause. */
  static final class Failure extends IOException {
    private static final long serialVersionUID = 1L;

    Failure(RuntimeException cause) {
      super(Causes.inWords(cause, null), cause);
    }
  }
}
