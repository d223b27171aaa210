package org.cloudtrail4j.cli;

import org.cloudtrail4j.parser.CloudTrailProblem;
import org.cloudtrail4j.parser.ReadListener;
import org.cloudtrail4j.parser.SourceSummary;

/**
 * What a read went through: files, records, problems, filtered-out records, bytes. Fed by the reader's
 * {@link ReadListener} calls and by {@link LogRead} on the consuming thread, so it needs no locking.
 */
final class ReadTotals implements ReadListener {
  private final Progress progress;

  long filesRead;
  long filesSkipped;
  /** Folders and files not opened because the filters rule them out by their place in CloudTrail's layout. */
  long pruned;
  long records;
  long problems;
  long filteredOut;
  long bytes;
  CloudTrailProblem firstProblem;
  /** True when {@code --fail-fast} stopped the read at {@link #firstProblem}. */
  boolean stopped;
  String currentSource = "";

  ReadTotals(Progress progress) {
    this.progress = progress;
  }

  @Override
  public void sourceStarted(String source) {
    currentSource = source;
    progress.update(this);
  }

  @Override
  public void sourceFinished(SourceSummary summary) {
    filesRead++;
    this.filteredOut += summary.filteredOut();
    this.bytes += summary.bytes();
    progress.update(this);
  }

  @Override
  public void sourceSkipped(String source, String reason) {
    filesSkipped++;
  }

  @Override
  public void sourcePruned(String source, String reason) {
    pruned++;
  }

  void problem(CloudTrailProblem problem) {
    if (problems++ == 0) {
      firstProblem = problem;
    }
  }
}
