package org.cloudtrail4j.parser;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.parser.internal.MapperRegistry;
import org.cloudtrail4j.parser.internal.ReaderConfig;
import org.cloudtrail4j.parser.internal.Streams;
import org.cloudtrail4j.parser.spi.CloudTrailEventMapper;

/**
 * Reads CloudTrail logs into {@link CloudTrailEvent}s: the library's front door.
 *
 * <pre>{@code
 * try (Stream<CloudTrailEvent> events = CloudTrailReader.stream(Path.of("AWSLogs"))) {
 *   events.forEach(e -> System.out.println(e.eventName().orElse("?")));
 * }
 * }</pre>
 *
 * <h2>Inputs</h2>
 * A path is a file or a directory tree in CloudTrail's S3 layout
 * ({@code AWSLogs/[o-xxxx/]<account>/CloudTrail/<region>/YYYY/MM/DD/*.json.gz}), read in path order. Digest files
 * ({@code CloudTrail-Digest}), hidden files and files that are neither JSON nor gzip are skipped and told to the
 * {@link ReadListener}, not reported as problems. Formats are detected from the bytes, not the name: gzip or plain
 * (concatenated gzip members too, a UTF-8 BOM is ignored); a delivery object {@code {"Records":[...]}} with
 * {@code Records} anywhere among its keys; newline-delimited records (CloudTrail Lake, Athena exports); a single
 * record; a JSON array of records; EventBridge events ({@code detail}); CloudWatch Logs subscription messages
 * ({@code logEvents[].message}); LookupEvents output ({@code Events[].CloudTrailEvent}).
 *
 * <h2>Errors</h2>
 * By default the reader fails fast: the stream throws a {@link CloudTrailParseException} naming the source, byte
 * offset, record index and JSON path of the first bad record. With {@link Builder#onProblem(Consumer)} it skips bad
 * records and reports each to the callback instead; the records around a bad one are never lost, and records
 * delivered + records reported = records present. The reader is lenient where CloudTrail itself is inconsistent:
 * booleans written as the strings {@code "true"}/{@code "false"}, {@code null} for any member (read as absent),
 * missing members, unknown members (kept in {@code unknownFields()}), duplicate keys (the last wins; the raw bytes
 * keep both), and timestamps with fractional seconds, offsets or a space for the {@code T}. Anything else of the
 * wrong JSON type, or an invalid timestamp, makes the record a problem; the problem keeps the record's bytes.
 *
 * <h2>Memory and threads</h2>
 * Streams read lazily and hold a bounded window of each source (the record size limit, see {@link ReadLimits}),
 * so a 2 GB file streams in a small heap. Events hold slices of the bytes they were read from: reading a
 * {@code byte[]} shares it, no copy. Streams hold open files and threads: close them (try-with-resources). A reader
 * is immutable and thread-safe; each stream is for one consuming thread. {@code .parallel()} on a stream does not
 * split it (its pipeline runs in one thread, in the same memory): read files in parallel with
 * {@link Builder#parallelism(int)}.
 */
public final class CloudTrailReader {
  /** The default {@link Builder#deliveryLag(Duration)}: one day. */
  public static final Duration DEFAULT_DELIVERY_LAG = Duration.ofDays(1);

  private static volatile CloudTrailReader defaultReader;

  private final ReaderConfig config;

  private CloudTrailReader(ReaderConfig config) {
    this.config = config;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The reader with default settings: fail fast, no filter, one thread, default limits, mappers found by
   * {@link java.util.ServiceLoader}.
   */
  public static CloudTrailReader defaults() {
    CloudTrailReader r = defaultReader;
    if (r == null) {
      r = builder().build();
      defaultReader = r;
    }
    return r;
  }

  /**
   * The events of a file or directory tree, with default settings; see {@link #read(Path)}.
   *
   * @throws java.io.UncheckedIOException if {@code path} does not exist or the tree cannot be listed
   */
  public static Stream<CloudTrailEvent> stream(Path path) {
    return defaults().read(path);
  }

  /** The events of a stream named {@code sourceName} in problems and origins, with default settings. */
  public static Stream<CloudTrailEvent> stream(InputStream in, String sourceName) {
    return defaults().read(in, sourceName);
  }

  /** The events of bytes in memory, with default settings; see {@link #read(byte[])}. */
  public static Stream<CloudTrailEvent> stream(byte[] bytes) {
    return defaults().read(bytes);
  }

  /**
   * The events of a file or of every log file under a directory, in path order (or, with parallelism and
   * {@code ordered(false)}, as files complete). Close the stream.
   *
   * @throws java.io.UncheckedIOException if {@code path} does not exist or the tree cannot be listed
   */
  public Stream<CloudTrailEvent> read(Path path) {
    return Streams.of(Objects.requireNonNull(path, "path"), config);
  }

  /** The events of {@code in}, which the stream closes when it is closed. */
  public Stream<CloudTrailEvent> read(InputStream in, String sourceName) {
    return Streams.of(Objects.requireNonNull(in, "in"), Objects.requireNonNull(sourceName, "sourceName"), config);
  }

  /**
   * The events of {@code bytes}, named {@code "bytes"} in problems and origins. Events share the array (zero copy):
   * do not modify it while they are in use.
   */
  public Stream<CloudTrailEvent> read(byte[] bytes) {
    return read(bytes, "bytes");
  }

  /** The events of {@code bytes}, named {@code sourceName} in problems and origins; the array is shared. */
  public Stream<CloudTrailEvent> read(byte[] bytes, String sourceName) {
    Objects.requireNonNull(bytes, "bytes");
    return Streams.of(bytes, 0, bytes.length, Objects.requireNonNull(sourceName, "sourceName"), config);
  }

  /**
   * The typed view of {@code event} as {@code type}, when a mapper for the event's (eventSource, eventName) produces
   * it: {@code reader.as(event, CreateClusterEvent.class)}. A mapper failure is handled by the reader's error policy
   * (thrown by default, or reported and empty).
   */
  public <T> Optional<T> as(CloudTrailEvent event, Class<T> type) {
    return config.mappers().as(Objects.requireNonNull(event, "event"), Objects.requireNonNull(type, "type"), config);
  }

  /**
   * A function for {@link Stream#flatMap} that keeps the events that map to {@code type}, typed:
   * {@code events.flatMap(reader.typed(CreateClusterEvent.class))}.
   */
  public <T> Function<CloudTrailEvent, Stream<T>> typed(Class<T> type) {
    Objects.requireNonNull(type, "type");
    return e -> as(e, type).stream();
  }

  /**
   * Which folders and files of CloudTrail's layout can hold records this reader's filter accepts, by account, region
   * and delivery time: what a directory walk (and the S3 source) prunes.
   *
   * @return the selector, {@link LogFileSelector#all()} when the filter states no such facts
   */
  public LogFileSelector logFileSelector() {
    return config.selector();
  }

  /**
   * Configures a {@link CloudTrailReader}. Not thread-safe; the reader it builds is.
   *
   * <pre>{@code
   * List<CloudTrailProblem> problems = new ArrayList<>();
   * CloudTrailReader reader = CloudTrailReader.builder()
   *     .filter(EventFilter.eventSource("eks.amazonaws.com"))
   *     .onProblem(problems::add)
   *     .parallelism(4)
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private EventFilter filter;
    private Consumer<? super CloudTrailProblem> problemHandler;
    private ReadListener listener;
    private int parallelism = 1;
    private boolean ordered = true;
    private ReadLimits limits = ReadLimits.defaults();
    private final List<CloudTrailEventMapper<?>> mappers = new ArrayList<>();
    private boolean loadMappers = true;
    private boolean strict;
    private Duration deliveryLag = DEFAULT_DELIVERY_LAG;

    private Builder() {}

    /** Reads only records the filter accepts; it runs before a record is decoded. Replaces an earlier filter. */
    public Builder filter(EventFilter filter) {
      this.filter = Objects.requireNonNull(filter, "filter");
      return this;
    }

    /**
     * Skips bad records and sources and reports each to {@code handler}, on the thread consuming the stream, in
     * stream order. Without it the reader fails fast with {@link CloudTrailParseException}.
     */
    public Builder onProblem(Consumer<? super CloudTrailProblem> handler) {
      this.problemHandler = Objects.requireNonNull(handler, "handler");
      return this;
    }

    /** Fails fast on the first problem, throwing {@link CloudTrailParseException} (the default). */
    public Builder failFast() {
      this.problemHandler = null;
      return this;
    }

    /** Tells {@code listener} about the sources read and skipped, for progress and totals. */
    public Builder listener(ReadListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Reads up to {@code threads} files at once when reading a directory (default 1). Memory stays bounded: at most
     * {@code threads + 1} files are in flight, each with a bounded queue.
     */
    public Builder parallelism(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("parallelism must be at least 1: " + threads);
      }
      this.parallelism = threads;
      return this;
    }

    /**
     * With parallelism, keeps the sequential order (files in path order, records in file order) when true, the
     * default; when false, delivers files' records as they are read, which keeps threads busier.
     */
    public Builder ordered(boolean ordered) {
      this.ordered = ordered;
      return this;
    }

    /** Sets the limits (default {@link ReadLimits#defaults()}). */
    public Builder limits(ReadLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** Registers a mapper for {@link #as} and {@link #typed}, ahead of those found by {@code ServiceLoader}. */
    public Builder mapper(CloudTrailEventMapper<?> mapper) {
      this.mappers.add(Objects.requireNonNull(mapper, "mapper"));
      return this;
    }

    /** Whether to load mappers with {@link java.util.ServiceLoader} (default true). */
    public Builder loadMappers(boolean load) {
      this.loadMappers = load;
      return this;
    }

    /**
     * When true, checks the full JSON grammar of every byte while reading, free-form members included. By default
     * (false) the free-form members ({@code requestParameters}, {@code responseElements}, {@code additionalEventData},
     * {@code serviceEventDetails}, {@code eventContext} and unknown members), which are kept as bytes and often never
     * read, are checked only for structure (terminated strings, matched brackets) while reading, several times
     * faster; a grammar error inside one is reported as a {@link org.cloudtrail4j.model.json.JsonValueException} when
     * the member is navigated. Every other member is always checked in full.
     */
    public Builder strictValidation(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * How long after its records a log file may be delivered (default {@link #DEFAULT_DELIVERY_LAG}, one day). A
     * directory walk skips the day folders and files delivered at or after the filter's upper time bound plus this
     * lag, unopened (see {@link LogFileSelector}); a record delivered later than that would be missed. CloudTrail
     * delivers within about 5 minutes on average; a longer lag opens more files, never changes the result otherwise.
     *
     * @param lag the delivery lag, not negative
     * @return this builder
     * @throws IllegalArgumentException if {@code lag} is negative
     */
    public Builder deliveryLag(Duration lag) {
      Objects.requireNonNull(lag, "lag");
      if (lag.isNegative()) {
        throw new IllegalArgumentException("deliveryLag must not be negative: " + lag);
      }
      this.deliveryLag = lag;
      return this;
    }

    /** The reader. */
    public CloudTrailReader build() {
      return new CloudTrailReader(new ReaderConfig(filter, problemHandler, listener, parallelism, ordered, limits,
          new MapperRegistry(mappers, loadMappers), strict, selector(filter, deliveryLag)));
    }

    private static LogFileSelector selector(EventFilter filter, Duration lag) {
      return LogFileSelector.all(); // FilterScope (api helper) lands next: then the filter's scope
    }
  }
}
