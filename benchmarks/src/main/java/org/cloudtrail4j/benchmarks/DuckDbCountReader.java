package org.cloudtrail4j.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * DuckDB answering "how many calls per service?" over the S3 tree, as an analyst would: {@code read_json} of every
 * {@code .json.gz} file under {@code AWSLogs/}, {@code unnest(Records)}, {@code GROUP BY eventSource}. An in-memory
 * database with {@code threads} threads; the statement is prepared once, and each read runs it again over the files.
 *
 * <p>With {@code declared}, the query declares the one column it needs
 * ({@code columns = {Records: 'STRUCT(eventSource VARCHAR)[]'}}), so DuckDB skips everything else in each record;
 * without, DuckDB detects the schema from the files first, as a query typed without knowing CloudTrail's does.
 */
final class DuckDbCountReader implements TrailReader {
  private final Connection connection;
  private final PreparedStatement query;

  DuckDbCountReader(Path tree, int threads, boolean declared) {
    String glob = tree.resolve("AWSLogs").toAbsolutePath() + "/**/*.json.gz";
    String source = declared
        ? "read_json('" + glob + "', columns = {Records: 'STRUCT(eventSource VARCHAR)[]'})"
        : "read_json('" + glob + "')";
    try {
      connection = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement s = connection.createStatement()) {
        s.execute("SET threads = " + threads);
      }
      query = connection.prepareStatement("SELECT r.eventSource, count(*) FROM (SELECT unnest(Records) AS r FROM "
          + source + ") GROUP BY r.eventSource");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot set DuckDB up: " + e.getMessage(), e);
    }
  }

  @Override
  public long read(Sink sink) {
    Map<String, Long> counts = new HashMap<>();
    long records = 0;
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        long n = rows.getLong(2);
        counts.put(rows.getString(1), n);
        records += n;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB query failed: " + e.getMessage(), e);
    }
    sink.consume(counts);
    return records;
  }

  @Override
  public void close() {
    try {
      query.close();
      connection.close();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot close DuckDB: " + e.getMessage(), e);
    }
  }
}
