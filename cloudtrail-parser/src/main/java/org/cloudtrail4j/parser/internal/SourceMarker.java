package org.cloudtrail4j.parser.internal;

import org.cloudtrail4j.parser.ReadListener;

/**
 * A source boundary travelling with the events, so that the {@link ReadListener} hears of sources on the consuming
 * thread, in order, also when a parallel reader decoded them elsewhere.
 */
final class SourceMarker {
  private final String source;
  private final String skipReason;
  private final boolean started;
  private final boolean pruned;
  private final long records;
  private final long problems;
  private final long filtered;
  private final long bytes;

  private SourceMarker(String source, String skipReason, boolean started, long records, long problems,
      long filtered, long bytes) {
    this(source, skipReason, started, false, records, problems, filtered, bytes);
  }

  private SourceMarker(String source, String skipReason, boolean started, boolean pruned, long records,
      long problems, long filtered, long bytes) {
    this.source = source;
    this.skipReason = skipReason;
    this.started = started;
    this.pruned = pruned;
    this.records = records;
    this.problems = problems;
    this.filtered = filtered;
    this.bytes = bytes;
  }

  static SourceMarker started(String source) {
    return new SourceMarker(source, null, true, 0, 0, 0, 0);
  }

  static SourceMarker skipped(String source, String reason) {
    return new SourceMarker(source, reason, false, 0, 0, 0, 0);
  }

  static SourceMarker pruned(String source, String reason) {
    return new SourceMarker(source, reason, false, true, 0, 0, 0, 0);
  }

  static SourceMarker finished(String source, long records, long problems, long filtered, long bytes) {
    return new SourceMarker(source, null, false, records, problems, filtered, bytes);
  }

  void tell(ReadListener listener) {
    if (started) {
      listener.sourceStarted(source);
    } else if (pruned) {
      listener.sourcePruned(source, skipReason);
    } else if (skipReason != null) {
      listener.sourceSkipped(source, skipReason);
    } else {
      listener.sourceFinished(source, records, problems, filtered, bytes);
    }
  }
}
