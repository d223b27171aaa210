package org.cloudtrail4j.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A generated trail in every form a contender reads: the JSON and gzip bytes in memory, and, made on first use, the
 * gzip file and the S3 tree in a temporary folder that {@link #close} deletes.
 */
final class TrailFixture implements AutoCloseable {
  private final Corpus corpus;
  private byte[] gzip;
  private Path dir;
  private Path gzipFile;
  private Path tree;
  private List<Path> treeFiles;

  TrailFixture(Corpus corpus) {
    this.corpus = corpus;
  }

  /** Generates the corpus of {@code bytes} for {@code seed}. */
  static TrailFixture generate(long seed, long bytes) {
    return new TrailFixture(new CorpusGenerator(seed).generate(bytes));
  }

  Corpus corpus() {
    return corpus;
  }

  /** {@code trail.json}: every record, uncompressed. */
  byte[] json() {
    return corpus.trail();
  }

  int records() {
    return corpus.records();
  }

  /** {@code trail.json.gz} in memory. */
  synchronized byte[] gzip() {
    if (gzip == null) {
      gzip = Corpus.gzip(corpus.trail());
    }
    return gzip;
  }

  /** {@code trail.json.gz} on disk. */
  synchronized Path gzipFile() throws IOException {
    if (gzipFile == null) {
      Path file = dir().resolve(Corpus.TRAIL_GZIP);
      Files.write(file, gzip());
      gzipFile = file;
    }
    return gzipFile;
  }

  /** The folder holding {@code AWSLogs/...}, one {@code .json.gz} per log file. */
  synchronized Path tree() throws IOException {
    if (tree == null) {
      Path root = dir().resolve(Corpus.TREE);
      corpus.writeTree(root);
      List<Path> files = new ArrayList<>();
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(Files::isRegularFile).sorted().forEach(files::add);
      }
      treeFiles = List.copyOf(files);
      tree = root;
    }
    return tree;
  }

  /** The tree's files, in path order. */
  synchronized List<Path> treeFiles() throws IOException {
    tree();
    return treeFiles;
  }

  private Path dir() throws IOException {
    if (dir == null) {
      dir = Files.createTempDirectory("cloudtrail4j-bench-");
    }
    return dir;
  }

  @Override
  public synchronized void close() {
    if (dir == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
    dir = null;
  }
}
