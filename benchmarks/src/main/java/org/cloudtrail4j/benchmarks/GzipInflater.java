package org.cloudtrail4j.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * The decompression limit: the JDK's {@link GZIPInputStream} over {@code trail.json.gz} in memory, read into a reused
 * 64 KB buffer and thrown away. No reader of a {@code .json.gz} file can beat it on one thread.
 */
final class GzipInflater implements TrailReader {
  static final int BUFFER = 1 << 16;

  private final byte[] gzip;
  private final byte[] buffer = new byte[BUFFER];

  GzipInflater(byte[] gzip) {
    this.gzip = gzip;
  }

  @Override
  public long read(Sink sink) throws IOException {
    long total;
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip), BUFFER)) {
      total = drain(in, buffer);
    }
    sink.consume(total);
    return total;
  }

  /** Reads {@code in} to its end into {@code buffer}, returning the bytes read. */
  static long drain(InputStream in, byte[] buffer) throws IOException {
    long total = 0;
    int n;
    while ((n = in.read(buffer)) >= 0) {
      total += n;
    }
    return total;
  }
}
