package org.cloudtrail4j.parser;

import java.util.Objects;

/**
 * What a reader found in one source it read to the end: told to {@link ReadListener#sourceFinished(SourceSummary)}.
 * A value, so that counts can be added without breaking listeners.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SourceSummary {
  private final String source;
  private final long records;
  private final long problems;
  private final long filteredOut;
  private final long bytes;

  private SourceSummary(Builder b) {
    this.source = Objects.requireNonNull(b.source, "source");
    this.records = b.records;
    this.problems = b.problems;
    this.filteredOut = b.filteredOut;
    this.bytes = b.bytes;
  }

  /**
   * A builder, for readers and for tests of listeners.
   *
   * @param source the source's name
   * @return a builder with every count 0
   */
  public static Builder builder(String source) {
    return new Builder(source);
  }

  /**
   * The source: a file path, stream name or {@link CloudTrailSource#name()}.
   *
   * @return the name
   */
  public String source() {
    return source;
  }

  /**
   * Records delivered to the stream.
   *
   * @return the count
   */
  public long records() {
    return records;
  }

  /**
   * Problems reported for this source: bad records and source-level problems.
   *
   * @return the count
   */
  public long problems() {
    return problems;
  }

  /**
   * Records the reader's {@link EventFilter} rejected.
   *
   * @return the count
   */
  public long filteredOut() {
    return filteredOut;
  }

  /**
   * Bytes of JSON read, after decompression.
   *
   * @return the count
   */
  public long bytes() {
    return bytes;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SourceSummary)) {
      return false;
    }
    SourceSummary s = (SourceSummary) o;
    return source.equals(s.source) && records == s.records && problems == s.problems
        && filteredOut == s.filteredOut && bytes == s.bytes;
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, records, problems, filteredOut, bytes);
  }

  /** {@code source: 12 records, 1 problems, 3 filtered out, 4096 bytes}. */
  @Override
  public String toString() {
    return source + ": " + records + " records, " + problems + " problems, " + filteredOut + " filtered out, "
        + bytes + " bytes";
  }

  /** Builds a {@link SourceSummary}. Not thread-safe. */
  public static final class Builder {
    private final String source;
    private long records;
    private long problems;
    private long filteredOut;
    private long bytes;

    private Builder(String source) {
      this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * Sets the records delivered.
     *
     * @param records the count
     * @return this builder
     */
    public Builder records(long records) {
      this.records = records;
      return this;
    }

    /**
     * Sets the problems reported.
     *
     * @param problems the count
     * @return this builder
     */
    public Builder problems(long problems) {
      this.problems = problems;
      return this;
    }

    /**
     * Sets the records filtered out.
     *
     * @param filteredOut the count
     * @return this builder
     */
    public Builder filteredOut(long filteredOut) {
      this.filteredOut = filteredOut;
      return this;
    }

    /**
     * Sets the bytes read after decompression.
     *
     * @param bytes the count
     * @return this builder
     */
    public Builder bytes(long bytes) {
      this.bytes = bytes;
      return this;
    }

    /**
     * The summary.
     *
     * @return a new summary
     */
    public SourceSummary build() {
      return new SourceSummary(this);
    }
  }
}
