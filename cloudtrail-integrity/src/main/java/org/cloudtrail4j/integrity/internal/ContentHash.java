package org.cloudtrail4j.integrity.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * SHA-256 of a CloudTrail file's uncompressed content, streaming: the bytes pass once through fixed buffers, never
 * whole in memory.
 *
 * <p>A gzip file (recognised by its magic bytes, not its name: a file stored gunzipped or an HTTP client that
 * inflated it hashes the same) is inflated by hand rather than with {@link java.util.zip.GZIPInputStream}, because
 * CloudTrail hashes the <em>first gzip member only</em>: {@code GZIPInputStream} would go on into a second member and
 * silently hash appended records, and stops without a word at junk. Here, whatever follows the first member's
 * trailer is reported as {@link Outcome#trailingData()}. The trailer's CRC-32 and length are checked.
 *
 * <p>Not thread-safe: one instance per thread (its buffers and inflater are reused across files).
 */
public final class ContentHash {
  /** What was hashed. */
  public record Outcome(byte[] sha256, boolean gzip, boolean trailingData, long contentBytes) {}

  /** The content is not a well-formed gzip stream. */
  public static final class FormatException extends Exception {
    private static final long serialVersionUID = 1L;

    FormatException(String message) {
      super(message);
    }
  }

  /** What is read from the stream at a time: CloudTrail's log files compress about 5:1, so 320 KB of content. */
  private static final int INPUT = 64 * 1024;
  /**
   * What is inflated at a time, then hashed and CRC'd while it is in the core's cache (L2: 512 KB and up on current
   * server cores). Larger than the input, because each {@code inflate} call is a JNI call that ends by copying the
   * last 32 KB of its output into zlib's window: at 64 KB that copy was half the content again, at 256 KB it is an
   * eighth. Expected to save that copy's share of the CPU; not measurable in session 8's quiet window (two threads:
   * 0.98x of the 64 KB version, inside the spread), only in a probe outside it, which was not quiet
   * (benchmarks/results/20261201-s8-validate-probes/).
   */
  private static final int OUTPUT = 256 * 1024;
  private final byte[] in = new byte[INPUT];
  private final byte[] out = new byte[OUTPUT];
  private final Inflater inflater = new Inflater(true);
  private final CRC32 crc = new CRC32();
  private final MessageDigest sha256;
  private InputStream source;
  private java.io.OutputStream copy;
  private int pos;
  private int lim;

  public ContentHash() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Hashes the whole stream (does not close it). */
  public Outcome hash(InputStream stream) throws IOException, FormatException {
    return hash(stream, null);
  }

  /** Hashes the whole stream (does not close it), and copies the content it hashes to {@code copy} when not null. */
  public Outcome hash(InputStream stream, java.io.OutputStream copy) throws IOException, FormatException {
    this.copy = copy;
    source = stream;
    pos = 0;
    lim = 0;
    sha256.reset();
    try {
      fill();
      if (lim - pos >= 2 && (in[pos] & 0xff) == 0x1f && (in[pos + 1] & 0xff) == 0x8b) {
        return inflateFirstMember();
      }
      long total = 0;
      while (lim > pos) {
        sha256.update(in, pos, lim - pos);
        if (copy != null) {
          copy.write(in, pos, lim - pos);
        }
        total += lim - pos;
        pos = lim;
        fill();
      }
      return new Outcome(sha256.digest(), false, false, total);
    } finally {
      source = null;
      this.copy = null;
    }
  }

  private Outcome inflateFirstMember() throws IOException, FormatException {
    readHeader();
    inflater.reset();
    crc.reset();
    long total = 0;
    inflater.setInput(in, pos, lim - pos);
    try {
      while (true) {
        int n = inflater.inflate(out);
        if (n > 0) {
          sha256.update(out, 0, n);
          crc.update(out, 0, n);
          if (copy != null) {
            copy.write(out, 0, n);
          }
          total += n;
        } else if (inflater.finished()) {
          break;
        } else if (inflater.needsInput()) {
          pos = lim;
          fill();
          if (lim == pos) {
            throw new FormatException("the gzip stream is cut short");
          }
          inflater.setInput(in, pos, lim - pos);
        } else if (inflater.needsDictionary()) {
          throw new FormatException("the gzip stream needs a preset dictionary");
        }
      }
    } catch (DataFormatException e) {
      throw new FormatException("the gzip stream is damaged: " + e.getMessage());
    }
    pos = lim - inflater.getRemaining();
    long storedCrc = readIntLe();
    long storedSize = readIntLe();
    if (storedCrc != crc.getValue()) {
      throw new FormatException("the gzip trailer's CRC-32 does not match the content");
    }
    if (storedSize != (total & 0xffffffffL)) {
      throw new FormatException("the gzip trailer's length does not match the content");
    }
    boolean trailing = pos < lim;
    if (!trailing) {
      fill();
      trailing = lim > pos;
    }
    return new Outcome(sha256.digest(), true, trailing, total);
  }

  private void readHeader() throws IOException, FormatException {
    int id1 = readByte();
    int id2 = readByte();
    int method = readByte();
    int flags = readByte();
    if (id1 != 0x1f || id2 != 0x8b || method != 8) {
      throw new FormatException("not a deflate gzip stream");
    }
    for (int i = 0; i < 6; i++) {
      readByte(); // MTIME, XFL, OS
    }
    if ((flags & 4) != 0) { // FEXTRA
      int xlen = readByte() | (readByte() << 8);
      for (int i = 0; i < xlen; i++) {
        readByte();
      }
    }
    if ((flags & 8) != 0) { // FNAME
      while (readByte() != 0) {
        // skip the zero-terminated name
      }
    }
    if ((flags & 16) != 0) { // FCOMMENT
      while (readByte() != 0) {
        // skip the zero-terminated comment
      }
    }
    if ((flags & 2) != 0) { // FHCRC
      readByte();
      readByte();
    }
  }

  private long readIntLe() throws IOException, FormatException {
    return (readByte() | (readByte() << 8) | (readByte() << 16) | ((long) readByte() << 24)) & 0xffffffffL;
  }

  private int readByte() throws IOException, FormatException {
    if (pos == lim) {
      fill();
      if (pos == lim) {
        throw new FormatException("the gzip stream is cut short");
      }
    }
    return in[pos++] & 0xff;
  }

  /** Refills the buffer when it is consumed; at end of stream pos == lim afterwards. */
  private void fill() throws IOException {
    if (pos < lim) {
      return;
    }
    pos = 0;
    lim = 0;
    int n;
    while ((n = source.read(in, lim, in.length - lim)) == 0) {
      // a stream may return 0; read until data or end
    }
    if (n > 0) {
      lim = n;
    }
  }
}
