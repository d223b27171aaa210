package org.cloudtrail4j.model.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A byte-level JSON scanner over UTF-8 bytes: finds where a value ends without building tokens or strings.
 *
 * <p>This is the fast path behind lazy JSON values and the record parser: skipping {@code requestParameters} with it
 * costs a loop over bytes, where a tokenizer would create a token per element. The skip is a full grammar check
 * (matching brackets, colons and commas, terminated strings with valid escapes, literals and number syntax), so a
 * skipped value is known to be well-formed JSON. It does not validate UTF-8 inside strings; that happens when a string
 * is decoded.
 *
 * <p>Not part of the API: exported only to the cloudtrail4j parser module.
 */
public final class JsonScanner {
  private JsonScanner() {}

  /** Returns the index of the first byte at or after {@code i} that is not JSON whitespace, or {@code end}. */
  public static int skipWhitespace(byte[] b, int i, int end) {
    while (i < end) {
      byte c = b[i];
      if (c > ' ') {
        return i; // most calls, in compact JSON: one compare for the byte that is not whitespace
      }
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
        i++;
      } else {
        return i;
      }
    }
    return end;
  }

  /**
   * Skips one JSON value starting exactly at {@code i} (no leading whitespace) and returns the index just past it.
   *
   * @param maxDepth the deepest nesting of objects and arrays allowed, counting the value itself as depth 1
   * @throws MalformedJsonException if the bytes are not one well-formed value before {@code end}
   */
  public static int skipValue(byte[] b, int i, int end, int maxDepth) {
    return skipValue(b, i, end, maxDepth, Integer.MAX_VALUE);
  }

  /**
   * Skips one JSON value like {@link #skipValue(byte[], int, int, int)}, also limiting the length of its numbers.
   *
   * @param maxNumberLength the most characters a number may have, as jackson's {@code StreamReadConstraints}
   * @throws MalformedJsonException if the bytes are not one well-formed value before {@code end}, or with a
   *     {@link MalformedJsonException#limit()} when the value nests deeper or has a longer number than allowed
   */
  public static int skipValue(byte[] b, int i, int end, int maxDepth, int maxNumberLength) {
    if (i >= end) {
      throw MalformedJsonException.truncated(i, "unexpected end of input, expected a value");
    }
    byte c = b[i];
    switch (c) {
      case '"':
        return skipString(b, i, end);
      case '{':
      case '[':
        return skipContainer(b, i, end, maxDepth, maxNumberLength);
      case 't':
        return expectLiteral(b, i, end, TRUE);
      case 'f':
        return expectLiteral(b, i, end, FALSE);
      case 'n':
        return expectLiteral(b, i, end, NULL);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          int after = skipNumber(b, i, end);
          if (after - i > maxNumberLength) {
            throw MalformedJsonException.limitExceeded(i, MalformedJsonException.NUMBER_LIMIT,
                "number of " + (after - i) + " characters exceeds the limit of " + maxNumberLength);
          }
          return after;
        }
        throw new MalformedJsonException(i, "unexpected " + describe(b, i, end) + ", expected a value");
    }
  }

  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
  private static final byte[] NULL = {'n', 'u', 'l', 'l'};

  private static int expectLiteral(byte[] b, int i, int end, byte[] literal) {
    int n = literal.length;
    if (end - i < n) {
      throw MalformedJsonException.truncated(end, "unexpected end of input in literal");
    }
    for (int k = 0; k < n; k++) {
      if (b[i + k] != literal[k]) {
        throw new MalformedJsonException(i, "invalid literal " + describe(b, i, end));
      }
    }
    int after = i + n;
    if (after < end && isIdentifierByte(b[after])) {
      throw new MalformedJsonException(i, "invalid literal " + describe(b, i, end));
    }
    return after;
  }

  private static boolean isIdentifierByte(byte c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  // SWAR: eight bytes at a time, little-endian so the first flagged byte is the first in memory
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long QUOTES = ONES * '"';
  private static final long BACKSLASHES = ONES * '\\';
  private static final long SPACES = ONES * 0x20;

  /**
   * Flags (high bit set) the bytes of {@code w} that are a quote, a backslash or a control character. The lowest
   * flagged byte is always a true match: the borrows of the subtraction can only flag bytes above a true match.
   *
   * <p>The usual form masks each of the three subtractions with its own complement ({@code (q - ONES) & ~q | ...});
   * but XOR with a quote or a backslash, both ASCII, leaves every byte's high bit as it was, so the three complements
   * have the same high bits as {@code ~w} and one mask does: the same flags, two operations fewer per word.
   */
  private static long specialBytes(long w) {
    long q = w ^ QUOTES;
    long s = w ^ BACKSLASHES;
    return ((q - ONES) | (s - ONES) | (w - SPACES)) & ~w & HIGHS;
  }

  /** Skips a string starting at the opening quote at {@code i}; returns the index past the closing quote. */
  public static int skipString(byte[] b, int i, int end) {
    int start = i;
    i++;
    while (true) {
      while (i + 8 <= end) {
        long flags = specialBytes((long) LONGS.get(b, i));
        if (flags != 0) {
          i += Long.numberOfTrailingZeros(flags) >>> 3;
          break;
        }
        i += 8;
      }
      if (i >= end) {
        throw MalformedJsonException.truncated(start, "unterminated string");
      }
      byte c = b[i];
      if (c == '"') {
        return i + 1;
      }
      if (c == '\\') {
        i = skipEscape(b, i, end);
      } else if (c >= 0 && c < 0x20) {
        throw new MalformedJsonException(i, "control character 0x" + Integer.toHexString(c) + " in string");
      } else {
        i++; // the tail, fewer than eight bytes, goes byte by byte
      }
    }
  }

  /**
   * Skips an object or array starting at {@code i} checking only its structure: strings are terminated with valid
   * escapes and no control characters, and brackets are balanced and matched. Commas, colons, literals and numbers
   * are not checked; that is left to whoever navigates the value. Several times faster than {@link #skipValue},
   * for values that are kept as bytes and may never be read.
   *
   * @throws MalformedJsonException when the structure is broken, or it nests deeper than {@code maxDepth}
   */
  public static int skipStructure(byte[] b, int i, int end, int maxDepth) {
    long stack = 0;
    long[] deep = null;
    int depth = 0;
    while (i < end) {
      byte c = b[i];
      if (c == '"') {
        i = skipString(b, i, end);
        continue;
      }
      if (c == '{' || c == '[') {
        if (depth >= maxDepth) {
          throw MalformedJsonException.limitExceeded(i, MalformedJsonException.DEPTH_LIMIT,
              "nesting depth exceeds the limit of " + maxDepth);
        }
        boolean object = c == '{';
        if (depth < 64) {
          stack = object ? stack | (1L << depth) : stack & ~(1L << depth);
        } else {
          deep = pushDeep(deep, depth, object);
        }
        depth++;
      } else if (c == '}' || c == ']') {
        if (depth == 0 || isObject(stack, deep, depth - 1) != (c == '}')) {
          throw new MalformedJsonException(i, "unexpected '" + (char) c + "': brackets do not match");
        }
        if (--depth == 0) {
          return i + 1;
        }
      }
      i++;
    }
    throw MalformedJsonException.truncated(end, "unexpected end of input inside "
        + (depth > 0 && isObject(stack, deep, depth - 1) ? "object" : "array") + " at depth " + depth);
  }

  /**
   * Returns the index past a string's closing quote when the string starting at {@code i} has no escapes and only
   * ASCII bytes, or the negated index ({@code -(end+1)}) of the first byte that needs decoding. Used by string caches.
   */
  public static int findAsciiStringEnd(byte[] b, int i, int end) {
    int p = i + 1;
    while (p < end) {
      byte c = b[p];
      if (c == '"') {
        return p + 1;
      }
      if (c == '\\' || c < 0x20) {
        return -(p + 1);
      }
      p++;
    }
    return -(p + 1);
  }

  private static int skipEscape(byte[] b, int i, int end) {
    if (i + 1 >= end) {
      throw MalformedJsonException.truncated(i, "unterminated escape in string");
    }
    byte e = b[i + 1];
    switch (e) {
      case '"':
      case '\\':
      case '/':
      case 'b':
      case 'f':
      case 'n':
      case 'r':
      case 't':
        return i + 2;
      case 'u':
        if (i + 6 > end) {
          throw MalformedJsonException.truncated(i, "unterminated \\u escape in string");
        }
        for (int k = i + 2; k < i + 6; k++) {
          if (Character.digit(b[k], 16) < 0) {
            throw new MalformedJsonException(i, "invalid \\u escape in string");
          }
        }
        return i + 6;
      default:
        throw new MalformedJsonException(i, "invalid escape \\" + (char) (e & 0xff) + " in string");
    }
  }

  /** Skips a number starting at {@code i}; returns the index past it. */
  public static int skipNumber(byte[] b, int i, int end) {
    int start = i;
    if (i < end && b[i] == '-') {
      i++;
    }
    if (i >= end) {
      throw MalformedJsonException.truncated(start, "unexpected end of input in number");
    }
    if (b[i] == '0') {
      i++;
    } else if (b[i] >= '1' && b[i] <= '9') {
      while (i < end && b[i] >= '0' && b[i] <= '9') {
        i++;
      }
    } else {
      throw new MalformedJsonException(start, "invalid number " + describe(b, start, end));
    }
    if (i < end && b[i] == '.') {
      i++;
      int digits = i;
      while (i < end && b[i] >= '0' && b[i] <= '9') {
        i++;
      }
      if (i == digits) {
        throw new MalformedJsonException(start, "invalid number " + describe(b, start, end));
      }
    }
    if (i < end && (b[i] == 'e' || b[i] == 'E')) {
      i++;
      if (i < end && (b[i] == '+' || b[i] == '-')) {
        i++;
      }
      int digits = i;
      while (i < end && b[i] >= '0' && b[i] <= '9') {
        i++;
      }
      if (i == digits) {
        throw new MalformedJsonException(start, "invalid number " + describe(b, start, end));
      }
    }
    if (i < end && (isIdentifierByte(b[i]) || b[i] == '.')) {
      throw new MalformedJsonException(start, "invalid number " + describe(b, start, end));
    }
    return i;
  }

  // Grammar states of the container skipper.
  private static final int VALUE = 0; // expecting a value (after '[' or ',' in an array, or ':' in an object)
  private static final int KEY = 1; // expecting a key (after ',' in an object)
  private static final int AFTER_VALUE = 2; // expecting ',' or the closing bracket
  private static final int FIRST_KEY = 3; // after '{': a key or '}'
  private static final int FIRST_VALUE = 4; // after '[': a value or ']'

  /**
   * Skips an object or array starting at {@code i} with an explicit stack (no recursion, so deep nesting cannot
   * overflow the thread stack); returns the index past its closing bracket.
   */
  private static int skipContainer(byte[] b, int i, int end, int maxDepth, int maxNumberLength) {
    // Bit k of the stack is 1 when level k is an object. 64 levels in a long, deeper levels in an array.
    long stack = 0;
    long[] deep = null;
    int depth = 0;
    int state = VALUE;
    while (true) {
      i = skipWhitespace(b, i, end);
      if (i >= end) {
        throw MalformedJsonException.truncated(end, "unexpected end of input inside "
            + (depth > 0 && isObject(stack, deep, depth - 1) ? "object" : "array") + " at depth " + depth);
      }
      byte c = b[i];
      switch (state) {
        case FIRST_KEY:
          if (c == '}') {
            i++;
            depth--;
            if (depth == 0) {
              return i;
            }
            state = AFTER_VALUE;
            break;
          }
          // fall through: a key
        case KEY:
          if (c != '"') {
            throw new MalformedJsonException(i, "unexpected " + describe(b, i, end) + ", expected a field name");
          }
          i = skipString(b, i, end);
          i = skipWhitespace(b, i, end);
          if (i >= end) {
            throw MalformedJsonException.truncated(end, "unexpected end of input after field name");
          }
          if (b[i] != ':') {
            throw new MalformedJsonException(i, "expected ':' after field name");
          }
          i++;
          state = VALUE;
          break;
        case FIRST_VALUE:
          if (c == ']') {
            i++;
            depth--;
            if (depth == 0) {
              return i;
            }
            state = AFTER_VALUE;
            break;
          }
          // fall through: a value
        case VALUE:
          if (c == '{' || c == '[') {
            if (depth >= maxDepth) {
              throw MalformedJsonException.limitExceeded(i, MalformedJsonException.DEPTH_LIMIT,
              "nesting depth exceeds the limit of " + maxDepth);
            }
            boolean object = c == '{';
            if (depth < 64) {
              stack = object ? stack | (1L << depth) : stack & ~(1L << depth);
            } else {
              deep = pushDeep(deep, depth, object);
            }
            depth++;
            i++;
            state = object ? FIRST_KEY : FIRST_VALUE;
          } else {
            i = skipValue(b, i, end, maxDepth, maxNumberLength);
            state = AFTER_VALUE;
          }
          break;
        default: // AFTER_VALUE
          boolean inObject = isObject(stack, deep, depth - 1);
          if (c == ',') {
            i++;
            state = inObject ? KEY : VALUE;
          } else if (c == (inObject ? '}' : ']')) {
            i++;
            depth--;
            if (depth == 0) {
              return i;
            }
          } else {
            throw new MalformedJsonException(i, "unexpected " + describe(b, i, end) + ", expected ',' or '"
                + (inObject ? '}' : ']') + "'");
          }
          break;
      }
    }
  }

  /** Records level {@code depth} (64 or deeper) as an object or array in the overflow stack, growing it. */
  private static long[] pushDeep(long[] deep, int depth, boolean object) {
    int word = depth >> 6;
    if (deep == null || deep.length <= word) {
      long[] grown = new long[Math.max(4, word * 2)];
      if (deep != null) {
        System.arraycopy(deep, 0, grown, 0, deep.length);
      }
      deep = grown;
    }
    long bit = 1L << (depth & 63);
    deep[word] = object ? deep[word] | bit : deep[word] & ~bit;
    return deep;
  }

  private static boolean isObject(long stack, long[] deep, int level) {
    if (level < 64) {
      return (stack & (1L << level)) != 0;
    }
    return (deep[level >> 6] & (1L << (level & 63))) != 0;
  }

  /** A short printable description of the bytes at {@code i}, for error messages. */
  public static String describe(byte[] b, int i, int end) {
    if (i >= end) {
      return "end of input";
    }
    int c = b[i] & 0xff;
    if (c >= 0x20 && c < 0x7f) {
      StringBuilder s = new StringBuilder("'");
      for (int k = i; k < end && k < i + 16; k++) {
        int ch = b[k] & 0xff;
        if (ch < 0x20 || ch >= 0x7f) {
          break;
        }
        s.append((char) ch);
      }
      return s.append('\'').toString();
    }
    return "byte 0x" + (c < 0x10 ? "0" : "") + Integer.toHexString(c);
  }
}
