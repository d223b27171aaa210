package org.cloudtrail4j.parser.internal;

import org.cloudtrail4j.parser.ReadListener;
import org.cloudtrail4j.parser.SourceSummary;

/**
 * A source boundary travelling with the events, so that the {@link ReadListener} hears of sources on the consuming
 * thread, in order, also when a parallel reader decoded them elsewhere.
 */
final class SourceMarker {
  private final String source;
  private final String reason;
  private final boolean pruned;
  private final SourceSummary summary;

  private SourceMarker(String source, String reason, boolean pruned, SourceSummary summary) {
    this.source = source;
    this.reason = reason;
    this.pruned = pruned;
    this.summary = summary;
  }

  static SourceMarker started(String source) {
    return new SourceMarker(source, null, false, null);
  }

  static SourceMarker skipped(String source, String reason) {
    return new SourceMarker(source, reason, false, null);
  }

  static SourceMarker pruned(String source, String reason) {
    return new SourceMarker(source, reason, true, null);
  }

  static SourceMarker finished(SourceSummary summary) {
    return new SourceMarker(summary.source(), null, false, summary);
  }

  void tell(ReadListener listener) {
    if (summary != null) {
      listener.sourceFinished(summary);
    } else if (pruned) {
      listener.sourcePruned(source, reason);
    } else if (reason != null) {
      listener.sourceSkipped(source, reason);
    } else {
      listener.sourceStarted(source);
    }
  }
}
