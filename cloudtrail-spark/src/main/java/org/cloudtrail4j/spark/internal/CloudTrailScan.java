package org.cloudtrail4j.spark.internal;

import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.metric.CustomMetric;
import org.apache.spark.sql.connector.read.Batch;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.internal.SQLConf;
import org.apache.spark.sql.connector.expressions.filter.Predicate;
import org.apache.spark.sql.types.StructType;

/**
 * One planned read: lists (once: Spark plans a scan more than once per query, and listing millions of S3 keys is the
 * slow part), prunes by key, and packs the files into partitions.
 */
final class CloudTrailScan implements Scan, Batch {
  private final ScanOptions options;
  private final StructType required;
  private final Constraints constraints;
  private final Predicate[] pushed;
  private final long limit;
  private final Pruning pruning;
  private InputPartition[] planned;
  private Listing.Result listing;
  private Broadcast<HadoopConf> conf;

  CloudTrailScan(ScanOptions options, StructType required, Constraints constraints, Predicate[] pushed, long limit) {
    this.options = options;
    this.required = required;
    this.constraints = constraints;
    this.pushed = pushed;
    this.limit = limit;
    this.pruning = constraints.pruning(options.pruneByRecordFields(), options.deliveryLag());
  }

  @Override
  public StructType readSchema() {
    return required;
  }

  @Override
  public String description() {
    StringBuilder s = new StringBuilder("CloudTrailScan[pushedFilters=").append(Arrays.toString(pushed))
        .append(", parserFilter=").append(constraints.describe())
        .append(", keyPruning=").append(pruning)
        .append(", mode=").append(options.mode());
    if (limit != Long.MAX_VALUE) {
      s.append(", limit=").append(limit);
    }
    synchronized (this) {
      if (listing != null) {
        s.append(", files=").append(listing.files().size()).append(" of ").append(listing.considered())
            .append(", partitions=").append(planned.length);
      }
    }
    return s.append(']').toString();
  }

  @Override
  public Batch toBatch() {
    return this;
  }

  @Override
  public synchronized InputPartition[] planInputPartitions() {
    if (planned == null) {
      SparkSession spark = SparkSession.active();
      SparkContext sc = spark.sparkContext();
      Configuration hadoop = new Configuration(sc.hadoopConfiguration());
      options.hadoop().forEach(hadoop::set);
      listing = Listing.list(options.paths(), hadoop, pruning);
      SQLConf sql = SQLConf.get();
      long maxBytes = options.maxPartitionBytes() != null ? options.maxPartitionBytes() : sql.filesMaxPartitionBytes();
      // Spark's open cost prices a file a task opens after the last; a task of ours has readAheadFiles opening at
      // once. At Spark's full price the benchmarks' 100 small files made 4 tasks on 2 cores (a second wave), and one
      // task per core was faster on every query (benchmarks/README, Spark)
      long openCost = options.openCostBytes() != null ? options.openCostBytes()
          : Math.max(1, sql.filesOpenCostInBytes() / options.readAheadFiles());
      int minPartitions = options.minPartitions() != null ? options.minPartitions() : sc.defaultParallelism();
      List<FileGroup> groups = FileGroup.pack(listing.files(), maxBytes, openCost, minPartitions);
      planned = groups.toArray(new InputPartition[0]);
      conf = HadoopConf.broadcast(sc, hadoop);
    }
    return planned.clone();
  }

  /** Files listed and kept, directories listed: for tests and EXPLAIN. */
  synchronized Listing.Result listing() {
    return listing;
  }

  @Override
  public synchronized PartitionReaderFactory createReaderFactory() {
    planInputPartitions();
    return new EventReaderFactory(required, constraints.filtersRecords() ? constraints : null, options.mode(), conf,
        options.readAheadFiles(), limit);
  }

  @Override
  public CustomMetric[] supportedCustomMetrics() {
    return Metrics.all();
  }
}
