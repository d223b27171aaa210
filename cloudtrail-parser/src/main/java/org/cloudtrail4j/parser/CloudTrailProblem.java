package org.cloudtrail4j.parser;

import java.util.Objects;
import java.util.Optional;
import org.cloudtrail4j.model.json.JsonValue;

/**
 * A record or source the reader could not deliver, and why: the facts a user needs to find and fix it.
 *
 * <p>{@link #source()} is the file path or stream name, {@link #byteOffset()} the offset in the decompressed source
 * where the problem was found, {@link #recordIndex()} the index of the record among the source's records (counting
 * bad ones) or -1 when the problem is about the whole source, and {@link #jsonPath()} where inside the record, e.g.
 * {@code $.Records[12].userIdentity.sessionContext.attributes.creationDate}. When the record's bytes could be
 * delimited, {@link #rawRecord()} has them, so nothing is lost even when a record is skipped.
 *
 * <p>Immutable and thread-safe.
 */
public final class CloudTrailProblem {
  private final ProblemKind kind;
  private final String source;
  private final long byteOffset;
  private final long recordIndex;
  private final String jsonPath;
  private final String message;
  private final JsonValue rawRecord;
  private final Throwable cause;

  private CloudTrailProblem(ProblemKind kind, String source, long byteOffset, long recordIndex, String jsonPath,
      String message, JsonValue rawRecord, Throwable cause) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.source = Objects.requireNonNull(source, "source");
    this.byteOffset = byteOffset;
    this.recordIndex = recordIndex;
    this.jsonPath = Objects.requireNonNull(jsonPath, "jsonPath");
    this.message = Objects.requireNonNull(message, "message");
    this.rawRecord = rawRecord;
    this.cause = cause;
  }

  /**
   * A problem report; for readers and for code that reports its own problems the same way (custom pipelines, tests).
   *
   * @param recordIndex the record's index, or -1 for a problem with the whole source
   * @param rawRecord the bad record's bytes, or {@code null} when they could not be delimited
   * @param cause the underlying exception, or {@code null}
   */
  public static CloudTrailProblem of(ProblemKind kind, String source, long byteOffset, long recordIndex,
      String jsonPath, String message, JsonValue rawRecord, Throwable cause) {
    return new CloudTrailProblem(kind, source, byteOffset, recordIndex, jsonPath, message, rawRecord, cause);
  }

  /** What kind of problem this is. */
  public ProblemKind kind() {
    return kind;
  }

  /** The file path or stream name. */
  public String source() {
    return source;
  }

  /** The byte offset in the decompressed source where the problem was found. */
  public long byteOffset() {
    return byteOffset;
  }

  /** The record's index among the source's records, from 0, or -1 when the problem concerns the whole source. */
  public long recordIndex() {
    return recordIndex;
  }

  /** True when the problem concerns one record (and {@link #recordIndex()} is not -1). */
  public boolean isRecordProblem() {
    return recordIndex >= 0;
  }

  /** Where in the source's JSON, e.g. {@code $.Records[12].eventTime}; {@code $} for the whole source. */
  public String jsonPath() {
    return jsonPath;
  }

  /** What is wrong, in words; does not repeat the source and position (see {@link #toString()}). */
  public String message() {
    return message;
  }

  /** The bad record's bytes, when they could be delimited. */
  public Optional<JsonValue> rawRecord() {
    return Optional.ofNullable(rawRecord);
  }

  /** The underlying exception, if any. */
  public Optional<Throwable> cause() {
    return Optional.ofNullable(cause);
  }

  /**
   * One line with everything: {@code source @ byte 1234, record 12, $.Records[12].eventTime: KIND: message}.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(source).append(" @ byte ").append(byteOffset);
    if (recordIndex >= 0) {
      s.append(", record ").append(recordIndex);
    }
    return s.append(", ").append(jsonPath).append(": ").append(kind).append(": ").append(message).toString();
  }
}
