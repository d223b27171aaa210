package org.cloudtrail4j.parser.internal;

import org.cloudtrail4j.parser.ProblemKind;

/**
 * A problem with one record found while decoding it: kind, JSON path within the record and the array index of the
 * offending byte. No stack trace: it is control flow between the decoder and the pipeline, which turns it into a
 * {@code CloudTrailProblem} with the source and record index.
 */
final class RecordProblemException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  final ProblemKind kind;
  final String path;
  final int index;

  RecordProblemException(ProblemKind kind, String path, int index, String message, Throwable cause) {
    super(message, cause, false, false);
    this.kind = kind;
    this.path = path;
    this.index = index;
  }
}
