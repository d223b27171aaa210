package org.cloudtrail4j.spark.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.metric.CustomTaskMetric;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.types.StructType;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.parser.CloudTrailProblem;
import org.cloudtrail4j.parser.CloudTrailReader;
import org.cloudtrail4j.parser.ProblemKind;
import org.cloudtrail4j.parser.ReadListener;
import org.cloudtrail4j.parser.SourceSummary;

/**
 * Reads one partition's files through {@link CloudTrailReader}, the same reader and filter as everywhere else in the
 * library, and turns its events into rows. Problems arrive from the reader in stream order; in {@code PERMISSIVE}
 * mode each becomes a row where it occurred, in {@code DROPMALFORMED} mode it is counted, in {@code FAILFAST} mode
 * the reader throws.
 */
final class EventPartitionReader implements PartitionReader<InternalRow> {
  private final Iterator<Listing.LogFile> files;
  private final RowConverter rows;
  private final Mode mode;
  private final Configuration conf;
  private final CloudTrailReader reader;
  private final ArrayDeque<CloudTrailProblem> problems = new ArrayDeque<>();

  private Stream<CloudTrailEvent> stream;
  private Iterator<CloudTrailEvent> events;
  private CloudTrailEvent pending;
  private InternalRow row;

  private long filesRead;
  private long recordsRead;
  private long skipped;
  private long problemCount;
  private long bytes;

  EventPartitionReader(FileGroup group, StructType required, Constraints constraints, Mode mode, Configuration conf) {
    this.files = group.files().iterator();
    this.rows = new RowConverter(required);
    this.mode = mode;
    this.conf = conf;
    CloudTrailReader.Builder b = CloudTrailReader.builder().listener(new ReadListener() {
      @Override
      public void sourceFinished(SourceSummary summary) {
        filesRead++;
        recordsRead += summary.records();
        skipped += summary.filteredOut();
        bytes += summary.bytes();
      }
    });
    if (constraints != null) {
      b.filter(constraints.eventFilter());
    }
    if (mode != Mode.FAILFAST) {
      b.onProblem(p -> {
        problemCount++;
        problems.add(p);
      });
    }
    this.reader = b.build();
  }

  @Override
  public boolean next() throws IOException {
    while (true) {
      if (!problems.isEmpty()) {
        CloudTrailProblem p = problems.poll();
        if (mode == Mode.PERMISSIVE) {
          row = rows.problem(p);
          return true;
        }
        continue;
      }
      if (pending != null) {
        row = rows.event(pending);
        pending = null;
        return true;
      }
      if (events != null) {
        if (events.hasNext()) {
          pending = events.next();
        } else {
          closeStream();
        }
        continue;
      }
      if (!files.hasNext()) {
        return false;
      }
      open(files.next());
    }
  }

  private void open(Listing.LogFile f) throws IOException {
    rows.file(f);
    Path path = new Path(f.path());
    InputStream in;
    try {
      in = path.getFileSystem(conf).open(path);
    } catch (IOException e) {
      if (mode == Mode.FAILFAST) {
        throw e;
      }
      problemCount++;
      problems.add(CloudTrailProblem.builder(ProblemKind.IO_ERROR, f.path()).byteOffset(0)
          .message("cannot open: " + e).cause(e).build());
      return;
    }
    stream = reader.read(in, f.path());
    events = stream.iterator();
  }

  private void closeStream() {
    if (stream != null) {
      stream.close();
    }
    stream = null;
    events = null;
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
    closeStream();
  }
}
