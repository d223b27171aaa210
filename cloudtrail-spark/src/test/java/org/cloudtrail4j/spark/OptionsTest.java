package org.cloudtrail4j.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Options a user mistypes are refused naming the option and the value, never read as a query that matches nothing:
 * a negative delivery lag, an empty account list, a backward time range or a pattern that matches no path would
 * otherwise read zero rows without a word.
 */
class OptionsTest {
  @TempDir
  static Path dir;
  private static SparkSession spark;
  private static String tree;

  @BeforeAll
  static void start() {
    spark = TestSpark.session();
    // delivered on May 2 (its key's day), recorded on May 1: only a delivery lag of a day or more reaches it
    TestTrees.write(dir, "123456789012", "us-east-1", "2024-05-02", "a",
        TestTrees.record("2024-05-01T23:59:00Z", "iam.amazonaws.com", "Late", "{}"));
    tree = dir.resolve("AWSLogs").toUri().toString();
  }

  private static DataFrameReader read() {
    return spark.read().format("cloudtrail");
  }

  @Test
  void aNumberOptionThatIsNotANumberNamesTheOption() {
    assertRefused(read().option("deliveryLagDays", "one"),
        "deliveryLagDays must be a whole number of days, 0 to 36500: one");
    assertRefused(read().option("maxPartitionBytes", "64m"),
        "maxPartitionBytes must be a number of bytes, 1 or more: 64m");
    assertRefused(read().option("openCostBytes", "4 MB"),
        "openCostBytes must be a number of bytes, 0 or more: 4 MB");
    assertRefused(read().option("minPartitions", "2.5"), "minPartitions must be a whole number, 1 or more: 2.5");
    assertRefused(read().option("readAheadFiles", "four"), "readAheadFiles must be a whole number, 1 or more: four");
    assertRefused(read().option("readAheadFiles", "4294967296"),
        "readAheadFiles must be a whole number, 1 or more: 4294967296");
  }

  @Test
  void aNumberOutsideItsRangeIsRefused() {
    // a negative lag would prune the day this record was delivered in: zero rows, no word
    assertRefused(read().option("deliveryLagDays", "-3"),
        "deliveryLagDays must be a whole number of days, 0 to 36500: -3");
    // above it, days a trail never needs would overflow the day pruning's dates with a Java class name
    assertRefused(read().option("deliveryLagDays", "9223372036854775807"),
        "deliveryLagDays must be a whole number of days, 0 to 36500: 9223372036854775807");
    assertRefused(read().option("maxPartitionBytes", "0"),
        "maxPartitionBytes must be a number of bytes, 1 or more: 0");
    assertRefused(read().option("openCostBytes", "-1"), "openCostBytes must be a number of bytes, 0 or more: -1");
    assertRefused(read().option("minPartitions", "0"), "minPartitions must be a whole number, 1 or more: 0");
    assertRefused(read().option("readAheadFiles", "0"), "readAheadFiles must be a whole number, 1 or more: 0");
  }

  @Test
  void numbersInRangeAreTaken() {
    String late = "eventTime >= TIMESTAMP '2024-05-01 00:00:00' AND eventTime < TIMESTAMP '2024-05-02 00:00:00'";
    assertThat(read().option("deliveryLagDays", "0").load(tree).where(late).count()).isZero();
    assertThat(read().option("deliveryLagDays", " 1 ").load(tree).where(late).count()).isEqualTo(1);
    assertThat(read().option("maxPartitionBytes", "1").option("openCostBytes", "0").option("minPartitions", "1")
        .option("readAheadFiles", "1").load(tree).count()).isEqualTo(1);
  }

  @Test
  void anAccountOrRegionListThatNamesNothingIsRefused() {
    assertRefused(read().option("accounts", ""),
        "accounts must name at least one account ID, separated by commas: \"\"");
    assertRefused(read().option("regions", " , "),
        "regions must name at least one region, separated by commas: \" , \"");
    assertThat(read().option("accounts", "123456789012, ").option("regions", "us-east-1").load(tree).count())
        .isEqualTo(1);
  }

  @Test
  void aBackwardTimeRangeIsRefused() {
    assertRefused(read().option("from", "2024-05-02").option("until", "2024-05-01"),
        "from must not be after until: from 2024-05-02, until 2024-05-01");
    assertThat(read().option("from", "2024-05-01").option("until", "2024-05-01T23:59:01Z").load(tree).count())
        .isEqualTo(1);
  }

  @Test
  void aPatternThatMatchesNoPathFailsNamingIt() {
    String pattern = tree + "nosuch*/x";
    assertThatThrownBy(() -> read().load(pattern).count())
        .hasStackTraceContaining("no file or folder matches " + pattern)
        .hasStackTraceContaining("cannot list");
    // as a folder that does not exist
    assertThatThrownBy(() -> read().load(tree + "nosuchdir").count()).hasStackTraceContaining("cannot list")
        .hasStackTraceContaining("nosuchdir");
    // a pattern that matches reads what it matches
    assertThat(read().load(tree + "1234*").count()).isEqualTo(1);
  }

  private static void assertRefused(DataFrameReader reader, String message) {
    assertThatThrownBy(() -> reader.load(tree).count()).hasStackTraceContaining(message);
  }
}
