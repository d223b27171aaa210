package org.cloudtrail4j.parser.internal;

import java.io.IOException;
import org.cloudtrail4j.model.internal.JsonScanner;
import org.cloudtrail4j.model.internal.MalformedJsonException;

/**
 * Where reading goes on after damage: the recovery heuristics of the parser, each over the window of one source.
 * They decide how many records a damaged file costs; {@code AccountingTest} (every record either read or reported,
 * over damaged corpora) is their specification, and README's "Damaged input" says where they can be off by one.
 */
final class Resync {
  private Resync() {}

  /** How {@link #inArray} ended. */
  enum InArray {
    /** At the '{' of a record that starts with a record member: read it as the array's next element. */
    AT_RECORD,
    /** Just past the damaged record (its brackets balanced): the array goes on with a ',' or ']'. */
    AFTER_DAMAGE,
    /** The input ended inside the array. */
    END_OF_INPUT
  }

  /**
   * Skips the object or array at {@code in.pos} by counting its brackets outside strings, without buffering it: for a
   * record already reported as over a limit, whose bytes need not (or cannot) be kept. A number (the only scalar a
   * limit applies to) is skipped by its characters.
   *
   * @return false when the input ended first, {@code in.pos} then being where it ended
   */
  static boolean skipStructurally(Input in) throws IOException {
    if (in.buf[in.pos] != '{' && in.buf[in.pos] != '[') {
      skipNumber(in);
      return true;
    }
    int nesting = 0;
    boolean inString = false;
    boolean escaped = false;
    int i = in.pos;
    while (true) {
      if (i >= in.limit) {
        in.pos = i;
        if (in.fill(i) < 0) {
          return false;
        }
        i = in.pos;
      }
      byte c = in.buf[i++];
      if (inString) {
        if (escaped) {
          escaped = false;
        } else if (c == '\\') {
          escaped = true;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        nesting++;
      } else if ((c == '}' || c == ']') && --nesting == 0) {
        in.pos = i;
        return true;
      }
    }
  }

  /** Skips the characters of the number at {@code in.pos}, however long, without buffering it. */
  private static void skipNumber(Input in) throws IOException {
    while (true) {
      while (in.pos < in.limit && isNumberByte(in.buf[in.pos])) {
        in.pos++;
      }
      if (in.pos < in.limit || in.fill(in.pos) < 0) {
        return;
      }
    }
  }

  private static boolean isNumberByte(byte c) {
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
  }

  /**
   * After a bad top-level value (a bad line of newline-delimited JSON, or a damaged pretty-printed record): go on at
   * the next line that starts with '{' or '[', where the next top-level value starts. The lines inside a
   * pretty-printed value are indented, so the rest of a damaged value is skipped with it, not reported line by line.
   */
  static void toNextValueLine(Input in) throws IOException {
    while (true) {
      for (int i = in.pos; i + 1 < in.limit; i++) {
        if (in.buf[i] == '\n' && (in.buf[i + 1] == '{' || in.buf[i + 1] == '[')) {
          in.pos = i + 1;
          return;
        }
      }
      in.pos = Math.max(in.pos, in.limit - 1); // a '\n' at the end may start a line in the next window
      if (in.fill(in.pos) < 0) {
        in.pos = in.limit;
        return;
      }
    }
  }

  /**
   * After a malformed record inside an array, at its '{': when its brackets still balance and match (the damage is
   * inside a string or a scalar, the commonest kind), the index just past its closing '}', provided a ',' or ']'
   * follows within the record size limit; -1 otherwise. {@code in.pos} stays at the record's '{' (moved with the
   * window).
   *
   * <p>Not {@link JsonScanner#skipStructure}: that one rejects what broke the record in the first place (a control
   * character or a bad escape inside a string), while this only needs quotes and brackets to balance.
   */
  static int balancedEnd(Input in) throws IOException {
    int start = in.pos;
    long objects = 0; // bit k set when level k is an object; deeper records are left to the resync
    int nesting = 0;
    boolean inString = false;
    boolean escaped = false;
    int i = start;
    int end = -1;
    while (true) {
      if (i >= in.limit) {
        int shift;
        try {
          shift = in.fill(start);
        } catch (Input.WindowFullException e) {
          shift = -1;
        }
        if (shift < 0) {
          return -1;
        }
        start -= shift;
        i -= shift;
        end = end < 0 ? -1 : end - shift;
        continue;
      }
      byte c = in.buf[i++];
      if (end >= 0) {
        if (c == ',' || c == ']') {
          return end;
        }
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
          return -1;
        }
      } else if (inString) {
        if (escaped) {
          escaped = false;
        } else if (c == '\\') {
          escaped = true;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        if (nesting == 64) {
          return -1;
        }
        objects = c == '{' ? objects | 1L << nesting : objects & ~(1L << nesting);
        nesting++;
      } else if (c == '}' || c == ']') {
        if (nesting == 0 || ((objects >>> (nesting - 1) & 1) != 0) != (c == '}')) {
          return -1;
        }
        if (--nesting == 0) {
          end = i;
        }
      }
    }
  }

  /**
   * After a malformed record inside an array, from {@code in.pos}: find where the next record starts, a '{' after a
   * ',' whose first key is a top-level record member, so that one bad record does not lose the good ones after it.
   * Nested objects rarely start with a record member, and a false start is reported as a bad record in turn, never
   * dropped.
   *
   * <p>With {@code balancedEnd} (not -1: the end of the bad record by its brackets, from {@link #balancedEnd}) a record
   * start found before it wins (the brackets are then not to be trusted), else the array goes on after the bad
   * record, whatever key the next record starts with.
   *
   * @return where it stopped, {@code in.pos} being there
   */
  static InArray inArray(Input in, int balancedEnd) throws IOException {
    boolean afterComma = false;
    int i = in.pos;
    while (true) {
      if (balancedEnd >= 0 && i >= balancedEnd) {
        in.pos = balancedEnd;
        return InArray.AFTER_DAMAGE;
      }
      if (i >= in.limit) {
        in.pos = i;
        int shift = in.fill(in.pos);
        balancedEnd = balancedEnd < 0 ? -1 : balancedEnd - Math.max(shift, 0);
        if (shift < 0) {
          return InArray.END_OF_INPUT;
        }
        i = in.pos;
      }
      byte c = in.buf[i];
      if (c == ',') {
        afterComma = true;
      } else if (c == '{' && afterComma) {
        boolean found = startsWithRecordKey(in, i);
        int shift = i - in.pos; // it may have read more: in.pos is the brace, moved
        i = in.pos;
        balancedEnd = balancedEnd < 0 ? -1 : balancedEnd - shift;
        if (found) {
          return InArray.AT_RECORD;
        }
        afterComma = false;
      } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        afterComma = false;
      }
      i++;
    }
  }

  /**
   * Whether the object whose '{' is at {@code brace} starts with a record member; {@code in.pos} is left at the brace
   * (moved with the window, which may be refilled to see the key).
   */
  static boolean startsWithRecordKey(Input in, int brace) throws IOException {
    in.pos = brace;
    if (in.limit - brace < 512) {
      in.fill(brace);
    }
    int i = JsonScanner.skipWhitespace(in.buf, in.pos + 1, in.limit);
    if (i >= in.limit || in.buf[i] != '"') {
      return false;
    }
    try {
      return TopLevelShape.ofKeyAt(in.buf, i, in.limit) == TopLevelShape.RECORD;
    } catch (MalformedJsonException e) {
      return false;
    }
  }
}
