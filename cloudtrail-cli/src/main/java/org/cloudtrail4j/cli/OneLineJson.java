package org.cloudtrail4j.cli;

/**
 * Puts a JSON value on one line by dropping the whitespace between its tokens; whitespace inside strings is kept (a
 * newline inside a JSON string is always escaped, so the result has no line break).
 */
final class OneLineJson {
  private OneLineJson() {}

  /** True when {@code json[0, length)} has no line break. */
  static boolean isOneLine(byte[] json, int length) {
    for (int i = 0; i < length; i++) {
      if (json[i] == '\n' || json[i] == '\r') {
        return false;
      }
    }
    return true;
  }

  /** Removes the whitespace outside strings from {@code json[0, length)} in place and returns the new length. */
  static int compact(byte[] json, int length) {
    int w = 0;
    boolean inString = false;
    for (int r = 0; r < length; r++) {
      byte b = json[r];
      if (inString) {
        json[w++] = b;
        if (b == '\\' && r + 1 < length) {
          json[w++] = json[++r];
        } else if (b == '"') {
          inString = false;
        }
      } else if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        json[w++] = b;
        inString = b == '"';
      }
    }
    return w;
  }
}
