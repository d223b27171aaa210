package org.cloudtrail4j.parser.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * A window over a source's bytes. For an in-memory source it is the whole array; for a stream, a buffer refilled on
 * demand.
 *
 * <p>Events hold slices of the buffer, so a filled buffer is never written again: {@link #fill(int)} moves the
 * unfinished tail into a new array, or, for a {@link WindowFeed}, into the room in front of the next window's bytes.
 * Memory therefore stays bounded by the buffer size plus the largest record, and a record never needs the whole file
 * in memory.
 */
final class Input {
  private static final int INITIAL = 256 * 1024;
  private static final int FIRST = 16 * 1024;
  private static final byte[] EMPTY = new byte[0];

  private final InputStream in;
  private final WindowFeed feed;
  private final int maxWindow;
  /** A window of the feed whose bytes did not all fit into the last fill. */
  private WindowFeed.Window pending;
  byte[] buf;
  /** Index of the first byte not yet consumed. */
  int pos;
  /** Index after the last valid byte. */
  int limit;
  /** Absolute offset of {@code buf[0]} in the source. */
  long base;
  boolean eof;
  /**
   * Why the source ended early, when it did: a gzip stream cut short. The input then ends where the cut is, so that
   * everything before it is read as usual, and the parser reports the cut.
   */
  EOFException truncation;
  /** An I/O error met after some bytes were read: thrown by the next {@link #fill}, once those bytes are used. */
  private IOException deferred;

  /** An in-memory source: the whole of {@code bytes[offset, offset+length)}, no copy. */
  Input(byte[] bytes, int offset, int length) {
    this.in = null;
    this.feed = null;
    this.maxWindow = Integer.MAX_VALUE;
    this.buf = bytes;
    this.pos = offset;
    this.limit = offset + length;
    this.base = -offset;
    this.eof = true;
  }

  /** A streamed source, buffering at most about {@code maxWindow} bytes for one record. */
  Input(InputStream in, int maxWindow) {
    this.in = in;
    this.feed = null;
    this.maxWindow = maxWindow;
    this.buf = EMPTY; // the first fill() allocates the first window; nothing is kept from before it
    this.eof = false;
  }

  /** A source read through windows of a feed (inflated gzip), at most about {@code maxWindow} bytes for one record. */
  Input(WindowFeed feed, int maxWindow) {
    this.in = null;
    this.feed = feed;
    this.maxWindow = maxWindow;
    this.buf = EMPTY; // the first fill() allocates the first window; nothing is kept from before it
    this.eof = false;
  }

  /** Absolute source offset of buffer index {@code i}. */
  long offset(int i) {
    return base + i;
  }

  /**
   * Reads more bytes, keeping {@code buf[keepFrom, limit)}. Returns the shift applied to every index (new index = old
   * index - shift), or -1 at end of input, in which case nothing changed.
   *
   * @throws WindowFullException when keeping {@code keepFrom} would need a window over the limit
   */
  int fill(int keepFrom) throws IOException {
    if (deferred != null) {
      IOException e = deferred;
      deferred = null;
      eof = true;
      throw e;
    }
    if (eof) {
      return -1;
    }
    int keep = limit - keepFrom;
    if (keep >= maxWindow) {
      throw new WindowFullException();
    }
    if (feed != null) {
      return fillFromFeed(keepFrom, keep);
    }
    // sized for what is kept, not for the largest record so far: after a large record the window shrinks back. The
    // first windows are smaller (16 KB, then 64 KB), so a short stream such as one EventBridge event stays cheap.
    int size = Math.max(FIRST, Math.min(INITIAL, buf.length * 4));
    while (keep > size / 2 && size < maxWindow) {
      size = (int) Math.min((long) maxWindow + INITIAL, (long) size * 2);
    }
    byte[] next = new byte[size];
    int n = 0;
    while (keep + n < size) {
      int r;
      try {
        r = in.read(next, keep + n, size - keep - n);
      } catch (EOFException e) {
        truncation = e;
        r = -1;
      } catch (IOException e) {
        if (n == 0) {
          eof = true;
          throw e;
        }
        deferred = e; // the bytes read so far are good: hand them out first
        break;
      }
      if (r < 0) {
        eof = true;
        break;
      }
      n += r;
    }
    if (n == 0) {
      return -1; // eof is now set; the window is unchanged
    }
    System.arraycopy(buf, keepFrom, next, 0, keep);
    buf = next;
    base += keepFrom;
    pos -= keepFrom;
    limit = keep + n;
    return keepFrom;
  }

  /**
   * {@link #fill} from the feed: the kept bytes go into the room in front of the next window's bytes, and that window
   * becomes the buffer, no byte of it copied. Only a kept value larger than the room (a record over
   * {@link WindowFeed#HEADROOM}) is copied, with the windows after it, into a new array sized as for a stream.
   */
  private int fillFromFeed(int keepFrom, int keep) throws IOException {
    WindowFeed.Window w = pending != null ? pending : feed.next();
    pending = null;
    int n = w.limit - w.pos;
    if (n == 0) {
      endOfFeed(w, false);
      return -1;
    }
    if (keep <= w.pos && (limit >= w.pos || buf == EMPTY)) {
      // the usual case: the window becomes the buffer. The shift (limit - w.pos) is never negative, as every buffer
      // the feed gave ends past the room of the next window, except the first, which keeps nothing.
      int start = w.pos - keep;
      System.arraycopy(buf, keepFrom, w.bytes, start, keep);
      int shift = buf == EMPTY ? 0 : keepFrom - start;
      base += keepFrom - start;
      pos -= keepFrom - start;
      buf = w.bytes;
      limit = w.limit;
      endOfFeed(w, true);
      return shift;
    }
    int size = WindowFeed.HEADROOM + WindowFeed.SIZE;
    while (keep > size / 2 && size < maxWindow) {
      size = (int) Math.min((long) maxWindow + INITIAL, (long) size * 2);
    }
    byte[] next = new byte[size];
    System.arraycopy(buf, keepFrom, next, 0, keep);
    int filled = keep;
    while (true) {
      int k = Math.min(w.limit - w.pos, size - filled);
      System.arraycopy(w.bytes, w.pos, next, filled, k);
      w.pos += k;
      filled += k;
      if (w.pos < w.limit) {
        pending = w; // the rest goes into the next fill
        break;
      }
      if (w.last()) {
        endOfFeed(w, true);
        break;
      }
      if (filled == size) {
        break;
      }
      w = feed.next();
    }
    buf = next;
    base += keepFrom;
    pos -= keepFrom;
    limit = filled;
    return keepFrom;
  }

  /**
   * After the bytes of the feed's window {@code w} (none when {@code delivered} is false): how the source goes on.
   * As for a stream, a cut gzip stream ends the input where the cut is, and another error comes once the bytes before
   * it are used.
   */
  private void endOfFeed(WindowFeed.Window w, boolean delivered) throws IOException {
    if (w.end) {
      eof = true;
    } else if (w.error instanceof EOFException) {
      truncation = (EOFException) w.error;
      eof = true;
    } else if (w.error != null) {
      if (!delivered) {
        eof = true;
        throw w.error;
      }
      deferred = w.error;
    }
  }

  /** Whether this input is fed by a feed that has read its source to the end: the inflater is free for another. */
  boolean fedToTheEnd() {
    return feed != null && feed.sourceDone();
  }

  /** Stops a feed's reading ahead and closes what it reads; nothing for other inputs, whose streams their owners close. */
  void close() throws IOException {
    if (feed != null) {
      feed.close();
    }
  }

  /** Thrown by {@link #fill} when a single value would need more than the window limit. */
  static final class WindowFullException extends IOException {
    private static final long serialVersionUID = 1L;

    WindowFullException() {
      super("window full", null);
    }
  }
}
