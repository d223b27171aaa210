package org.cloudtrail4j.parser.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Reads a stream (an inflating gzip source) into fresh windows for {@link Input}, on another thread ahead of the
 * parser when asked, so that inflating and parsing overlap: one {@code .json.gz} file then reads at about the speed
 * of the slower of the two instead of their sum.
 *
 * <p>Each window is a new array that the source's bytes are read into once, at {@link #HEADROOM}: the parser moves
 * the unfinished record of its last window into the room in front of them, so inflated bytes are never copied, and
 * the array becomes the parser's window as it is. Events hold slices of windows, so no array is written again once
 * handed out; the producer only ever writes into arrays it has just made.
 *
 * <p>There is no free-running producer. The producer is a task on a shared pool of daemon threads that fills windows
 * until {@link #AHEAD} are ready, then ends; taking a window restarts it. A consumer that stops reading, closed or
 * not, therefore leaves no thread waiting on it, and memory is bounded by {@code AHEAD + 2} windows. The first
 * {@link #FIRST} bytes are read on the consumer's thread, so a small source never involves another thread; the
 * producer starts as soon as they are read.
 *
 * <p>Bytes and errors reach the consumer in the order the source produced them: a window that ends with an
 * {@link IOException} holds the bytes read before it (an {@link java.io.EOFException} for a cut gzip stream stays
 * one); an unchecked failure of the source is rethrown to the consumer as it is, as a read on its own thread would
 * (a user's stream reaches here through {@link SourceStream}, which makes its unchecked failures I/O errors, so what
 * is rethrown is an {@link Error} or a bug of the inflater).
 * One consumer; {@link #close()} may come from any thread.
 */
final class WindowFeed {
  /** Room in front of each window's bytes for the unfinished record of the window before. */
  static final int HEADROOM = 16 * 1024;
  /** Bytes of the first window, read on the consumer's thread before reading ahead starts. */
  static final int FIRST = 16 * 1024;
  /** Bytes of every other window. */
  static final int SIZE = 256 * 1024;
  /** Windows the producer fills ahead of the consumer before it stops. */
  static final int AHEAD = 3;
  private static final Executor POOL = pool();
  /** Put in the queue by {@link #close()}, for a consumer waiting on another thread. */
  private static final Window CLOSED = new Window(0);

  private final InputStream source;
  private final boolean readAhead;
  private final ArrayBlockingQueue<Window> ready = new ArrayBlockingQueue<>(AHEAD);
  /** A producer task is scheduled or running. */
  private final AtomicBoolean running = new AtomicBoolean();
  private final Runnable producer = this::produce;
  /** The producer has read the source's last window (its end or its failure): it is not started again. */
  private volatile boolean sourceDone;
  private volatile boolean closed;
  /** Windows taken by the consumer; the first is read on its thread. */
  private long taken;
  /** The consumer has taken the last window. */
  private boolean ended;

  /**
   * A feed of {@code source}'s bytes.
   *
   * @param readAhead fill windows on another thread, ahead of the consumer (the pipeline's decision: it pays only
   *     with a processor to spare); otherwise every window is read on the consumer's thread when it is taken
   */
  WindowFeed(InputStream source, boolean readAhead) {
    this.source = source;
    this.readAhead = readAhead;
  }

  /** Whether reading ahead can pay here: it needs a second processor. */
  static boolean worthwhile() {
    return Runtime.getRuntime().availableProcessors() > 1;
  }

  /**
   * The next window: its bytes are {@code bytes[pos, limit)}, with {@code pos} bytes of room in front. A window that
   * ends the source says so ({@link Window#end} or {@link Window#error}); after it, this must not be called again.
   *
   * @throws InterruptedIOException when interrupted while waiting for the producer
   * @throws IllegalStateException when called after the last window or after {@link #close()}
   */
  Window next() throws IOException {
    if (ended || closed) {
      throw new IllegalStateException(closed ? "closed" : "the source has ended");
    }
    Window w;
    if (!readAhead || taken == 0) {
      w = Window.read(source, taken == 0 ? FIRST : SIZE);
      if (readAhead && !w.last()) {
        start(); // the next window is inflated while the consumer parses this one
      }
    } else {
      try {
        w = ready.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for the next window of input");
      }
      if (w == CLOSED) {
        throw new IllegalStateException("closed");
      }
      start(); // there is room again: a producer that stopped on a full queue goes on
    }
    taken++;
    if (w.last()) {
      ended = true;
      w.rethrowFailure();
    }
    return w;
  }

  /** Whether the source has been read to its end (or its failure): the producer has nothing more to do. */
  boolean sourceDone() {
    return sourceDone || ended;
  }

  /** Starts the producer unless it runs, the source is done, or the feed is closed. */
  private void start() {
    if (!sourceDone && !closed && running.compareAndSet(false, true)) {
      POOL.execute(producer);
    }
  }

  /** The producer: fills windows until {@link #AHEAD} are ready, the source is done, or the feed is closed. */
  private void produce() {
    while (true) {
      if (closed || sourceDone || ready.remainingCapacity() == 0) {
        running.set(false);
        // the consumer may have taken a window (or closed) between the check and the flag: look once more
        if (closed || sourceDone || ready.remainingCapacity() == 0 || !running.compareAndSet(false, true)) {
          return;
        }
        continue;
      }
      Window w = Window.read(source, SIZE);
      if (w.last()) {
        sourceDone = true;
      }
      ready.add(w); // only this task adds, and there was room
    }
  }

  /**
   * Stops reading ahead and closes the source, once no task reads it any more. Windows already handed out stay
   * valid.
   */
  void close() throws IOException {
    closed = true;
    ready.clear();
    while (running.get()) {
      LockSupport.parkNanos(100_000); // the producer ends after the window it is filling
    }
    ready.clear();
    ready.add(CLOSED);
    source.close();
  }

  /** One window: a fresh array, the source's bytes in {@code [pos, limit)}, and how the source went on after them. */
  static final class Window {
    final byte[] bytes;
    int pos;
    int limit;
    /** The source ended after these bytes. */
    boolean end;
    /** The source failed after these bytes. */
    IOException error;
    /** The source failed unchecked after these bytes: rethrown to the consumer. */
    Throwable failure;

    private Window(int size) {
      bytes = new byte[HEADROOM + size];
      pos = HEADROOM;
      limit = HEADROOM;
    }

    /** Whether the source ends with this window. */
    boolean last() {
      return end || error != null || failure != null;
    }

    void rethrowFailure() {
      if (failure instanceof RuntimeException) {
        throw (RuntimeException) failure;
      }
      if (failure instanceof Error) {
        throw (Error) failure;
      }
    }

    /** Reads {@code source} into a new window until it is full, the source ends, or it fails. */
    static Window read(InputStream source, int size) {
      Window w = new Window(size);
      try {
        while (w.limit < w.bytes.length) {
          int k = source.read(w.bytes, w.limit, w.bytes.length - w.limit);
          if (k < 0) {
            w.end = true;
            break;
          }
          w.limit += k;
        }
      } catch (IOException e) {
        w.error = e;
      } catch (RuntimeException | Error e) {
        w.failure = e;
      }
      return w;
    }
  }

  private static Executor pool() {
    AtomicInteger count = new AtomicInteger();
    return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
      Thread t = new Thread(r, "cloudtrail4j-read-ahead-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }
}
