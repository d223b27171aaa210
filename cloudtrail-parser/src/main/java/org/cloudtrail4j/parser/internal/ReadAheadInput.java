package org.cloudtrail4j.parser.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads a stream one block ahead of its consumer, on another thread, so that producing the bytes (inflating gzip) and
 * consuming them (parsing) overlap: one {@code .json.gz} file then reads at about the speed of the slower of the two
 * instead of their sum.
 *
 * <p>There is no free-running producer: each block is one task on a shared pool of daemon threads, submitted when
 * the consumer takes the block before it. A consumer that stops reading therefore leaves at most one task, which
 * finishes on its own; nothing needs closing, and no thread waits on a consumer that is gone. Memory is two blocks.
 * The first {@link #DIRECT} bytes are read on the consumer's thread, so a small source never involves another thread.
 *
 * <p>Bytes and errors reach the consumer in the order the source produced them: a block that ends with an error
 * delivers its bytes first, and the next read throws the source's own exception (an {@link java.io.EOFException} for
 * a cut gzip stream stays one). Not thread-safe: one consumer, as for any {@code InputStream}.
 */
final class ReadAheadInput extends InputStream {
  /** Bytes read on the consumer's thread before reading ahead starts. */
  static final int DIRECT = 64 * 1024;
  private static final int BLOCK = 128 * 1024;
  private static final Executor POOL = pool();

  private final InputStream source;
  private Block current;
  private FutureTask<Block> pending;
  private long direct;

  /** Reads {@code source} ahead of its consumer; the source is then read by one thread at a time, never two. */
  ReadAheadInput(InputStream source) {
    this.source = source;
  }

  /** Whether reading ahead can pay here: it needs a second processor. */
  static boolean worthwhile() {
    return Runtime.getRuntime().availableProcessors() > 1;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n;
    while ((n = read(one, 0, 1)) == 0) {
      // a read of one byte returns one or -1; kept for the InputStream contract
    }
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int n) throws IOException {
    if (n == 0) {
      return 0;
    }
    if (current == null && pending == null) {
      if (direct < DIRECT) {
        int k = source.read(b, off, (int) Math.min(n, DIRECT - direct));
        if (k > 0) {
          direct += k;
        }
        return k;
      }
      current = new Block(); // empty: the loop below waits for the first block read ahead
      pending = ahead(new Block());
    }
    while (current.pos == current.length) {
      if (current.error != null) {
        IOException e = current.error;
        current.error = null;
        current.end = true; // the source failed: it is not read again
        throw e;
      }
      if (current.end) {
        return -1;
      }
      Block next = await(pending);
      pending = next.end || next.error != null ? null : ahead(current);
      current = next;
    }
    int k = Math.min(n, current.length - current.pos);
    System.arraycopy(current.bytes, current.pos, b, off, k);
    current.pos += k;
    return k;
  }

  /** Starts filling {@code block} from the source on the pool. */
  private FutureTask<Block> ahead(Block block) {
    FutureTask<Block> task = new FutureTask<>(() -> {
      block.fill(source);
      return block;
    });
    POOL.execute(task);
    return task;
  }

  private static Block await(FutureTask<Block> task) throws IOException {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the next block of input");
    } catch (ExecutionException e) {
      // fill() keeps IOExceptions in the block: anything else is an error or a bug of the source
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IOException(cause);
    }
  }

  @Override
  public void close() throws IOException {
    FutureTask<Block> task = pending;
    pending = null;
    if (task != null) {
      try {
        await(task); // the source is not closed under a task still reading it
      } catch (IOException | RuntimeException ignored) {
        // closing: what the task met no longer matters
      }
    }
    source.close();
  }

  /** One block of the source: its bytes, where the consumer is in them, and how the source went on after them. */
  private static final class Block {
    final byte[] bytes = new byte[BLOCK];
    int length;
    int pos;
    /** The source ended after these bytes. */
    boolean end;
    /** The source failed after these bytes. */
    IOException error;

    /** Reads from {@code source} until the block is full, the source ends, or it fails. */
    void fill(InputStream source) {
      length = 0;
      pos = 0;
      end = false;
      error = null;
      try {
        while (length < bytes.length) {
          int k = source.read(bytes, length, bytes.length - length);
          if (k < 0) {
            end = true;
            return;
          }
          length += k;
        }
      } catch (IOException e) {
        error = e;
      }
    }
  }

  private static Executor pool() {
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
        new SynchronousQueue<>(), r -> {
          Thread t = new Thread(r, "cloudtrail4j-read-ahead-" + count.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    return pool;
  }
}
