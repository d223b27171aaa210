package org.cloudtrail4j.s3.internal;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.cloudtrail4j.parser.CloudTrailSource;
import org.cloudtrail4j.parser.ReadListener;
import org.cloudtrail4j.parser.SourceSummary;

/**
 * A listing (an iterator of sources whose {@code hasNext} makes list requests) run on another thread, up to
 * {@link #AHEAD} sources ahead of the thread that takes them. The reader pulls its next source on the thread that
 * consumes the events, when a file ends: a list request made there holds back every GET that would start after it
 * (the objects of a region folder wait for that folder's listing), and nothing else runs on that thread meanwhile.
 * Listed ahead, the next folder's objects are usually known before they are needed.
 *
 * <p>The listing's calls to its {@link ReadListener} are relayed: they run on the taking thread, in their order among
 * the sources, as they would if the listing ran there. An unchecked failure of the listing is rethrown to the taker
 * after the sources listed before it.
 *
 * <p>There is no free-running lister: the listing runs as a task on a shared pool of daemon threads until
 * {@link #AHEAD} items wait or the listing ends, then the task ends; taking restarts it once half of them are taken. A
 * taker that stops, closed or not, leaves no thread waiting on it. Nothing is listed before the first
 * {@link #hasNext()}. One taker; {@link #close()} may come from any thread.
 */
public final class ListingAhead implements Iterator<CloudTrailSource>, AutoCloseable {
  /** Items (sources and relayed listener calls) listed ahead before the lister stops: about one listing page. */
  static final int AHEAD = 1000;
  private static final ExecutorService POOL = pool();
  private static final Object END = new Object();

  private final String location;
  private final Function<ReadListener, Iterator<CloudTrailSource>> listing;
  private final ReadListener listener;
  private final LinkedBlockingQueue<Object> queue = new LinkedBlockingQueue<>();
  private final AtomicBoolean running = new AtomicBoolean();
  private final Runnable lister = this::list;
  /** The listing; made by the first task, then used by one task at a time (handed over through {@link #running}). */
  private Iterator<CloudTrailSource> walk;
  /** The listing has ended or failed: its last item is queued. */
  private volatile boolean listed;
  private volatile boolean closed;
  private boolean started;
  /** The next item for the taker: a source, {@link #END} or a {@link Failure}; null when not yet taken. */
  private Object next;

  /**
   * @param location what is listed ({@code s3://bucket/prefix}), for messages
   * @param listing makes the listing, given the listener it must tell of what it prunes and skips
   * @param listener the listener the relayed calls go to, on the taking thread
   */
  public ListingAhead(String location, Function<ReadListener, Iterator<CloudTrailSource>> listing,
      ReadListener listener) {
    this.location = location;
    this.listing = listing;
    this.listener = listener;
  }

  @Override
  public boolean hasNext() {
    if (closed) {
      return false;
    }
    if (!started) {
      started = true;
      start();
    }
    while (next == null) {
      Object item;
      try {
        item = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        close();
        throw new IllegalStateException("interrupted while waiting for the listing of " + location, e);
      }
      if (!listed && queue.size() < AHEAD / 2) {
        start();
      }
      if (item instanceof Heard) {
        ((Heard) item).call.run();
      } else {
        next = item;
      }
    }
    if (next instanceof Failure) {
      Throwable t = ((Failure) next).error;
      next = END;
      if (t instanceof Error) {
        throw (Error) t;
      }
      throw (RuntimeException) t;
    }
    return next != END;
  }

  @Override
  public CloudTrailSource next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    CloudTrailSource s = (CloudTrailSource) next;
    next = null;
    return s;
  }

  /** Stops listing ahead; a list request under way is finished, its result dropped. */
  @Override
  public void close() {
    closed = true;
    queue.clear();
  }

  /**
   * Whether a lister task has been started and has not yet ended: false before the first {@link #hasNext()}, and
   * once the task stopped at the bound, at the end or on {@link #close()}; only taking starts another. For tests,
   * which can then tell what was listed when nothing more will be.
   */
  boolean listerRunning() {
    return running.get();
  }

  private void start() {
    if (!listed && !closed && running.compareAndSet(false, true)) {
      POOL.execute(lister);
    }
  }

  /** The lister task: lists until {@link #AHEAD} items wait, the listing ends, or this is closed. */
  private void list() {
    while (true) {
      if (closed || listed || queue.size() >= AHEAD) {
        running.set(false);
        // the taker may have taken items (or closed) between the check and the flag: look once more
        if (closed || listed || queue.size() >= AHEAD || !running.compareAndSet(false, true)) {
          return;
        }
        continue;
      }
      try {
        if (walk == null) {
          walk = listing.apply(new Relay());
        }
        if (walk.hasNext()) {
          queue.add(walk.next());
        } else {
          listed = true;
          queue.add(END);
        }
      } catch (RuntimeException | Error e) {
        listed = true;
        queue.add(new Failure(e));
      }
    }
  }

  /** A listener call made by the listing, to be made on the taking thread. */
  private static final class Heard {
    final Runnable call;

    Heard(Runnable call) {
      this.call = call;
    }
  }

  private static final class Failure {
    final Throwable error;

    Failure(Throwable error) {
      this.error = error;
    }
  }

  /** The listener the listing is given: queues each call among the sources. */
  private final class Relay implements ReadListener {
    private void relay(Runnable call) {
      if (!closed) {
        queue.add(new Heard(call));
      }
    }

    @Override
    public void sourceStarted(String source) {
      relay(() -> listener.sourceStarted(source));
    }

    @Override
    public void sourceFinished(SourceSummary summary) {
      relay(() -> listener.sourceFinished(summary));
    }

    @Override
    public void sourceSkipped(String source, String reason) {
      relay(() -> listener.sourceSkipped(source, reason));
    }

    @Override
    public void sourcePruned(String source, String reason) {
      relay(() -> listener.sourcePruned(source, reason));
    }

    @Override
    public void mapperProviderSkipped(String problem) {
      relay(() -> listener.mapperProviderSkipped(problem));
    }
  }

  private static ExecutorService pool() {
    AtomicInteger count = new AtomicInteger();
    return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
      Thread t = new Thread(r, "cloudtrail4j-s3-listing-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }
}
