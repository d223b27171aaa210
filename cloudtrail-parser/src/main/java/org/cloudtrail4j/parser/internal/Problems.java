package org.cloudtrail4j.parser.internal;

import org.cloudtrail4j.model.json.JsonValue;
import org.cloudtrail4j.parser.CloudTrailProblem;
import org.cloudtrail4j.parser.ProblemKind;

/** The reader's own shorthand for a problem report, every fact in one call. */
final class Problems {
  private Problems() {}

  static CloudTrailProblem of(ProblemKind kind, String source, long byteOffset, long recordIndex, String jsonPath,
      String message, JsonValue rawRecord, Throwable cause) {
    return CloudTrailProblem.builder(kind, source).byteOffset(byteOffset).recordIndex(recordIndex).jsonPath(jsonPath)
        .message(message).rawRecord(rawRecord).cause(cause).build();
  }
}
