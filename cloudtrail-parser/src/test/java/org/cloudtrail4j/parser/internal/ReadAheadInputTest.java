package org.cloudtrail4j.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ReadAheadInputTest {
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
  }

  /** Reads {@code in} to its end in reads of varying sizes. */
  private static byte[] drain(InputStream in) throws IOException {
    Random sizes = new Random(SEED);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[300_000];
    int n;
    while ((n = in.read(buf, 0, 1 + sizes.nextInt(buf.length))) >= 0) {
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  @Test
  void deliversTheSourcesBytesInOrder() throws IOException {
    byte[] bytes = random(3_000_017);
    Source source = new Source(bytes, 10_007, null);
    try (ReadAheadInput in = new ReadAheadInput(source)) {
      assertThat(drain(in)).isEqualTo(bytes);
      assertThat(in.read(new byte[10], 0, 10)).isEqualTo(-1);
      assertThat(in.read()).isEqualTo(-1);
    }
    assertThat(source.threads).anyMatch(t -> t.startsWith("cloudtrail4j-read-ahead-"));
  }

  @Test
  void readsASmallSourceOnTheCallersThreadOnly() throws IOException {
    byte[] bytes = random(ReadAheadInput.DIRECT - 1);
    Source source = new Source(bytes, 4096, null);
    try (ReadAheadInput in = new ReadAheadInput(source)) {
      assertThat(drain(in)).isEqualTo(bytes);
    }
    assertThat(source.threads).containsExactly(Thread.currentThread().getName());
  }

  @Test
  void deliversEveryByteBeforeTheSourcesOwnException() throws IOException {
    byte[] bytes = random(1_000_003);
    EOFException cut = new EOFException("the gzip stream ends inside member 1");
    Source source = new Source(bytes, 65_536, cut);
    ReadAheadInput in = new ReadAheadInput(source);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[50_000];
    IOException thrown = null;
    try {
      int n;
      while ((n = in.read(buf, 0, buf.length)) >= 0) {
        out.write(buf, 0, n);
      }
    } catch (IOException e) {
      thrown = e;
    }
    assertThat(out.toByteArray()).isEqualTo(bytes);
    assertThat(thrown).isSameAs(cut);
    // the source is not read again after it failed
    assertThat(in.read(buf, 0, buf.length)).isEqualTo(-1);
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
    ReadAheadInput in = new ReadAheadInput(failing);
    assertThatThrownBy(() -> drain(in)).isInstanceOf(IllegalStateException.class).hasMessage("broken source");
  }

  @Test
  void readsAtMostOneBlockAheadOfAConsumerThatStops() throws Exception {
    byte[] bytes = random(5_000_000);
    Source source = new Source(bytes, 65_536, null);
    ReadAheadInput in = new ReadAheadInput(source);
    byte[] buf = new byte[ReadAheadInput.DIRECT + 1000];
    int consumed = 0;
    while (consumed < buf.length) {
      consumed += in.read(buf, consumed, buf.length - consumed);
    }
    Thread.sleep(200); // time for a runaway producer to show itself
    // what was consumed, the block it came from, and one block ahead: never the whole source
    assertThat(source.served.get()).isLessThanOrEqualTo(consumed + 2L * 128 * 1024);
    in.close();
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
    ReadAheadInput in = new ReadAheadInput(source);
    in.read(new byte[ReadAheadInput.DIRECT + 10]);
    in.read(new byte[10]);
    in.close();
    assertThat(closed[0]).isTrue();
  }
}
