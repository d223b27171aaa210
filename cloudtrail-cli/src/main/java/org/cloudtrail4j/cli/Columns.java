package org.cloudtrail4j.cli;

import java.util.ArrayList;
import java.util.List;

/** A table whose rows are all known before it is printed, so each column is as wide as its widest cell. */
final class Columns {
  private final List<String[]> rows = new ArrayList<>();
  private final int[] widths;

  Columns(String... header) {
    widths = new int[header.length];
    add(header);
  }

  /** Adds a row of as many cells as the header has. */
  void add(String... cells) {
    for (int i = 0; i < cells.length; i++) {
      widths[i] = Math.max(widths[i], cells[i].length());
    }
    rows.add(cells);
  }

  /** The rows, header first, each indented by {@code indent} and ended by a newline. */
  void appendTo(StringBuilder s, String indent) {
    for (String[] row : rows) {
      s.append(indent);
      for (int i = 0; i < row.length; i++) {
        s.append(row[i]);
        if (i < row.length - 1) {
          for (int pad = row[i].length(); pad < widths[i] + 2; pad++) {
            s.append(' ');
          }
        }
      }
      s.append('\n');
    }
  }
}
