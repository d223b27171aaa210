package org.cloudtrail4j.integrity.internal;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * Work on a sequence of keys known in advance, started on an executor at most {@code depth} keys ahead of the one
 * consumer that takes the results in that order. Memory stays bounded by {@code depth} results, however long the
 * sequence.
 *
 * <p>A result the consumer asks for before the executor started its work is computed on the consumer's thread (a
 * {@link FutureTask} runs once, whoever calls {@code run} first), so a busy or stopped executor only costs the
 * look-ahead, never progress. Not thread-safe: one consumer.
 *
 * @param <K> the key
 * @param <V> the result
 */
final class LookAhead<K, V> {
  private final List<K> order;
  private final Map<K, Integer> positions = new HashMap<>();
  private final int depth;
  private final Function<K, V> work;
  private final Executor executor;
  /** Started, not yet taken, in order: the keys from {@code next} to {@code submitted - 1}. */
  private final ArrayDeque<FutureTask<V>> ahead = new ArrayDeque<>();
  private int next;
  private int submitted;

  LookAhead(List<K> order, int depth, Function<K, V> work, Executor executor) {
    if (depth < 1) {
      throw new IllegalArgumentException("depth must be at least 1, not " + depth);
    }
    this.order = order;
    for (int i = 0; i < order.size(); i++) {
      positions.putIfAbsent(order.get(i), i);
    }
    this.depth = depth;
    this.work = work;
    this.executor = executor;
  }

  /** Starts the first {@code depth} keys' work. */
  void start() {
    fill();
  }

  /**
   * The result for {@code key}, when it is the next key of the sequence or a later one (the keys before it are then
   * skipped, their results dropped); null when the key is not in the rest of the sequence, for the caller to compute.
   */
  V take(K key) {
    Integer at = positions.get(key);
    if (at == null || at < next) {
      return null;
    }
    while (next < at) {
      ahead.poll(); // skipped: its result is never asked for
      next++;
      fill();
    }
    fill();
    FutureTask<V> task = ahead.poll();
    next++;
    fill();
    task.run(); // no-op if the executor started it
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for work on " + key, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("work on " + key + " failed", cause);
    }
  }

  /** How many keys' work is started and not yet taken (at most {@code depth}). */
  int inFlight() {
    return ahead.size();
  }

  private void fill() {
    while (submitted < order.size() && submitted - next < depth) {
      K key = order.get(submitted++);
      FutureTask<V> task = new FutureTask<>(() -> work.apply(key));
      ahead.add(task);
      executor.execute(task);
    }
  }
}
