package org.cloudtrail4j.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WindowFeedTest {
  private static final long SEED = 14;

  private static byte[] random(int n) {
    byte[] b = new byte[n];
    new Random(SEED).nextBytes(b);
    return b;
  }

  /** A source that returns at most {@code chunk} bytes per read, notes the threads that read it, then fails. */
  private static class Source extends InputStream {
    final byte[] bytes;
    final int chunk;
    final IOException failure;
    final Set<String> threads = ConcurrentHashMap.newKeySet();
    final AtomicLong served = new AtomicLong();
    volatile boolean closed;
    int pos;

    Source(byte[] bytes, int chunk, IOException failure) {
      this.bytes = bytes;
      this.chunk = chunk;
      this.failure = failure;
    }

    @Override
    public int read() {
      throw new UnsupportedOperationException();
    }

    @Override
    public int read(byte[] b, int off, int n) throws IOException {
      threads.add(Thread.currentThread().getName());
      if (closed) {
        throw new IOException("read after close");
      }
      if (pos == bytes.length) {
        if (failure != null) {
          throw failure;
        }
        return -1;
      }
      int k = Math.min(Math.min(n, chunk), bytes.length - pos);
      System.arraycopy(bytes, pos, b, off, k);
      pos += k;
      served.addAndGet(k);
      return k;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  /** Takes every window of {@code feed} and joins their bytes. */
  private static byte[] drain(WindowFeed feed) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    while (true) {
      WindowFeed.Window w = feed.next();
      assertThat(w.pos).isEqualTo(WindowFeed.HEADROOM);
      out.write(w.bytes, w.pos, w.limit - w.pos);
      if (w.last()) {
        if (w.error != null) {
          throw w.error;
        }
        return out.toByteArray();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void deliversTheSourcesBytesInOrder(boolean readAhead) throws IOException {
    byte[] bytes = random(3_000_017);
    Source source = new Source(bytes, 10_007, null);
    WindowFeed feed = new WindowFeed(source, readAhead);
    assertThat(drain(feed)).isEqualTo(bytes);
    feed.close();
    if (readAhead) {
      assertThat(source.threads).anyMatch(t -> t.startsWith("cloudtrail4j-read-ahead-"));
    } else {
      assertThat(source.threads).containsExactly(Thread.currentThread().getName());
    }
  }

  @Test
  void readsASmallSourceOnTheCallersThreadOnly() throws IOException {
    byte[] bytes = random(WindowFeed.FIRST - 1);
    Source source = new Source(bytes, 4096, null);
    WindowFeed feed = new WindowFeed(source, true);
    assertThat(drain(feed)).isEqualTo(bytes);
    feed.close();
    assertThat(source.threads).containsExactly(Thread.currentThread().getName());
  }

  @Test
  void deliversEveryByteBeforeTheSourcesOwnException() throws IOException {
    byte[] bytes = random(1_000_003);
    EOFException cut = new EOFException("the gzip stream ends inside member 1");
    WindowFeed feed = new WindowFeed(new Source(bytes, 65_536, cut), true);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WindowFeed.Window w;
    do {
      w = feed.next();
      out.write(w.bytes, w.pos, w.limit - w.pos);
    } while (!w.last());
    assertThat(out.toByteArray()).isEqualTo(bytes);
    assertThat(w.error).isSameAs(cut);
    assertThatThrownBy(feed::next).isInstanceOf(IllegalStateException.class); // the source is not read again
  }

  @Test
  void passesOnAnUncheckedFailureOfTheSource() {
    byte[] bytes = random(500_000);
    InputStream failing = new Source(bytes, 65_536, null) {
      @Override
      public int read(byte[] b, int off, int n) throws IOException {
        if (pos > 200_000) {
          throw new IllegalStateException("broken source");
        }
        return super.read(b, off, n);
      }
    };
    WindowFeed feed = new WindowFeed(failing, true);
    assertThatThrownBy(() -> drain(feed)).isInstanceOf(IllegalStateException.class).hasMessage("broken source");
  }

  @Test
  void readsABoundedNumberOfWindowsAheadOfAConsumerThatStops() throws Exception {
    byte[] bytes = random(20_000_000);
    Source source = new Source(bytes, 65_536, null);
    WindowFeed feed = new WindowFeed(source, true);
    feed.next();
    feed.next();
    Thread.sleep(300); // time for a runaway producer to show itself
    // the two windows taken, AHEAD ready, and none being filled: the producer has stopped, not blocked
    long served = source.served.get();
    assertThat(served).isEqualTo(WindowFeed.FIRST + (1L + WindowFeed.AHEAD) * WindowFeed.SIZE);
    Thread.sleep(100);
    assertThat(source.served.get()).isEqualTo(served);
    assertThat(readAheadThreadsReading()).isZero();
    feed.close();
    assertThat(source.closed).isTrue();
  }

  @Test
  void closingWaitsForTheWindowBeingFilledThenClosesTheSource() throws Exception {
    CountDownLatch reading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Source source = new Source(random(2_000_000), 65_536, null) {
      @Override
      public int read(byte[] b, int off, int n) throws IOException {
        if (pos >= WindowFeed.FIRST + WindowFeed.SIZE / 2) {
          reading.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            throw new IOException(e);
          }
        }
        return super.read(b, off, n);
      }
    };
    WindowFeed feed = new WindowFeed(source, true);
    feed.next();
    Thread producerStarter = new Thread(() -> {
      try {
        feed.next();
      } catch (IOException | IllegalStateException e) {
        // closed under it: expected
      }
    });
    producerStarter.setDaemon(true);
    producerStarter.start();
    assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
    Thread closer = new Thread(() -> {
      try {
        feed.close();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    closer.start();
    closer.join(200);
    assertThat(closer.isAlive()).as("close waits for the producer's read").isTrue();
    assertThat(source.closed).isFalse();
    release.countDown();
    closer.join(10_000);
    assertThat(closer.isAlive()).isFalse();
    assertThat(source.closed).isTrue();
  }

  /**
   * Through {@link Input}: whatever the parser keeps of its window (a few bytes, more than the room in front of a
   * window, more than a window), the bytes at every absolute offset are the source's.
   */
  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void anInputOverAFeedKeepsAnyTailAndLosesNoByte(boolean readAhead) throws IOException {
    byte[] bytes = random(6_000_011);
    Random keeps = new Random(SEED);
    int[] tails = {0, 1, 100, 5_000, WindowFeed.HEADROOM - 1, WindowFeed.HEADROOM, WindowFeed.HEADROOM + 1, 100_000,
        WindowFeed.SIZE + 7, 700_000};
    Input in = new Input(new WindowFeed(new Source(bytes, 30_011, null), readAhead), 1 << 20);
    in.fill(0);
    long checked = 0;
    while (true) {
      long base = in.offset(0);
      assertThat(Arrays.copyOfRange(in.buf, in.pos, in.limit)).isEqualTo(
          Arrays.copyOfRange(bytes, (int) (base + in.pos), (int) (base + in.limit)));
      checked = Math.max(checked, base + in.limit);
      int keep = Math.min(in.limit - in.pos, tails[keeps.nextInt(tails.length)]);
      in.pos = in.limit - keep;
      long keptAt = in.offset(in.pos);
      int shift = in.fill(in.pos);
      if (shift < 0) {
        break;
      }
      assertThat(in.offset(in.pos)).isEqualTo(keptAt);
    }
    assertThat(checked).isEqualTo(bytes.length);
    assertThat(in.eof).isTrue();
    in.close();
  }

  @Test
  void anInputOverAFeedHandsOutTheBytesBeforeAnErrorThenThrowsIt() throws IOException {
    byte[] bytes = random(700_001);
    IOException broken = new IOException("connection reset");
    Input in = new Input(new WindowFeed(new Source(bytes, 65_536, broken), true), 1 << 20);
    long read = 0;
    IOException thrown = null;
    try {
      while (in.fill(in.limit) >= 0) {
        read = in.offset(in.limit);
      }
    } catch (IOException e) {
      thrown = e;
    }
    assertThat(read).isEqualTo(bytes.length);
    assertThat(thrown).isSameAs(broken);
  }

  @Test
  void closesTheSource() throws IOException {
    boolean[] closed = {false};
    InputStream source = new ByteArrayInputStream(random(1_000_000)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    WindowFeed feed = new WindowFeed(source, true);
    feed.next();
    feed.next();
    feed.close();
    assertThat(closed[0]).isTrue();
  }

  private static long readAheadThreadsReading() {
    return Thread.getAllStackTraces().entrySet().stream()
        .filter(e -> e.getKey().getName().startsWith("cloudtrail4j-read-ahead-"))
        .filter(e -> Arrays.stream(e.getValue()).anyMatch(f -> f.getMethodName().equals("produce")))
        .count();
  }
}
