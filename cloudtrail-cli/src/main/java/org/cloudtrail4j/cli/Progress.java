package org.cloudtrail4j.cli;

import java.io.File;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * One self-overwriting line on stderr while a read runs: files, records, problems, the input's bytes read (and the
 * percentage of it, when its size is known) and the file being read. It fits the terminal's width, so that it never
 * wraps. Shown only after the read has taken a moment, so short reads print nothing, and redrawn at most a few times a
 * second.
 */
final class Progress {
  private static final long DELAY_NANOS = 500_000_000L;
  private static final long PERIOD_NANOS = 200_000_000L;
  /** The width when the terminal does not tell. */
  static final int DEFAULT_WIDTH = 80;

  private final PrintWriter err;
  private final boolean enabled;
  private final int width;
  private final long start = System.nanoTime();
  private long next;
  private int shown;

  Progress(PrintWriter err, boolean enabled, int width, long delayNanos) {
    this.err = err;
    this.enabled = enabled;
    this.width = width;
    this.next = start + delayNanos;
  }

  static Progress to(PrintWriter err, boolean enabled) {
    return new Progress(err, enabled, enabled ? terminalWidth() : DEFAULT_WIDTH, DELAY_NANOS);
  }

  static Progress none() {
    return new Progress(null, false, DEFAULT_WIDTH, DELAY_NANOS);
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
    draw(line(t, width));
  }

  /**
   * The progress line for {@code t}, at most {@code width - 1} characters (a line as wide as the terminal makes some
   * terminals wrap the cursor).
   */
  static String line(ReadTotals t, int width) {
    StringBuilder line = new StringBuilder(width).append("reading: ").append(t.filesRead)
        .append(t.filesRead == 1 ? " file, " : " files, ").append(t.records + t.filteredOut).append(" records");
    if (t.problems > 0) {
      line.append(", ").append(t.problems).append(t.problems == 1 ? " problem" : " problems");
    }
    long read = t.inputBytesRead();
    line.append(", ").append(mebibytes(read));
    if (t.inputSize > 0) {
      line.append(" of ").append(mebibytes(t.inputSize)).append(" (")
          .append(Math.min(100, read * 100 / t.inputSize)).append("%)");
    }
    int room = width - 1 - line.length() - 2;
    String source = t.currentSource;
    if (room >= 8 && !source.isEmpty()) {
      line.append("  ").append(source.length() <= room ? source
          : "..." + source.substring(source.length() - room + 3));
    }
    return line.length() < width ? line.toString() : line.substring(0, width - 1);
  }

  private static String mebibytes(long bytes) {
    long tenths = bytes * 10 / (1 << 20);
    return tenths / 10 + "." + tenths % 10 + " MiB";
  }

  /**
   * The terminal's width: {@code COLUMNS} when the shell exports it, else what {@code stty size} says of the
   * controlling terminal, else {@value #DEFAULT_WIDTH}.
   */
  static int terminalWidth() {
    Integer columns = parseWidth(System.getenv("COLUMNS"));
    if (columns != null) {
      return columns;
    }
    File tty = new File("/dev/tty");
    if (tty.exists()) {
      try {
        Process p = new ProcessBuilder("stty", "size").redirectInput(tty)
            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor(1, TimeUnit.SECONDS)) {
          String[] size = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim().split(" ");
          Integer stty = size.length == 2 ? parseWidth(size[1]) : null;
          if (stty != null) {
            return stty;
          }
        } else {
          p.destroyForcibly();
        }
      } catch (java.io.IOException e) {
        // no stty: the default
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return DEFAULT_WIDTH;
  }

  /** A terminal width from text, or null when it is not a plausible one. */
  static Integer parseWidth(String text) {
    if (text == null) {
      return null;
    }
    try {
      int w = Integer.parseInt(text.trim());
      return w >= 20 && w <= 1000 ? w : null;
    } catch (NumberFormatException e) {
      return null;
    }
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
