package org.cloudtrail4j.parser.internal;

import org.cloudtrail4j.model.internal.JsonScanner;

/**
 * Walks the members of a JSON object that is already known to be well-formed (the record passed the scanner's full
 * grammar check): one key and value range per {@link #next()}, without allocation. Reused, one per nesting level.
 */
final class ObjectCursor {
  private byte[] b;
  private int pos;
  private int end;
  int keyQuote;
  int keyClose;
  int valueStart;
  int valueEnd;

  /** Starts at the object whose '{' is at {@code start}, ending before {@code end}. */
  ObjectCursor reset(byte[] bytes, int start, int end) {
    this.b = bytes;
    this.pos = start + 1;
    this.end = end;
    return this;
  }

  /** Advances to the next member; false after the last one. */
  boolean next() {
    int i = JsonScanner.skipWhitespace(b, pos, end);
    if (b[i] == ',') {
      i = JsonScanner.skipWhitespace(b, i + 1, end);
    }
    if (b[i] == '}') {
      pos = i + 1;
      return false;
    }
    keyQuote = i;
    int afterKey = JsonScanner.skipString(b, i, end);
    keyClose = afterKey - 1;
    i = JsonScanner.skipWhitespace(b, afterKey, end) + 1; // past ':'
    valueStart = JsonScanner.skipWhitespace(b, i, end);
    byte first = b[valueStart];
    // the record passed the full grammar check already: only find where the value ends
    valueEnd = first == '"' ? JsonScanner.skipString(b, valueStart, end)
        : first == '{' || first == '[' ? JsonScanner.skipStructure(b, valueStart, end, Integer.MAX_VALUE)
        : JsonScanner.skipValue(b, valueStart, end, Integer.MAX_VALUE);
    pos = valueEnd;
    return true;
  }

  Key key() {
    return Key.lookup(b, keyQuote, keyClose);
  }
}
