package org.cloudtrail4j.parser.internal;

import org.cloudtrail4j.model.internal.JsonScanner;
import org.cloudtrail4j.model.internal.MalformedJsonException;

/**
 * Walks the members of a JSON object whose structure is known to be sound (strings terminated, brackets matched):
 * one key and value range per {@link #next()}, without allocation, checking the grammar of this level (colons,
 * commas, scalar values) as it goes. Nested objects and arrays are only delimited; a typed member's decoder walks
 * them with a cursor of its own. Reused, one per nesting level.
 */
final class ObjectCursor {
  private byte[] b;
  private int pos;
  private int end;
  private boolean first;
  int keyQuote;
  int keyClose;
  int valueStart;
  private int valueEnd;

  /** Starts at the object whose '{' is at {@code start}, ending before {@code end}. */
  ObjectCursor reset(byte[] bytes, int start, int end) {
    this.b = bytes;
    this.pos = start + 1;
    this.end = end;
    this.first = true;
    this.valueEnd = 0;
    return this;
  }

  /**
   * Advances to the next member; false after the last one.
   *
   * @throws MalformedJsonException at the first byte that breaks the grammar
   */
  boolean next() {
    if (!first) {
      pos = valueEnd(); // the value before, when nobody asked where it ends
    }
    int i = JsonScanner.skipWhitespace(b, pos, end);
    if (b[i] == '}') {
      pos = i + 1;
      return false;
    }
    if (!first) {
      if (b[i] != ',') {
        throw unexpected(i, "',' or '}'");
      }
      i = JsonScanner.skipWhitespace(b, i + 1, end);
    }
    first = false;
    if (b[i] != '"') {
      throw unexpected(i, "a field name");
    }
    keyQuote = i;
    int afterKey = JsonScanner.skipString(b, i, end);
    keyClose = afterKey - 1;
    i = JsonScanner.skipWhitespace(b, afterKey, end);
    if (b[i] != ':') {
      throw unexpected(i, "':' after a field name");
    }
    valueStart = JsonScanner.skipWhitespace(b, i + 1, end);
    valueEnd = -1;
    return true;
  }

  /** Where the current value ends, found on first asking. */
  int valueEnd() {
    if (valueEnd < 0) {
      byte c = b[valueStart];
      valueEnd = c == '"' ? JsonScanner.skipString(b, valueStart, end)
          : c == '{' || c == '[' ? JsonScanner.skipStructure(b, valueStart, end, Integer.MAX_VALUE)
          : JsonScanner.skipValue(b, valueStart, end, Integer.MAX_VALUE);
    }
    return valueEnd;
  }

  /**
   * Tells the cursor where the current value ends, when a nested decoder has walked it: the nested object is then
   * not scanned a second time to find its end.
   */
  void valueEndsAt(int index) {
    valueEnd = index;
  }

  /** The bound the cursor was given: nested objects end before it. */
  int bound() {
    return end;
  }

  /** After {@link #next()} returned false: the index just past the object's closing brace. */
  int objectEnd() {
    return pos;
  }

  // out of line, so that next() stays small enough to inline into the decoders
  private MalformedJsonException unexpected(int i, String expected) {
    return new MalformedJsonException(i, "unexpected " + JsonScanner.describe(b, i, end) + ", expected " + expected);
  }

  Key key() {
    return Key.lookup(b, keyQuote, keyClose);
  }
}
