package org.cloudtrail4j.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Listing and splits, seen through {@link CountingFileSystem}: a Hadoop file system other than {@code file://}, which
 * counts what the data source lists and opens.
 */
class PlanningTest {
  private static SparkSession spark;
  private static String counted;
  private static long allRows;
  private static final int SAMPLE_FILES = 17;
  private static long DIRECTORIES;

  @BeforeAll
  static void start() {
    spark = TestSpark.session();
    counted = "ctcount://" + TestSpark.samples();
    try (java.util.stream.Stream<java.nio.file.Path> all = java.nio.file.Files.walk(TestSpark.samples())) {
      DIRECTORIES = all.filter(java.nio.file.Files::isDirectory).count();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    allRows = spark.read().format("cloudtrail").load(TestSpark.samples().toUri().toString()).count();
  }

  @Test
  void readsAnyHadoopFileSystem() {
    assertThat(spark.read().format("cloudtrail").load(counted).count()).isEqualTo(allRows);
  }

  @Test
  void listsOncePerQueryThoughSparkPlansTheScanTwice() {
    long lists = CountingFileSystem.LIST_STATUS.get();
    long opens = CountingFileSystem.OPENS.get();
    Dataset<Row> df = spark.read().format("cloudtrail").load(counted).groupBy("eventSource").count();
    df.collectAsList();
    // the flat listing lists each directory of the tree once (FileSystem.listFiles), not once per planning pass
    assertThat(CountingFileSystem.LIST_STATUS.get() - lists).isEqualTo(DIRECTORIES);
    assertThat(CountingFileSystem.OPENS.get() - opens).isEqualTo(SAMPLE_FILES);
  }

  @Test
  void keyPruningNeitherListsNorOpensWhatTheFiltersRuleOut() {
    long listsBefore = CountingFileSystem.LIST_STATUS.get();
    long opens = CountingFileSystem.OPENS.get();
    List<Row> rows = spark.read().format("cloudtrail").load(counted)
        .where("awsRegion = 'us-east-1' AND eventTime >= TIMESTAMP '2020-01-01 00:00:00'")
        .selectExpr("_file").distinct().collectAsList();
    long opened = CountingFileSystem.OPENS.get() - opens;
    assertThat(rows).isNotEmpty();
    // a file is opened only when its key can hold matching records: us-east-1, delivered 2020-01-01 or later
    assertThat(opened).isEqualTo(rows.size()).isLessThan(SAMPLE_FILES);
    long walkedPruned = CountingFileSystem.LIST_STATUS.get() - listsBefore;
    long full = CountingFileSystem.LIST_STATUS.get();
    spark.read().format("cloudtrail").option("pruneByRecordFields", "false").load(counted)
        .where("awsRegion = 'us-east-1' AND eventTime >= TIMESTAMP '2020-01-01 00:00:00'").count();
    assertThat(CountingFileSystem.LIST_STATUS.get() - full).isGreaterThan(walkedPruned);
  }

  @Test
  void explicitAccountsRegionsAndTimesPruneAndFilter() {
    long opens = CountingFileSystem.OPENS.get();
    long n = spark.read().format("cloudtrail").option("regions", "us-east-1").option("from", "2020-01-01")
        .load(counted).count();
    long opened = CountingFileSystem.OPENS.get() - opens;
    long expected = spark.read().format("cloudtrail").option("pushdown", "false").load(counted)
        .where("awsRegion = 'us-east-1' AND eventTime >= TIMESTAMP '2020-01-01 00:00:00'").count();
    assertThat(n).isEqualTo(expected).isPositive();
    assertThat(opened).isLessThan(SAMPLE_FILES);
  }

  @Test
  void packsSmallFilesIntoPartitionsBySize() {
    Dataset<Row> packed = spark.read().format("cloudtrail").option("minPartitions", "2").load(counted);
    Dataset<Row> oneEach = spark.read().format("cloudtrail").option("maxPartitionBytes", "1")
        .option("openCostBytes", "1").load(counted);
    // 17 files of a few KB, each costing 1 MB to open: about half in each task
    assertThat(packed.rdd().getNumPartitions()).isEqualTo(2);
    assertThat(oneEach.rdd().getNumPartitions()).isEqualTo(SAMPLE_FILES);
    assertThat(oneEach.count()).isEqualTo(packed.count()).isEqualTo(allRows);
  }

  @Test
  void aFileCostsSparksOpenCostOverTheFilesATaskOpensAtOnce() {
    // in 8 MB partitions: at 4 MB (spark.sql.files.openCostInBytes) and a few KB each, no two files fit together;
    // at 4 MB / readAheadFiles (4 by default) the 17 files cost about 17 MB: 3 partitions
    String eight = String.valueOf(8 << 20);
    Dataset<Row> fourAtOnce = spark.read().format("cloudtrail").option("maxPartitionBytes", eight)
        .option("minPartitions", "1").load(counted);
    Dataset<Row> oneAtATime = spark.read().format("cloudtrail").option("maxPartitionBytes", eight)
        .option("minPartitions", "1").option("readAheadFiles", "1").load(counted);
    assertThat(fourAtOnce.rdd().getNumPartitions()).isEqualTo(3);
    assertThat(oneAtATime.rdd().getNumPartitions()).isEqualTo(SAMPLE_FILES);
  }

  @Test
  void hadoopOptionsApplyToThisReadOnly() {
    String other = "ctother://" + TestSpark.samples();
    assertThatThrownBy(() -> spark.read().format("cloudtrail").load(other).count())
        .hasStackTraceContaining("ctother");
    assertThat(spark.read().format("cloudtrail").option("fs.ctother.impl", CountingFileSystem.class.getName())
        .load(other).count()).isEqualTo(allRows);
  }
}
