package org.cloudtrail4j.parser.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * Decompresses a gzip stream of one or more members (RFC 1952), strictly. {@link java.util.zip.GZIPInputStream} is
 * not used because it silently ends the stream at bytes after a member that are not a gzip header (a damaged second
 * member, or junk appended by a copy), and, for streams whose {@code available()} is 0, at the end of the first
 * member: records would be lost without a word. Here anything after a member other than another member is a
 * {@link ZipException}, a stream cut short is an {@link EOFException}, and the header is read on the first read, not
 * in the constructor.
 */
final class GzipInput extends InputStream {
  private static final int FHCRC = 2;
  private static final int FEXTRA = 4;
  private static final int FNAME = 8;
  private static final int FCOMMENT = 16;

  private final InputStream in;
  private final Inflater inflater = new Inflater(true);
  private final CRC32 crc = new CRC32();
  private final byte[] buf = new byte[64 * 1024];
  private int pos;
  private int len;
  private boolean inMember;
  private boolean done;
  private int members;

  GzipInput(InputStream in) {
    this.in = in;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n;
    while ((n = read(one, 0, 1)) == 0) {
      // inflate may return 0 while it needs input; read() keeps going
    }
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int n) throws IOException {
    if (n == 0) {
      return 0;
    }
    while (!done) {
      if (!inMember) {
        if (!readHeader()) {
          done = true;
          inflater.end();
          return -1;
        }
        inMember = true;
      }
      int k;
      try {
        k = inflater.inflate(b, off, n);
      } catch (DataFormatException e) {
        throw new ZipException("corrupt deflate data in gzip member " + (members + 1) + ": " + e.getMessage());
      }
      if (k > 0) {
        crc.update(b, off, k);
        return k;
      }
      if (inflater.finished()) {
        pos = len - inflater.getRemaining();
        readTrailer();
        inMember = false;
      } else if (inflater.needsDictionary()) {
        throw new ZipException("gzip member " + (members + 1) + " needs a preset dictionary");
      } else if (inflater.needsInput()) {
        if (pos >= len && !refill()) {
          throw new EOFException("the gzip stream ends inside member " + (members + 1));
        }
        inflater.setInput(buf, pos, len - pos);
        pos = len;
      }
    }
    return -1;
  }

  /** Reads a member header; false at a clean end of input (none after the last member). */
  private boolean readHeader() throws IOException {
    int id1 = next();
    if (id1 < 0 && members > 0) {
      return false;
    }
    int id2 = next();
    if (id1 < 0 || id1 == 0x1f && id2 < 0) {
      throw new EOFException("the gzip stream ends inside the header of member " + (members + 1));
    }
    if (id1 != 0x1f || id2 != 0x8b) {
      throw new ZipException(members == 0 ? "not a gzip stream"
          : "bytes after gzip member " + members + " are not another gzip member (damaged or appended data)");
    }
    int method = need();
    int flags = need();
    if (method != 8) {
      throw new ZipException("gzip member " + (members + 1) + " uses compression method " + method + ", not deflate");
    }
    if ((flags & 0xe0) != 0) {
      throw new ZipException("gzip member " + (members + 1) + " has reserved header flags set");
    }
    for (int k = 0; k < 6; k++) {
      need(); // MTIME, XFL, OS
    }
    if ((flags & FEXTRA) != 0) {
      int xlen = need() | need() << 8;
      for (int k = 0; k < xlen; k++) {
        need();
      }
    }
    if ((flags & FNAME) != 0) {
      while (need() != 0) {
        // the original file name, zero-terminated
      }
    }
    if ((flags & FCOMMENT) != 0) {
      while (need() != 0) {
        // a comment, zero-terminated
      }
    }
    if ((flags & FHCRC) != 0) {
      need();
      need();
    }
    inflater.reset();
    crc.reset();
    inflater.setInput(buf, pos, len - pos);
    pos = len;
    return true;
  }

  private void readTrailer() throws IOException {
    long expectedCrc = readInt();
    long expectedSize = readInt();
    members++;
    if (expectedCrc != crc.getValue()) {
      throw new ZipException("gzip member " + members + " fails its CRC-32 check (corrupt data)");
    }
    if (expectedSize != (inflater.getBytesWritten() & 0xffffffffL)) {
      throw new ZipException("gzip member " + members + " has the wrong length (corrupt data)");
    }
  }

  private long readInt() throws IOException {
    return need() | need() << 8 | need() << 16 | (long) need() << 24;
  }

  private int need() throws IOException {
    int c = next();
    if (c < 0) {
      throw new EOFException("the gzip stream ends inside the " + (inMember ? "trailer" : "header") + " of member "
          + (members + 1));
    }
    return c;
  }

  private int next() throws IOException {
    if (pos >= len && !refill()) {
      return -1;
    }
    return buf[pos++] & 0xff;
  }

  private boolean refill() throws IOException {
    int n;
    do {
      n = in.read(buf, 0, buf.length);
    } while (n == 0);
    if (n < 0) {
      return false;
    }
    pos = 0;
    len = n;
    return true;
  }

  @Override
  public void close() throws IOException {
    inflater.end();
    in.close();
  }
}
