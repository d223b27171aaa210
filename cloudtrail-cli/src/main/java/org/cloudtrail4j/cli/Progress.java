package org.cloudtrail4j.cli;

import java.io.PrintWriter;

/**
 * One self-overwriting line on stderr while a read runs: files, records, problems and the file being read. Shown only
 * after the read has taken a moment, so short reads print nothing, and redrawn at most a few times a second.
 */
final class Progress {
  private static final long DELAY_NANOS = 500_000_000L;
  private static final long PERIOD_NANOS = 200_000_000L;
  private static final int WIDTH = 100;

  private final PrintWriter err;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private long next = start + DELAY_NANOS;
  private int shown;

  private Progress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  static Progress to(PrintWriter err, boolean enabled) {
    return new Progress(err, enabled);
  }

  static Progress none() {
    return new Progress(null, false);
  }

  /** Redraws the line if it is time to. Cheap when it is not: one clock read. */
  void update(ReadTotals t) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - next < 0) {
      return;
    }
    next = now + PERIOD_NANOS;
    StringBuilder line = new StringBuilder(WIDTH).append("reading: ").append(t.filesRead).append(" files, ")
        .append(t.records).append(" records");
    if (t.problems > 0) {
      line.append(", ").append(t.problems).append(t.problems == 1 ? " problem" : " problems");
    }
    line.append(", ").append(t.bytes >> 20).append(" MiB  ");
    String source = t.currentSource;
    int room = WIDTH - line.length();
    line.append(source.length() <= room ? source : "..." + source.substring(source.length() - room + 3));
    draw(line);
  }

  /** Removes the line, before other stderr output and at the end. */
  void clear() {
    if (shown > 0) {
      err.print('\r' + " ".repeat(shown) + '\r');
      err.flush();
      shown = 0;
    }
  }

  private void draw(CharSequence line) {
    int pad = Math.max(0, shown - line.length());
    err.print("\r" + line + " ".repeat(pad));
    err.flush();
    shown = line.length();
  }
}
