package org.cloudtrail4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
  /** Bytes of JSON read (decompressed). */
  long bytes;
  /** The input's size in bytes as stored (compressed), when every input is a file; 0 when unknown. */
  long inputSize;
  /** Bytes of the input as stored, of the sources finished. */
  long inputBytesDone;
  /** The counter of the file {@link LogRead} opened itself and is reading, or null. */
  CountingInputStream counted;
  CloudTrailProblem firstProblem;
  /** True when {@code --fail-fast} stopped the read at {@link #firstProblem}. */
  boolean stopped;
  String currentSource = "";

  ReadTotals(Progress progress) {
    this.progress = progress;
  }

  /** Bytes of the input as stored that have been read. */
  long inputBytesRead() {
    return inputBytesDone + (counted == null ? 0 : counted.count());
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
    if (counted == null) {
      // a file of a directory walk: its size as stored
      try {
        inputBytesDone += Files.size(Path.of(summary.source()));
      } catch (IOException | RuntimeException e) {
        // gone, or not a path: it does not count
      }
    }
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
