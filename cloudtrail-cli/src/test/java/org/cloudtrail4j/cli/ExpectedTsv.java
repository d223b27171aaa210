package org.cloudtrail4j.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** {@code samples/EXPECTED.tsv}: each sample log file with its record count (jq's), then {@code TOTAL}. */
final class ExpectedTsv {
  /** A log file, relative to {@code samples/}, and its records. */
  static final class LogFile {
    final String path;
    final int records;

    LogFile(String path, int records) {
      this.path = path;
      this.records = records;
    }
  }

  private ExpectedTsv() {}

  /** The log files, in the file's order (path order). */
  static List<LogFile> files() {
    List<LogFile> files = new ArrayList<>();
    for (String[] row : rows()) {
      if (!row[0].equals("TOTAL")) {
        files.add(new LogFile(row[0], Integer.parseInt(row[1])));
      }
    }
    return files;
  }

  /** The {@code TOTAL} line's count. */
  static int total() {
    for (String[] row : rows()) {
      if (row[0].equals("TOTAL")) {
        return Integer.parseInt(row[1]);
      }
    }
    throw new IllegalStateException("EXPECTED.tsv has no TOTAL line");
  }

  private static List<String[]> rows() {
    try {
      List<String[]> rows = new ArrayList<>();
      for (String line : Files.readAllLines(CliProcess.SAMPLES.resolve("EXPECTED.tsv"), StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          rows.add(line.split("\t"));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
