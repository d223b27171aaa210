package org.cloudtrail4j.integrity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The digest walk's read-ahead: order, bound, and progress whatever the executor does. */
class LookAheadTest {
  static final List<String> KEYS = IntStream.range(0, 20).mapToObj(i -> "d" + i).collect(Collectors.toList());

  /** An executor that only queues: nothing runs unless the consumer runs it. */
  static final class Parked implements java.util.concurrent.Executor {
    final ArrayDeque<Runnable> queued = new ArrayDeque<>();
    int executed;

    @Override
    public void execute(Runnable r) {
      queued.add(r);
      executed++;
    }
  }

  @Test
  void startsAtMostDepthAheadOfTheConsumerWhateverTheSequenceLength() {
    Parked executor = new Parked();
    LookAhead<String, String> ahead = new LookAhead<>(KEYS, 3, k -> k.toUpperCase(), executor);
    ahead.start();
    assertThat(executor.executed).isEqualTo(3);
    for (int i = 0; i < KEYS.size(); i++) {
      assertThat(ahead.take(KEYS.get(i))).isEqualTo(KEYS.get(i).toUpperCase());
      assertThat(executor.executed).isEqualTo(Math.min(KEYS.size(), i + 1 + 3));
      assertThat(ahead.inFlight()).isLessThanOrEqualTo(3);
    }
    assertThat(ahead.inFlight()).isZero();
  }

  @Test
  void theConsumerRunsWorkTheExecutorHasNotStarted() {
    Parked executor = new Parked(); // never runs anything: the consumer must not wait for it
    List<String> ran = new ArrayList<>();
    LookAhead<String, String> ahead = new LookAhead<>(KEYS, 4, k -> {
      ran.add(k);
      return k;
    }, executor);
    ahead.start();
    for (String k : KEYS) {
      assertThat(ahead.take(k)).isEqualTo(k);
    }
    assertThat(ran).isEqualTo(KEYS);
    executor.queued.forEach(Runnable::run); // the executor getting to them late runs nothing again
    assertThat(ran).isEqualTo(KEYS);
  }

  @Test
  void workTheExecutorRanIsNotRunAgain() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      LookAhead<String, String> ahead = new LookAhead<>(KEYS, 5, k -> {
        runs.incrementAndGet();
        return k + "!";
      }, pool);
      ahead.start();
      for (String k : KEYS) {
        assertThat(ahead.take(k)).isEqualTo(k + "!");
      }
    } finally {
      pool.shutdown();
    }
    assertThat(runs).hasValue(KEYS.size());
  }

  @Test
  void aKeyOutsideTheSequenceIsLeftToTheCaller() {
    LookAhead<String, String> ahead = new LookAhead<>(KEYS, 2, k -> k, Runnable::run);
    ahead.start();
    assertThat(ahead.take("elsewhere")).isNull();
    assertThat(ahead.take("d0")).isEqualTo("d0"); // nothing was consumed by the miss
  }

  @Test
  void aSkippedKeyIsDroppedAndNotComputedLater() {
    Parked executor = new Parked();
    LookAhead<String, String> ahead = new LookAhead<>(KEYS, 2, k -> k, executor);
    ahead.start();
    assertThat(ahead.take("d5")).isEqualTo("d5");
    assertThat(ahead.take("d3")).isNull();
    assertThat(ahead.inFlight()).isLessThanOrEqualTo(2);
    assertThat(ahead.take("d6")).isEqualTo("d6");
  }

  @Test
  void aFailureOfTheWorkReachesTheConsumer() {
    LookAhead<String, String> ahead = new LookAhead<>(KEYS, 2, k -> {
      throw new IllegalArgumentException("bad " + k);
    }, Runnable::run);
    ahead.start();
    assertThatThrownBy(() -> ahead.take("d0")).isInstanceOf(IllegalArgumentException.class).hasMessage("bad d0");
  }
}
