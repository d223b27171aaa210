package org.cloudtrail4j.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

/**
 * The decompression limit of a folder of {@code .json.gz} files: {@code threads} workers take the next file until
 * none is left, each inflating into its own reused 64 KB buffer. The calling thread is one of the workers.
 */
final class GzipTreeInflater implements TrailReader {
  private final List<Path> files;
  private final byte[][] buffers;
  private final ExecutorService pool;

  GzipTreeInflater(List<Path> files, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be positive: " + threads);
    }
    this.files = List.copyOf(files);
    this.buffers = new byte[threads][GzipInflater.BUFFER];
    this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, r -> {
      Thread t = new Thread(r, "gzip-tree-inflater");
      t.setDaemon(true);
      return t;
    });
  }

  @Override
  public long read(Sink sink) throws IOException {
    AtomicInteger next = new AtomicInteger();
    List<Future<Long>> others = new ArrayList<>(buffers.length - 1);
    for (int w = 1; w < buffers.length; w++) {
      byte[] buffer = buffers[w];
      others.add(pool.submit(() -> work(next, buffer)));
    }
    long total = work(next, buffers[0]);
    for (Future<Long> f : others) {
      total += join(f);
    }
    sink.consume(total);
    return total;
  }

  private long work(AtomicInteger next, byte[] buffer) throws IOException {
    long total = 0;
    for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(files.get(i)), GzipInflater.BUFFER)) {
        total += GzipInflater.drain(in, buffer);
      }
    }
    return total;
  }

  private static long join(Future<Long> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while inflating", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
