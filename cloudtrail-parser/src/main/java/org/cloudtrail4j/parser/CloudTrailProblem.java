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
 *
 * @since 0.1.0
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
   * A builder of a problem report, for code that reports its own problems the way readers do (custom pipelines,
   * tests). Unset, the byte offset is -1 (unknown), the record index -1 (a problem with the whole source) and the
   * JSON path {@code $}.
   *
   * @param kind what kind of problem
   * @param source the file path or stream name
   * @return a new builder
   */
  public static Builder builder(ProblemKind kind, String source) {
    return new Builder(kind, source);
  }

  /** {@return what kind of problem this is} */
  public ProblemKind kind() {
    return kind;
  }

  /** {@return the file path or stream name} */
  public String source() {
    return source;
  }

  /** {@return the byte offset in the decompressed source where the problem was found} */
  public long byteOffset() {
    return byteOffset;
  }

  /**
   * {@return the record's index among the source's records, from 0, or -1 when the problem concerns the whole source}
   */
  public long recordIndex() {
    return recordIndex;
  }

  /** {@return true when the problem concerns one record (and {@link #recordIndex()} is not -1)} */
  public boolean isRecordProblem() {
    return recordIndex >= 0;
  }

  /** {@return where in the source's JSON, e.g. {@code $.Records[12].eventTime}; {@code $} for the whole source} */
  public String jsonPath() {
    return jsonPath;
  }

  /** {@return what is wrong, in words; does not repeat the source and position (see {@link #toString()})} */
  public String message() {
    return message;
  }

  /** {@return the bad record's bytes, when they could be delimited} */
  public Optional<JsonValue> rawRecord() {
    return Optional.ofNullable(rawRecord);
  }

  /** {@return the underlying exception, if any} */
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

  /** Builds a {@link CloudTrailProblem}; the message is required. Not thread-safe. */
  public static final class Builder {
    private final ProblemKind kind;
    private final String source;
    private long byteOffset = -1;
    private long recordIndex = -1;
    private String jsonPath = "$";
    private String message;
    private JsonValue rawRecord;
    private Throwable cause;

    private Builder(ProblemKind kind, String source) {
      this.kind = Objects.requireNonNull(kind, "kind");
      this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * Sets the byte offset in the decompressed source.
     *
     * @param byteOffset the offset, or -1 when unknown
     * @return this builder
     */
    public Builder byteOffset(long byteOffset) {
      this.byteOffset = byteOffset;
      return this;
    }

    /**
     * Sets the record's index among the source's records.
     *
     * @param recordIndex the index, or -1 for a problem with the whole source
     * @return this builder
     */
    public Builder recordIndex(long recordIndex) {
      this.recordIndex = recordIndex;
      return this;
    }

    /**
     * Sets where in the source's JSON, e.g. {@code $.Records[12].eventTime}.
     *
     * @param jsonPath the path
     * @return this builder
     */
    public Builder jsonPath(String jsonPath) {
      this.jsonPath = Objects.requireNonNull(jsonPath, "jsonPath");
      return this;
    }

    /**
     * Sets what is wrong, in words.
     *
     * @param message the message
     * @return this builder
     */
    public Builder message(String message) {
      this.message = Objects.requireNonNull(message, "message");
      return this;
    }

    /**
     * Sets the bad record's bytes.
     *
     * @param rawRecord the bytes, or {@code null} when they could not be delimited
     * @return this builder
     */
    public Builder rawRecord(JsonValue rawRecord) {
      this.rawRecord = rawRecord;
      return this;
    }

    /**
     * Sets the underlying exception.
     *
     * @param cause the exception, or {@code null}
     * @return this builder
     */
    public Builder cause(Throwable cause) {
      this.cause = cause;
      return this;
    }

    /**
     * The problem.
     *
     * @return a new problem
     * @throws NullPointerException when no message was set
     */
    public CloudTrailProblem build() {
      return new CloudTrailProblem(kind, source, byteOffset, recordIndex, jsonPath,
          Objects.requireNonNull(message, "message"), rawRecord, cause);
    }
  }
}
