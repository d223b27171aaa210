package org.cloudtrail4j.spark.internal;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.metric.CustomTaskMetric;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.types.StructType;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.spi.CloudTrailMappers;
import org.cloudtrail4j.parser.CloudTrailProblem;
import org.cloudtrail4j.parser.CloudTrailReader;
import org.cloudtrail4j.parser.CloudTrailSource;
import org.cloudtrail4j.parser.ReadListener;
import org.cloudtrail4j.parser.SourceSummary;
import org.cloudtrail4j.parser.internal.ReaderAccess;
import org.cloudtrail4j.parser.internal.ReaderConfig;
import org.cloudtrail4j.parser.internal.Streams;

/**
 * Reads one partition's files as one {@code reader.read(Stream<CloudTrailSource>)}: the library's own reading path,
 * with its filter, limits, error policy and listener, and with {@code readAheadFiles} files open and decoding at once.
 * Only the members the columns read are decoded (a parser-internal projection): {@code count(*)} decodes none. A
 * member not decoded is not checked either, so a record whose only fault lies in members the query does not read is
 * a row, not a problem, as with Spark's JSON source and a value of the wrong type in a column not selected.
 * Files are taken as they are ready, not in path order (a Spark scan promises no row order): in path order a large
 * file at the head of the window kept the threads that had finished the small files behind it parked (JFR, on the
 * benchmarks' tree of 6 to 220 KB files). So the events of several files come interleaved, a batch at a time: each
 * row is attributed to its own file through the event's origin (a listener's "source started" would name the
 * latest file started, not the event's), and each file's records keep their order. Problems arrive in that stream's
 * order and name their own file; in {@code PERMISSIVE} mode each becomes a row where it occurred, in
 * {@code DROPMALFORMED} mode it is counted, in {@code FAILFAST} mode the reader throws, naming the file, byte offset
 * and record.
 */
final class EventPartitionReader implements PartitionReader<InternalRow> {
  private final RowConverter rows;
  private final Mode mode;
  private final Map<String, Listing.LogFile> byName;
  private final ArrayDeque<CloudTrailProblem> problems = new ArrayDeque<>();
  private final Stream<CloudTrailEvent> stream;
  private final Iterator<CloudTrailEvent> events;
  /** Rows still to return: a pushed LIMIT (Spark applies it again), or Long.MAX_VALUE. */
  private long remaining;

  private CloudTrailEvent pending;
  private InternalRow row;
  /** The source whose file the row converter holds ({@link RowConverter#file}). */
  private String currentSource;

  private long filesRead;
  private long recordsRead;
  private long skipped;
  private long problemCount;
  private long bytes;

  EventPartitionReader(FileGroup group, StructType required, Constraints constraints, Mode mode, Configuration conf,
      int readAheadFiles, long limit) {
    this.rows = new RowConverter(required);
    this.mode = mode;
    this.remaining = limit;
    List<Listing.LogFile> files = group.files();
    this.byName = new HashMap<>(files.size() * 2);
    for (Listing.LogFile f : files) {
      byName.put(f.path(), f);
    }
    // the listener and the problem handler are called on this (the task's) thread, in stream order
    ReadListener listener = new ReadListener() {
      @Override
      public void sourceFinished(SourceSummary summary) {
        filesRead++;
        recordsRead += summary.records();
        skipped += summary.filteredOut();
        bytes += summary.bytes();
      }
    };
    // rows never use typed views: no mappers
    CloudTrailReader.Builder reader = CloudTrailReader.builder().listener(listener).parallelism(readAheadFiles)
        .ordered(false).mappers(CloudTrailMappers.none());
    if (mode != Mode.FAILFAST) {
      reader.onProblem(p -> {
        problemCount++;
        problems.add(p);
      });
    }
    if (constraints != null) {
      reader.filter(constraints.eventFilter());
    }
    // the builder's settings and defaults, plus what no public option says: decode only the members the columns read
    ReaderConfig config = ReaderAccess.configOf(reader.build()).withProjection(rows.members());
    this.stream = Streams.of(files.stream().map(f -> new HadoopSource(f, conf)), config);
    this.events = stream.iterator();
  }

  @Override
  public boolean next() throws IOException {
    if (remaining <= 0) {
      return false;
    }
    while (true) {
      // problems reported while advancing to the pending event came before it in the stream
      if (!problems.isEmpty()) {
        CloudTrailProblem p = problems.poll();
        if (mode == Mode.PERMISSIVE) {
          // named by the problem's own file: one that cannot be opened is never started
          row = rows.problem(p, byName.get(p.source()));
          remaining--;
          return true;
        }
        continue;
      }
      if (pending != null) {
        fileOf(pending);
        row = rows.event(pending);
        pending = null;
        remaining--;
        return true;
      }
      if (!events.hasNext()) {
        if (problems.isEmpty()) {
          return false;
        }
        continue;
      }
      pending = events.next();
    }
  }

  /** Points the row converter at the event's file: events of the files in flight come interleaved. */
  private void fileOf(CloudTrailEvent e) {
    if (e.origin().isEmpty()) {
      return; // every event the reader decodes has an origin
    }
    String source = e.origin().get().source();
    if (source == currentSource || source.equals(currentSource)) {
      return;
    }
    Listing.LogFile f = byName.get(source);
    if (f != null) {
      rows.file(f);
    }
    currentSource = source;
  }

  @Override
  public InternalRow get() {
    return row;
  }

  @Override
  public CustomTaskMetric[] currentMetricsValues() {
    return new CustomTaskMetric[] {
        Metrics.task(Metrics.FILES, filesRead), Metrics.task(Metrics.RECORDS, recordsRead),
        Metrics.task(Metrics.SKIPPED, skipped), Metrics.task(Metrics.PROBLEMS, problemCount),
        Metrics.task(Metrics.BYTES, bytes)};
  }

  @Override
  public void close() {
    stream.close();
  }

  /**
   * Opens {@code path} through its Hadoop file system. Hadoop's local file system checks a file against its
   * {@code .name.crc} sidecar, which only Hadoop's own writers make; without one it reads the bytes unchecked, after
   * building the sidecar's path, looking for it, and wrapping the raw stream twice: two to five times the cost of a
   * raw open (session 8's bench log, benchmarks/results/20261201-s8-spark-window.log: 6.4-18.2 against 3.0-7.7 ms per
   * 100 opens). A local file without a sidecar is opened on the raw local file system, for the same bytes,
   * unchecked as before; a file with one is still verified, as Spark's own sources verify it. Any other file system
   * (or a subclass of the local one) opens as configured.
   */
  static InputStream open(Path path, Configuration conf) throws IOException {
    FileSystem fs = path.getFileSystem(conf);
    if (fs.getClass() == LocalFileSystem.class) {
      LocalFileSystem local = (LocalFileSystem) fs;
      File f = local.pathToFile(path);
      if (!new File(f.getParentFile(), "." + f.getName() + ".crc").exists()) {
        return local.getRawFileSystem().open(path);
      }
    }
    return fs.open(path);
  }

  /** A listed file, opened through its Hadoop file system when the reader comes to it (on a reader thread). */
  private static final class HadoopSource implements CloudTrailSource {
    private final Listing.LogFile file;
    private final Configuration conf;

    HadoopSource(Listing.LogFile file, Configuration conf) {
      this.file = file;
      this.conf = conf;
    }

    @Override
    public String name() {
      return file.path();
    }

    @Override
    public InputStream open() throws IOException {
      return EventPartitionReader.open(new Path(file.path()), conf);
    }

    @Override
    public OptionalLong size() {
      return OptionalLong.of(file.length());
    }

    @Override
    public String toString() {
      return file.path();
    }
  }
}
