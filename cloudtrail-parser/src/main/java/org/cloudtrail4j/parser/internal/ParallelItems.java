package org.cloudtrail4j.parser.internal;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads several files at once on a bounded pool of threads. Each file in flight has its own bounded queue, and only
 * {@code threads + 1} files are in flight, so memory stays bounded however many files there are.
 *
 * <p>Ordered: the consumer drains the files' queues in path order, so the stream is exactly the sequential one.
 * Unordered: it takes from whichever file has items ready, which keeps all threads busy when one file is large.
 */
final class ParallelItems implements ItemSource {
  private static final Object END = new Object();
  // Items cross threads in batches: one hand-off per item made the consumer block and be woken for nearly every
  // event. A file in flight holds at most QUEUE_CAPACITY batches of BATCH items.
  private static final int BATCH = 128;
  private static final int QUEUE_CAPACITY = 4;
  private static final AtomicInteger POOLS = new AtomicInteger();

  private final Iterator<SourceEntry> entries;
  private final ReaderConfig config;
  private final boolean ordered;
  private final ExecutorService pool;
  /** One decoder per reading thread, shared by the files it reads: its caches carry over from file to file. */
  private final ThreadLocal<RecordDecoder> decoders;
  private final ArrayDeque<BlockingQueue<Object>> inFlight = new ArrayDeque<>();
  private final int window;
  private volatile boolean closed;
  private Object[] batch = new Object[0];
  private int batchIndex;

  ParallelItems(Iterator<SourceEntry> entries, ReaderConfig config, int threads, boolean ordered) {
    this.entries = entries;
    this.config = config;
    this.ordered = ordered;
    this.window = threads + 1;
    this.decoders = ThreadLocal.withInitial(() -> config.newDecoder(new StringCache()));
    int id = POOLS.incrementAndGet();
    AtomicInteger n = new AtomicInteger();
    ThreadFactory factory = r -> {
      Thread t = new Thread(r, "cloudtrail4j-reader-" + id + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    this.pool = Executors.newFixedThreadPool(threads, factory);
    refill();
  }

  private void refill() {
    // the walk advances here, on the consuming thread, one file ahead of the window at most
    while (inFlight.size() < window && entries.hasNext()) {
      SourceEntry entry = entries.next();
      BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
      inFlight.add(queue);
      pool.execute(() -> read(entry, queue));
    }
  }

  private void read(SourceEntry entry, BlockingQueue<Object> queue) {
    // no read-ahead: the other threads parse other files, so no processor is left idle for inflating
    try (EntryReader reader = new EntryReader(entry, config, decoders.get(), false, false)) {
      Object[] batch = new Object[BATCH];
      int n = 0;
      Object item;
      while (!closed && (item = reader.next()) != null) {
        batch[n++] = item;
        if (n == BATCH) {
          queue.put(batch);
          batch = new Object[BATCH];
          n = 0;
        }
      }
      if (n > 0) {
        queue.put(Arrays.copyOf(batch, n));
      }
      queue.put(END);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // closed while waiting for room: the consumer is gone
    } catch (RuntimeException | Error e) {
      // a bug, not bad input: hand it to the consumer rather than losing it on a pool thread
      try {
        queue.put(new Failure(e));
        queue.put(END);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public Object next() {
    if (batchIndex < batch.length) {
      return batch[batchIndex++];
    }
    try {
      while (!inFlight.isEmpty()) {
        Object item;
        BlockingQueue<Object> queue;
        if (ordered) {
          queue = inFlight.peekFirst();
          item = queue.take();
        } else {
          queue = null;
          item = null;
          while (item == null) {
            for (BlockingQueue<Object> q : inFlight) {
              item = q.poll();
              if (item != null) {
                queue = q;
                break;
              }
            }
            if (item == null) {
              queue = inFlight.peekFirst();
              item = queue.poll(2, TimeUnit.MILLISECONDS);
            }
          }
        }
        if (item == END) {
          inFlight.remove(queue);
          refill();
          continue;
        }
        if (item instanceof Failure) {
          Throwable t = ((Failure) item).error;
          if (t instanceof RuntimeException) {
            throw (RuntimeException) t;
          }
          throw (Error) t;
        }
        batch = (Object[]) item;
        batchIndex = 1;
        return batch[0];
      }
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new IllegalStateException("interrupted while reading CloudTrail logs", e);
    }
  }

  @Override
  public void close() {
    closed = true;
    pool.shutdownNow();
  }

  private static final class Failure {
    final Throwable error;

    Failure(Throwable error) {
      this.error = error;
    }
  }
}
