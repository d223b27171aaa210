package org.cloudtrail4j.model.internal;

import java.nio.charset.StandardCharsets;

/**
 * Decodes JSON string literals from UTF-8 bytes, strictly: escapes are resolved, and malformed UTF-8 or lone
 * surrogates are errors rather than being replaced with U+FFFD (a replaced character would be a silent change to the
 * record).
 *
 * <p>Not part of the API: exported only to the cloudtrail4j parser module.
 */
public final class JsonStrings {
  private JsonStrings() {}

  /**
   * Decodes the string literal whose opening quote is at {@code quote} and whose closing quote is at
   * {@code closeQuote}.
   */
  public static String decode(byte[] b, int quote, int closeQuote) {
    int start = quote + 1;
    if (isPlain(b, start, closeQuote)) {
      // ASCII without escapes: Latin-1 decoding is exact and takes the JDK's fastest (compact string) path
      return new String(b, start, closeQuote - start, StandardCharsets.ISO_8859_1);
    }
    return decodeSlow(b, start, closeQuote);
  }

  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long BACKSLASHES = ONES * '\\';

  /**
   * True when {@code b[start, end)} is ASCII without a backslash, checked eight bytes at a time (IDs are 36 bytes): a
   * byte that is not ASCII has its high bit set, and a backslash becomes a zero byte, whose high bit the subtraction
   * sets while its own is clear (a borrow can only flag a byte above a true zero, so a word without a backslash flags
   * none).
   */
  private static boolean isPlain(byte[] b, int start, int end) {
    int i = start;
    for (; i + 8 <= end; i += 8) {
      long w = Bytes.load(b, i);
      long x = w ^ BACKSLASHES;
      if (((w | ((x - ONES) & ~x)) & HIGHS) != 0) {
        return false;
      }
    }
    for (; i < end; i++) {
      byte c = b[i];
      if (c < 0 || c == '\\') {
        return false;
      }
    }
    return true;
  }

  /**
   * Strings longer than this many bytes are decoded in pieces of at most this many characters. Decoding a whole string
   * into one {@code char[]} and copying that into the {@code String} held about five bytes per input byte at the peak
   * (two for the array, one for the JDK's Latin-1 attempt, two for the result): for a string of several megabytes,
   * that decides whether a record fits the heap.
   */
  private static final int PIECE = 8192;

  private static String decodeSlow(byte[] b, int i, int end) {
    if (end - i <= PIECE) {
      char[] out = new char[end - i]; // never more characters than bytes
      return new String(out, 0, (int) (decodeInto(b, i, end, out, Integer.MAX_VALUE) >>> 32));
    }
    // a long string: pieces of at most PIECE characters, joined by String.join, which allocates only the result. At
    // the peak that is the pieces (one byte a character while they are Latin-1) and the result (one byte a character
    // in Latin-1, two otherwise): three bytes per input byte at most for the common case of a long ASCII text with a
    // few other characters, instead of five
    java.util.List<String> pieces = new java.util.ArrayList<>((end - i) / PIECE + 1);
    char[] out = new char[PIECE];
    while (i < end) {
      long done = decodeInto(b, i, end, out, PIECE - 2);
      pieces.add(new String(out, 0, (int) (done >>> 32)));
      i = (int) done;
    }
    return String.join("", pieces);
  }

  /**
   * Decodes from {@code i} into {@code out} until {@code end}, or until more than {@code stopAfter} characters are
   * written (the last character may take two); returns the number of characters in the high 32 bits and the index
   * after the bytes decoded in the low 32 bits.
   */
  private static long decodeInto(byte[] b, int i, int end, char[] out, int stopAfter) {
    int n = 0;
    while (i < end && n <= stopAfter) {
      int c = b[i] & 0xff;
      if (c == '\\') {
        byte e = b[i + 1];
        switch (e) {
          case 'b': out[n++] = '\b'; i += 2; break;
          case 'f': out[n++] = '\f'; i += 2; break;
          case 'n': out[n++] = '\n'; i += 2; break;
          case 'r': out[n++] = '\r'; i += 2; break;
          case 't': out[n++] = '\t'; i += 2; break;
          case 'u':
            out[n++] = (char) Integer.parseInt(new String(b, i + 2, 4, StandardCharsets.ISO_8859_1), 16);
            i += 6;
            break;
          default: out[n++] = (char) e; i += 2; break; // '"', '\\', '/'
        }
      } else if (c < 0x80) {
        out[n++] = (char) c;
        i++;
      } else if (c >= 0xc2 && c <= 0xdf) {
        int c1 = continuation(b, i, end, 1);
        out[n++] = (char) (((c & 0x1f) << 6) | c1);
        i += 2;
      } else if (c >= 0xe0 && c <= 0xef) {
        int c1 = continuation(b, i, end, 1);
        int c2 = continuation(b, i, end, 2);
        int cp = ((c & 0x0f) << 12) | (c1 << 6) | c2;
        if (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff)) {
          throw new MalformedJsonException(i, "invalid UTF-8 sequence in string");
        }
        out[n++] = (char) cp;
        i += 3;
      } else if (c >= 0xf0 && c <= 0xf4) {
        int c1 = continuation(b, i, end, 1);
        int c2 = continuation(b, i, end, 2);
        int c3 = continuation(b, i, end, 3);
        int cp = ((c & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3;
        if (cp < 0x10000 || cp > 0x10ffff) {
          throw new MalformedJsonException(i, "invalid UTF-8 sequence in string");
        }
        out[n++] = Character.highSurrogate(cp);
        out[n++] = Character.lowSurrogate(cp);
        i += 4;
      } else {
        throw new MalformedJsonException(i, "invalid UTF-8 byte 0x" + Integer.toHexString(c) + " in string");
      }
    }
    return ((long) n << 32) | i;
  }

  private static int continuation(byte[] b, int i, int end, int k) {
    if (i + k >= end || (b[i + k] & 0xc0) != 0x80) {
      throw new MalformedJsonException(i, "invalid UTF-8 sequence in string");
    }
    return b[i + k] & 0x3f;
  }

  /** True when the string literal needs decoding (has an escape or a non-ASCII byte). */
  public static boolean needsDecoding(byte[] b, int quote, int closeQuote) {
    for (int i = quote + 1; i < closeQuote; i++) {
      if (b[i] < 0 || b[i] == '\\') {
        return true;
      }
    }
    return false;
  }
}
