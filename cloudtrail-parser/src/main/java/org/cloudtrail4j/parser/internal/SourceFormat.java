package org.cloudtrail4j.parser.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;

/**
 * Tells a source's format from its first bytes: gzip or not (concatenated gzip members included), then an optional
 * UTF-8 byte order mark; and names what the bytes are when they are recognisably not UTF-8 JSON.
 */
final class SourceFormat {
  /** The input to parse, positioned after a byte order mark: the inflated one for gzip. */
  final Input input;
  /** Whether the source was gzip. */
  final boolean gzip;
  /**
   * What the content is when it is recognisably something else than UTF-8 JSON (compressed twice, UTF-16 or UTF-32),
   * else null.
   */
  final String other;

  private SourceFormat(Input input, boolean gzip, String other) {
    this.input = input;
    this.gzip = gzip;
    this.other = other;
  }

  /**
   * Reads the first bytes of {@code in} and opens the input to parse.
   *
   * @param rest the stream {@code in} reads from, to read on after its window when the source is gzip; null for a
   *     source in memory
   * @param readAhead inflate on another thread, ahead of parsing (the pipeline's decision: see {@link WindowFeed})
   * @param maxWindow the record size limit
   */
  static SourceFormat open(Input in, InputStream rest, boolean readAhead, int maxWindow) throws IOException {
    boolean gzip = false;
    if (in.limit - in.pos < 3) {
      in.fill(in.pos);
    }
    if (in.limit - in.pos >= 2 && (in.buf[in.pos] & 0xff) == 0x1f && (in.buf[in.pos + 1] & 0xff) == 0x8b) {
      InputStream compressed = rest != null
          ? new SequenceInputStream(new ByteArrayInputStream(in.buf, in.pos, in.limit - in.pos), rest)
          : new ByteArrayInputStream(in.buf, in.pos, in.limit - in.pos);
      in = new Input(new WindowFeed(new GzipInput(compressed), readAhead), maxWindow);
      in.fill(0);
      gzip = true;
    }
    if (in.limit - in.pos >= 3 && (in.buf[in.pos] & 0xff) == 0xef && (in.buf[in.pos + 1] & 0xff) == 0xbb
        && (in.buf[in.pos + 2] & 0xff) == 0xbf) {
      in.pos += 3; // a UTF-8 byte order mark, which RFC 8259 lets parsers ignore
    }
    return new SourceFormat(in, gzip, otherFormat(in.buf, in.pos, in.limit, gzip));
  }

  private static boolean jsonStart(int c) {
    return c == '{' || c == '[' || c == ' ' || c == '\n' || c == '\r' || c == '\t';
  }

  /**
   * What the bytes at {@code i} are when they are recognisably something else than UTF-8 JSON: gzip data inside gzip
   * (a file compressed twice), or JSON in UTF-16 or UTF-32 (told by a byte order mark or by the zero bytes around
   * its first ASCII character, as RFC 4627 describes); null otherwise.
   */
  static String otherFormat(byte[] b, int i, int end, boolean decompressed) {
    int n = Math.min(4, end - i);
    int[] x = new int[4];
    for (int k = 0; k < n; k++) {
      x[k] = b[i + k] & 0xff;
    }
    if (decompressed && n >= 2 && x[0] == 0x1f && x[1] == 0x8b) {
      return "gzip data inside gzip: the file is compressed twice";
    }
    if (n >= 4 && x[0] == 0 && x[1] == 0 && (x[2] == 0xfe && x[3] == 0xff || x[2] == 0 && jsonStart(x[3]))) {
      return "UTF-32BE text; CloudTrail logs are UTF-8";
    }
    if (n >= 4 && x[2] == 0 && x[3] == 0 && (x[0] == 0xff && x[1] == 0xfe || jsonStart(x[0]) && x[1] == 0)) {
      return "UTF-32LE text; CloudTrail logs are UTF-8";
    }
    if (n >= 2 && (x[0] == 0xfe && x[1] == 0xff || x[0] == 0 && jsonStart(x[1]))) {
      return "UTF-16BE text; CloudTrail logs are UTF-8";
    }
    if (n >= 2 && (x[0] == 0xff && x[1] == 0xfe || jsonStart(x[0]) && x[1] == 0)) {
      return "UTF-16LE text; CloudTrail logs are UTF-8";
    }
    return null;
  }
}
