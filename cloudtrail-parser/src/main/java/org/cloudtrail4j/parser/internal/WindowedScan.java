package org.cloudtrail4j.parser.internal;

import java.io.IOException;
import org.cloudtrail4j.model.internal.MalformedJsonException;

/**
 * Scans a value that must lie whole in the window: when the scan runs out of bytes, the window is refilled (keeping
 * the value's start) and the scan starts again. The one form of "scan; on a truncation refill and retry" that the
 * parser's readers share; what a failure means is theirs to say.
 */
final class WindowedScan {
  private WindowedScan() {}

  /** A scan of the value at {@code start}, returning an index past it (or what the scan is after). */
  @FunctionalInterface
  interface Scan {
    /**
     * Scans {@code b[start, end)}.
     *
     * @throws MalformedJsonException truncated when the bytes end before the answer; otherwise as the scan says
     */
    int scan(byte[] b, int start, int end);
  }

  /**
   * Runs {@code scan} at {@code in.pos} until it has the whole value. On return and on a throw, {@code in.pos} is the
   * value's start, moved with the window.
   *
   * @return what the scan returned
   * @throws MalformedJsonException when the value is malformed or over a limit, or truncated by the end of input
   * @throws Input.WindowFullException when the value needs more than the window limit
   * @throws IOException when reading fails
   */
  static int whole(Input in, Scan scan) throws IOException {
    while (true) {
      try {
        return scan.scan(in.buf, in.pos, in.limit);
      } catch (MalformedJsonException e) {
        if (!e.isTruncated() || in.fill(in.pos) < 0) {
          throw e;
        }
      }
    }
  }
}
