package org.cloudtrail4j.parser;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.spi.CloudTrailEventMapper;
import org.cloudtrail4j.model.spi.CloudTrailMappers;
import org.cloudtrail4j.model.spi.MappingException;
import org.cloudtrail4j.parser.internal.ReaderAccess;
import org.cloudtrail4j.parser.internal.ReaderConfig;
import org.cloudtrail4j.parser.internal.Streams;

/**
 * Reads CloudTrail logs into {@link CloudTrailEvent}s: the library's front door.
 *
 * <pre>{@code
 * try (Stream<CloudTrailEvent> events = CloudTrailReader.stream(Path.of("AWSLogs"))) {
 *   events.filter(CloudTrailEvent::failed).forEach(e -> System.out.println(e.principal()));
 * }
 * }</pre>
 *
 * <p>{@code stream} reads with the defaults; a configured reader's {@code read} reads with its settings
 * ({@link #builder()}). Every event carries the reader's mappers, so {@link CloudTrailEvent#as(Class)} works on any
 * event of any stream.
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
 * <p>A source that cannot be read is a problem of that source under the same policy ({@link ProblemKind#IO_ERROR},
 * naming it): one that cannot be opened, and one whose stream fails part-way, with an {@link java.io.IOException} or
 * unchecked (an S3 body's {@code SdkClientException}, an {@link java.io.UncheckedIOException}, any
 * {@link RuntimeException} of a user's stream), which is the problem's {@link CloudTrailProblem#cause() cause}. The
 * records read before the failure are delivered; the problem names the byte offset where the source failed and, in
 * its message, the last record read; a lenient reader then goes on with the next source. An {@link Error} of a stream
 * is not a problem: it ends the stream as it is.
 *
 * <h2>Memory and threads</h2>
 * Streams read lazily and hold a bounded window of each source (the record size limit, see {@link ReadLimits}),
 * so a 2 GB file streams in a small heap. Events hold slices of the bytes they were read from: reading a
 * {@code byte[]} shares it, no copy. Streams hold open files and threads: close them (try-with-resources). A reader
 * is immutable and thread-safe; each stream is for one consuming thread. Parallelism is the reader's
 * ({@link Builder#parallelism(int)}), not the stream's.
 *
 * @since 0.1.0
 */
public final class CloudTrailReader {
  /** The default {@link Builder#deliveryLag(Duration)}: one day. */
  public static final Duration DEFAULT_DELIVERY_LAG = Duration.ofDays(1);

  static {
    // internal readers (the Spark source, the command line's stats) derive their configuration from a built
    // reader's, and read through a reader with it
    ReaderAccess.grant(reader -> reader.config, CloudTrailReader::new);
  }

  private final ReaderConfig config;

  private CloudTrailReader(ReaderConfig config) {
    this.config = config;
  }

  /**
   * A new builder.
   *
   * @return a builder with the default settings
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The reader with default settings: fail fast, no filter, one thread, default limits, mappers
   * {@link CloudTrailMappers#defaults()}.
   *
   * @return the shared default reader
   */
  public static CloudTrailReader defaults() {
    return Defaults.READER;
  }

  /**
   * The events of a file or directory tree, with default settings; see {@link #read(Path...)}.
   *
   * @param path a file or directory
   * @return the events; close the stream
   * @throws java.io.UncheckedIOException if {@code path} does not exist or the tree cannot be listed
   */
  public static Stream<CloudTrailEvent> stream(Path path) {
    return defaults().read(path);
  }

  /**
   * The events of a file or directory tree that {@code filter} accepts, otherwise with default settings:
   * {@code CloudTrailReader.stream(logs, EventFilter.eventName("eks", "CreateCluster"))}.
   *
   * @param path a file or directory
   * @param filter which records to read
   * @return the events; close the stream
   * @throws java.io.UncheckedIOException if {@code path} does not exist or the tree cannot be listed
   */
  public static Stream<CloudTrailEvent> stream(Path path, EventFilter filter) {
    return defaults().read(path, filter);
  }

  /**
   * The events of {@code in}, named {@code sourceName} in problems and origins, with default settings; the stream
   * closes {@code in} when it is closed.
   *
   * @param in gzip or plain JSON
   * @param sourceName the name in problems and origins
   * @return the events; close the stream
   */
  public static Stream<CloudTrailEvent> stream(InputStream in, String sourceName) {
    return defaults().read(in, sourceName);
  }

  /**
   * The events of bytes in memory, with default settings; see {@link #read(byte[], String)}.
   *
   * @param bytes gzip or plain JSON
   * @return the events
   */
  public static Stream<CloudTrailEvent> stream(byte[] bytes) {
    return defaults().read(bytes);
  }

  /**
   * The events of files or of every log file under directories, path after path, each tree in path order (or, with
   * parallelism and {@code ordered(false)}, as files complete). Close the stream.
   *
   * @param paths one or more files or directories
   * @return the events
   * @throws java.io.UncheckedIOException if a path does not exist or a tree cannot be listed
   * @throws IllegalArgumentException if no path is given
   */
  public Stream<CloudTrailEvent> read(Path... paths) {
    if (paths.length == 0) {
      throw new IllegalArgumentException("no path given");
    }
    List<Path> list = new ArrayList<>(paths.length);
    for (Path p : paths) {
      list.add(Objects.requireNonNull(p, "path"));
    }
    return Streams.of(list, config);
  }

  /**
   * The events of a file or directory tree that {@code filter} accepts, with this reader's other settings: the
   * reader's own filter, if any, and {@code filter} must both accept a record.
   * {@code reader.read(logs, EventFilter.eventName("eks", "CreateCluster"))}.
   *
   * @param path a file or directory
   * @param filter which records to read
   * @return the events; close the stream
   * @throws java.io.UncheckedIOException if {@code path} does not exist or the tree cannot be listed
   */
  public Stream<CloudTrailEvent> read(Path path, EventFilter filter) {
    Objects.requireNonNull(filter, "filter");
    EventFilter both = config.filter() == null ? filter : config.filter().and(filter);
    return Streams.of(List.of(Objects.requireNonNull(path, "path")), config.withFilter(both));
  }

  /**
   * The events of a sequence of sources, read exactly as the files of a directory are: with this reader's
   * parallelism, order, filter, limits, error policy and listener. Sources are taken from {@code sources} and opened
   * lazily, when their turn comes (with parallelism, up to {@code threads + 1} ahead); closing the returned stream
   * closes {@code sources}.
   *
   * @param sources the sources, e.g. S3 objects
   * @return the events
   */
  public Stream<CloudTrailEvent> read(Stream<CloudTrailSource> sources) {
    return Streams.of(Objects.requireNonNull(sources, "sources"), config);
  }

  /**
   * The events of {@code in}, which the stream closes when it is closed.
   *
   * @param in gzip or plain JSON
   * @param sourceName the name in problems and origins
   * @return the events
   */
  public Stream<CloudTrailEvent> read(InputStream in, String sourceName) {
    return Streams.of(Objects.requireNonNull(in, "in"), Objects.requireNonNull(sourceName, "sourceName"), config);
  }

  /**
   * The events of {@code bytes}, named {@code "bytes"} in problems and origins. Events share the array (zero copy):
   * do not modify it while they are in use.
   *
   * @param bytes gzip or plain JSON
   * @return the events
   */
  public Stream<CloudTrailEvent> read(byte[] bytes) {
    return read(bytes, "bytes");
  }

  /**
   * The events of {@code bytes}, named {@code sourceName} in problems and origins; the array is shared.
   *
   * @param bytes gzip or plain JSON
   * @param sourceName the name in problems and origins
   * @return the events
   */
  public Stream<CloudTrailEvent> read(byte[] bytes, String sourceName) {
    Objects.requireNonNull(bytes, "bytes");
    return Streams.of(bytes, 0, bytes.length, Objects.requireNonNull(sourceName, "sourceName"), config);
  }

  /**
   * A function for {@link Stream#flatMap} that keeps the events that map to {@code type}, typed, with mapper
   * failures handled by this reader's error policy (thrown as {@link CloudTrailParseException} by default, or
   * reported as {@link ProblemKind#MAPPER_FAILED} and skipped): {@code events.flatMap(reader.typed(T.class))}.
   * {@link CloudTrailEvent#typed(Class)} is the same without a reader, a mapper failure ending the stream.
   *
   * @param type the view wanted
   * @param <T> the view wanted
   * @return the function
   * @throws IllegalArgumentException at once when no mapper of this reader produces {@code type}, naming it and
   *     what is registered
   */
  public <T> Function<CloudTrailEvent, Stream<T>> typed(Class<T> type) {
    Objects.requireNonNull(type, "type");
    CloudTrailMappers mappers = config.mappers();
    mappers.requireProducible(type);
    return e -> {
      try {
        return mappers.as(e, type).stream();
      } catch (MappingException failure) {
        config.report(CloudTrailProblem.builder(ProblemKind.MAPPER_FAILED,
                e.origin().map(o -> o.source()).orElse("(event built in code)"))
            .byteOffset(e.origin().map(o -> o.byteOffset()).orElse(-1L))
            .recordIndex(e.origin().map(o -> o.recordIndex()).orElse(-1L))
            .message(failure.getMessage())
            .rawRecord(e.rawJson().isMissing() ? null : e.rawJson())
            .cause(failure.getCause())
            .build());
        return Stream.empty();
      }
    };
  }

  /**
   * The mappers of this reader, which its events carry.
   *
   * @return the registry
   */
  public CloudTrailMappers mappers() {
    return config.mappers();
  }

  /**
   * Which folders and files of CloudTrail's layout can hold records this reader's filter accepts, by account, region
   * and delivery time: what a directory walk (and the S3 source) prunes. It comes from the filter's
   * {@link EventFilter#scope()}.
   *
   * @return the selector, {@link LogFileSelector#all()} when the filter states no such facts
   */
  public LogFileSelector logFileSelector() {
    return config.selector();
  }

  private static final class Defaults {
    static final CloudTrailReader READER = builder().build();
  }

  /**
   * Configures a {@link CloudTrailReader}. Not thread-safe; the reader it builds is.
   *
   * <pre>{@code
   * List<CloudTrailProblem> problems = new ArrayList<>();
   * CloudTrailReader reader = CloudTrailReader.builder()
   *     .filter(EventFilter.eventSource("eks"))
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
    private CloudTrailMappers baseMappers;
    private boolean strict;
    private Duration deliveryLag = DEFAULT_DELIVERY_LAG;

    private Builder() {}

    /**
     * Reads only records the filter accepts; it runs before a record is decoded. Called again, it adds a filter:
     * {@code filter(a).filter(b)} reads records both accept ({@code a.and(b)}).
     *
     * @param filter which records to read
     * @return this builder
     */
    public Builder filter(EventFilter filter) {
      Objects.requireNonNull(filter, "filter");
      this.filter = this.filter == null ? filter : this.filter.and(filter);
      return this;
    }

    /**
     * Skips bad records and sources and reports each to {@code handler}, on the thread consuming the stream, in
     * stream order. Without it the reader fails fast with {@link CloudTrailParseException}. When one reader serves
     * several streams at once, the handler is called from each of their threads: make it thread-safe.
     *
     * @param handler where problems go
     * @return this builder
     */
    public Builder onProblem(Consumer<? super CloudTrailProblem> handler) {
      this.problemHandler = Objects.requireNonNull(handler, "handler");
      return this;
    }

    /**
     * Fails fast on the first problem, throwing {@link CloudTrailParseException} (the default).
     *
     * @return this builder
     */
    public Builder failFast() {
      this.problemHandler = null;
      return this;
    }

    /**
     * Tells {@code listener} about the sources read and skipped, for progress and totals.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(ReadListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Reads up to {@code threads} files at once when reading a directory or several sources (default 1). Memory
     * stays bounded: at most {@code threads + 1} files are in flight, each with a bounded queue.
     *
     * @param threads at least 1
     * @return this builder
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
     *
     * @param ordered whether to keep the order
     * @return this builder
     */
    public Builder ordered(boolean ordered) {
      this.ordered = ordered;
      return this;
    }

    /**
     * Sets the limits (default {@link ReadLimits#defaults()}).
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder limits(ReadLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Registers a mapper, ahead of the base registry's for the same key.
     *
     * @param mapper the mapper
     * @return this builder
     */
    public Builder mapper(CloudTrailEventMapper<?> mapper) {
      this.mappers.add(Objects.requireNonNull(mapper, "mapper"));
      return this;
    }

    /**
     * Sets the base registry that {@link #mapper} adds to (default {@link CloudTrailMappers#defaults()}): e.g.
     * {@link CloudTrailMappers#none()}, or {@link CloudTrailMappers#load(ClassLoader)} for mappers in another class
     * loader.
     *
     * @param mappers the base registry
     * @return this builder
     */
    public Builder mappers(CloudTrailMappers mappers) {
      this.baseMappers = Objects.requireNonNull(mappers, "mappers");
      return this;
    }

    /**
     * When true, checks the full JSON grammar of every byte while reading, free-form members included. By default
     * (false) the free-form members ({@code requestParameters}, {@code responseElements}, {@code additionalEventData},
     * {@code serviceEventDetails}, {@code eventContext} and unknown members), which are kept as bytes and often never
     * read, are checked only for structure (terminated strings, matched brackets) while reading, several times
     * faster; a grammar error inside one is reported as a {@link org.cloudtrail4j.model.json.JsonValueException} when
     * the member is navigated. Every other member is always checked in full.
     *
     * @param strict whether to check everything while reading
     * @return this builder
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

    /**
     * The reader.
     *
     * @return a new reader
     */
    public CloudTrailReader build() {
      CloudTrailMappers base = baseMappers == null ? CloudTrailMappers.defaults() : baseMappers;
      CloudTrailMappers all = mappers.isEmpty() ? base : base.with(mappers.toArray(new CloudTrailEventMapper<?>[0]));
      return new CloudTrailReader(new ReaderConfig(filter, problemHandler, listener, parallelism, ordered, limits,
          all, strict, deliveryLag));
    }
  }
}
