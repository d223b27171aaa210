package org.cloudtrail4j.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * A generated trail in memory: the records as one log file, and the same records split into the many smaller log
 * files of CloudTrail's S3 layout. Made by {@link CorpusGenerator}; immutable by convention (the arrays are shared).
 */
public final class Corpus {
  /** The name of the single log file holding every record. */
  public static final String TRAIL_JSON = "trail.json";
  /** The name of its gzipped copy. */
  public static final String TRAIL_GZIP = "trail.json.gz";
  /** The folder of the S3 tree, whose root holds {@code AWSLogs/}. */
  public static final String TREE = "tree";

  private final long seed;
  private final byte[] trail;
  private final int records;
  private final List<LogFile> logFiles;

  Corpus(long seed, byte[] trail, int records, List<LogFile> logFiles) {
    this.seed = seed;
    this.trail = trail;
    this.records = records;
    this.logFiles = List.copyOf(logFiles);
  }

  /** The seed it was generated from. */
  public long seed() {
    return seed;
  }

  /** {@code {"Records":[...]}} with every record; shared, not copied: do not modify. */
  public byte[] trail() {
    return trail;
  }

  /** How many records the trail holds (and so the tree, all files together). */
  public int records() {
    return records;
  }

  /** The log files of the S3 tree, uncompressed, in the order they were closed. */
  public List<LogFile> logFiles() {
    return logFiles;
  }

  /** The uncompressed size of all the tree's log files together. */
  public long logFilesJsonBytes() {
    long total = 0;
    for (LogFile f : logFiles) {
      total += f.json().length;
    }
    return total;
  }

  /**
   * Writes {@value #TRAIL_JSON}, {@value #TRAIL_GZIP} and the {@value #TREE} of {@code .json.gz} files into
   * {@code dir}, creating it if needed.
   *
   * @throws FileAlreadyExistsException if {@code dir} already has a {@value #TREE}
   */
  public void writeTo(Path dir) throws IOException {
    if (Files.exists(dir.resolve(TREE))) {
      // another corpus's files would stay beside this one's and be read with them
      throw new FileAlreadyExistsException(dir.resolve(TREE).toString(), null, "remove it first");
    }
    Files.createDirectories(dir);
    Files.write(dir.resolve(TRAIL_JSON), trail);
    Files.write(dir.resolve(TRAIL_GZIP), gzip(trail));
    writeTree(dir.resolve(TREE));
  }

  /** Writes the tree's {@code .json.gz} files under {@code root} (which will hold {@code AWSLogs/}). */
  public void writeTree(Path root) throws IOException {
    for (LogFile f : logFiles) {
      Path file = root.resolve(f.key());
      Files.createDirectories(file.getParent());
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
        out.write(f.json());
      }
    }
  }

  /** {@code json} gzipped as CloudTrail delivers it (deflate, default level, no file name, time 0). */
  public static byte[] gzip(byte[] json) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(json.length / 6 + 64);
    try (OutputStream out = new GZIPOutputStream(bytes, 1 << 16)) {
      out.write(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return bytes.toByteArray();
  }
}
