package org.cloudtrail4j.spark.internal;

import org.apache.spark.sql.connector.metric.CustomMetric;
import org.apache.spark.sql.connector.metric.CustomSumMetric;
import org.apache.spark.sql.connector.metric.CustomTaskMetric;

/**
 * The scan's own metrics, shown beside Spark's in the SQL tab of the UI: files read, records read, records the pushed
 * filter skipped before decoding, bad records and sources, and decompressed bytes. Spark creates the driver-side
 * classes by reflection, so each is a public class with a public no-argument constructor.
 */
public final class Metrics {
  private Metrics() {}

  static final String FILES = "filesRead";
  static final String RECORDS = "recordsRead";
  static final String SKIPPED = "recordsSkippedByFilter";
  static final String PROBLEMS = "problems";
  static final String BYTES = "jsonBytesRead";

  static CustomMetric[] all() {
    return new CustomMetric[] {new Files(), new Records(), new Skipped(), new Problems(), new Bytes()};
  }

  static CustomTaskMetric task(String name, long value) {
    return new CustomTaskMetric() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public long value() {
        return value;
      }
    };
  }

  /** Log files read. */
  public static final class Files extends CustomSumMetric {
    /** For Spark's reflection. */
    public Files() {}

    @Override
    public String name() {
      return FILES;
    }

    @Override
    public String description() {
      return "log files read";
    }
  }

  /** Records delivered. */
  public static final class Records extends CustomSumMetric {
    /** For Spark's reflection. */
    public Records() {}

    @Override
    public String name() {
      return RECORDS;
    }

    @Override
    public String description() {
      return "records read";
    }
  }

  /** Records the pushed filter rejected before decoding. */
  public static final class Skipped extends CustomSumMetric {
    /** For Spark's reflection. */
    public Skipped() {}

    @Override
    public String name() {
      return SKIPPED;
    }

    @Override
    public String description() {
      return "records skipped by pushed filters";
    }
  }

  /** Bad records and unreadable sources. */
  public static final class Problems extends CustomSumMetric {
    /** For Spark's reflection. */
    public Problems() {}

    @Override
    public String name() {
      return PROBLEMS;
    }

    @Override
    public String description() {
      return "bad records and sources";
    }
  }

  /** Decompressed JSON bytes read. */
  public static final class Bytes extends CustomSumMetric {
    /** For Spark's reflection. */
    public Bytes() {}

    @Override
    public String name() {
      return BYTES;
    }

    @Override
    public String description() {
      return "JSON bytes read (decompressed)";
    }
  }
}
