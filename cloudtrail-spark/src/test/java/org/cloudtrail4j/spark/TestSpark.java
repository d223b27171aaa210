package org.cloudtrail4j.spark;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/** One local[2] session for the whole test JVM: starting Spark costs seconds, each test class would pay it again. */
public final class TestSpark {
  private static SparkSession session;

  private TestSpark() {}

  /**
   * The session, started on first use and again after {@link #stop()}.
   *
   * @return the session
   */
  public static synchronized SparkSession session() {
    if (session == null || session.sparkContext().isStopped()) {
      session = SparkSession.builder().master("local[2]").appName("cloudtrail4j-test")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "2")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.sql.session.timeZone", "UTC")
          .config("spark.hadoop.fs.ctcount.impl", CountingFileSystem.class.getName())
          .getOrCreate();
    }
    return session;
  }

  /**
   * Stops the session, for a test of what a stopped context leaves behind; the next {@link #session()} starts one
   * (seconds, paid by the next test class). Safe while surefire runs test classes one after another, as it does here:
   * a class running at the same time would lose its session.
   */
  public static synchronized void stop() {
    if (session != null) {
      session.stop();
      session = null;
    }
  }

  /** The repository's sample tree ({@code samples/AWSLogs}), found through the build's system property. */
  static Path samples() {
    return Path.of(System.getProperty("cloudtrail.samples", "../samples")).toAbsolutePath().normalize()
        .resolve("AWSLogs");
  }
}
