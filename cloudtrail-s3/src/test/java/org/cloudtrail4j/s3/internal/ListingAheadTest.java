package org.cloudtrail4j.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.cloudtrail4j.parser.CloudTrailSource;
import org.cloudtrail4j.parser.ReadListener;
import org.junit.jupiter.api.Test;

/**
 * The listing run ahead of its taker: the same sources and listener calls in the same order, on the taker's thread,
 * and a bounded distance ahead.
 */
class ListingAheadTest {
  /** A listing of {@code n} sources (unbounded when negative) that skips every third name, counting what it lists. */
  private static final class Listing implements Iterator<CloudTrailSource> {
    final ReadListener listener;
    final int n;
    final AtomicInteger listed = new AtomicInteger();
    volatile int i;
    /** Held at index {@link #gateAt} until opened, as a list request under way. */
    final CountDownLatch gate = new CountDownLatch(1);
    /** Opened when the lister has come to index {@link #gateAt}. */
    final CountDownLatch atGate = new CountDownLatch(1);
    int gateAt = -1;

    Listing(ReadListener listener, int n) {
      this.listener = listener;
      this.n = n;
    }

    /** Sources and skips listed so far. */
    int items() {
      return listed.get() + i / 3;
    }

    @Override
    public boolean hasNext() {
      if (i == gateAt) {
        atGate.countDown();
        try {
          gate.await();
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      }
      while (n < 0 || i < n) {
        if (i % 3 == 2) {
          listener.sourceSkipped("s3://b/skipped-" + i++, "digest");
          continue;
        }
        return true;
      }
      return false;
    }

    @Override
    public CloudTrailSource next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      listed.incrementAndGet();
      return CloudTrailSource.of("s3://b/log-" + i++, new byte[0]);
    }
  }

  /** What the listing gives when taken on this thread, the sources and the listener calls in one sequence. */
  private static List<String> direct(int n) {
    List<String> all = new ArrayList<>();
    Listing listing = new Listing(new ReadListener() {
      @Override
      public void sourceSkipped(String source, String reason) {
        all.add(source);
      }
    }, n);
    listing.forEachRemaining(s -> all.add(s.name()));
    return all;
  }

  @Test
  void sourcesAndListenerCallsArriveInTheListingsOrderOnTheTakingThread() {
    int n = 3 * ListingAhead.AHEAD + 7; // the lister stops and is restarted several times
    List<String> all = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    ReadListener listener = new ReadListener() {
      @Override
      public void sourceSkipped(String source, String reason) {
        all.add(source);
        threads.add(Thread.currentThread());
      }
    };
    try (ListingAhead ahead = new ListingAhead("s3://b/", relay -> new Listing(relay, n), listener)) {
      ahead.forEachRemaining(s -> all.add(s.name()));
    }
    assertThat(all).isEqualTo(direct(n));
    assertThat(threads).hasSize(n / 3).containsOnly(Thread.currentThread());
  }

  /**
   * Waits until the lister task has stopped: after that, only taking starts another, so what it has listed is all it
   * lists while the test takes nothing.
   */
  private static void awaitListerStopped(ListingAhead ahead) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (ahead.listerRunning()) {
      assertThat(System.nanoTime()).as("the lister has not stopped within 10 s").isLessThan(deadline);
      Thread.sleep(1);
    }
  }

  @Test
  void nothingIsListedBeforeTheFirstSourceIsAskedFor() {
    AtomicInteger made = new AtomicInteger();
    try (ListingAhead ahead = new ListingAhead("s3://b/", relay -> {
      made.incrementAndGet();
      return new Listing(relay, 10);
    }, new ReadListener() { })) {
      // a lister started by the constructor would be running still, or would have made its listing already
      assertThat(ahead.listerRunning()).isFalse();
      assertThat(made).hasValue(0);
      assertThat(ahead.hasNext()).isTrue();
      assertThat(made).hasValue(1);
    }
  }

  @Test
  void aListerWhoseTakerStopsStopsAtTheBoundAheadOfIt() throws Exception {
    List<Listing> made = new ArrayList<>();
    Function<ReadListener, Iterator<CloudTrailSource>> endless = relay -> {
      Listing l = new Listing(relay, -1);
      synchronized (made) {
        made.add(l);
      }
      return l;
    };
    ListingAhead ahead = new ListingAhead("s3://b/", endless, new ReadListener() { });
    assertThat(ahead.next().name()).isEqualTo("s3://b/log-0");
    Listing listing;
    synchronized (made) {
      listing = made.get(0);
    }
    // the taker took one; the lister goes on until AHEAD items wait (each skip is an item too), then ends. Unbounded,
    // it would never stop; once stopped, nothing lists more until the taker takes
    awaitListerStopped(ahead);
    // it stops at the first look that finds AHEAD waiting: AHEAD or AHEAD + 1 (a step may queue a skip and a source),
    // one fewer when the lister stopped before the taker took its first
    assertThat(listing.items() - 1).isBetween(ListingAhead.AHEAD - 1, ListingAhead.AHEAD + 1);
    ahead.close();
  }

  @Test
  void aFailingListingIsRethrownToTheTakerAfterTheSourcesBeforeIt() {
    Function<ReadListener, Iterator<CloudTrailSource>> failing = relay -> new Iterator<>() {
      int i;

      @Override
      public boolean hasNext() {
        if (i == 2) {
          throw new IllegalStateException("listing broke");
        }
        return true;
      }

      @Override
      public CloudTrailSource next() {
        return CloudTrailSource.of("s3://b/log-" + i++, new byte[0]);
      }
    };
    List<String> names = new ArrayList<>();
    try (ListingAhead ahead = new ListingAhead("s3://b/", failing, new ReadListener() { })) {
      assertThatThrownBy(() -> ahead.forEachRemaining(s -> names.add(s.name())))
          .isInstanceOf(IllegalStateException.class).hasMessage("listing broke");
      assertThat(ahead.hasNext()).isFalse();
    }
    assertThat(names).containsExactly("s3://b/log-0", "s3://b/log-1");
  }

  @Test
  void aTakerInterruptedWhileWaitingIsToldWhichListingItWasWaitingFor() {
    CountDownLatch answer = new CountDownLatch(1); // the first list request does not answer until the test is done
    ListingAhead ahead = new ListingAhead("s3://my-trail/AWSLogs/", relay -> {
      try {
        answer.await();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      return new Listing(relay, 0);
    }, new ReadListener() { });
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(ahead::hasNext).isInstanceOf(IllegalStateException.class)
          .hasMessage("interrupted while waiting for the listing of s3://my-trail/AWSLogs/")
          .hasCauseInstanceOf(InterruptedException.class);
      assertThat(Thread.currentThread().isInterrupted()).as("the interrupt is kept").isTrue();
    } finally {
      Thread.interrupted();
      answer.countDown();
    }
    assertThat(ahead.hasNext()).as("closed by the interruption").isFalse();
  }

  @Test
  void closingStopsTheListerAfterTheRequestUnderWay() throws Exception {
    List<Listing> made = new ArrayList<>();
    ListingAhead ahead = new ListingAhead("s3://b/", relay -> {
      Listing l = new Listing(relay, -1);
      l.gateAt = 10;
      synchronized (made) {
        made.add(l);
      }
      return l;
    }, new ReadListener() { });
    ahead.next();
    Listing listing;
    synchronized (made) {
      listing = made.get(0);
    }
    listing.atGate.await();
    ahead.close(); // while the lister waits in the middle of the listing, at index 10
    listing.gate.countDown();
    // not closed, it would go on to AHEAD items and only then stop
    awaitListerStopped(ahead);
    // the request under way is finished (index 10, a source), nothing after it: 0-10 are 8 sources and 3 skips
    assertThat(listing.items()).isEqualTo(11);
    assertThat(ahead.hasNext()).isFalse();
  }
}
