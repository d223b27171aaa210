package org.cloudtrail4j.eks.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the percent-encoding of a URI path segment ({@code %3A} to {@code :}, {@code %2F} to {@code /}), as
 * CloudTrail records EKS path labels such as {@code principalArn}. Unlike {@link java.net.URLDecoder} it leaves
 * {@code +} alone (IAM names may contain it) and never throws: a {@code %} not followed by two hex digits is kept.
 */
public final class PercentDecoder {
  private PercentDecoder() {}

  /** {@code s} with every {@code %XX} sequence decoded as UTF-8; {@code s} itself when it has none. */
  public static String decode(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    int i = 0;
    while (i < s.length()) {
      int hi = s.charAt(i) == '%' && i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
      int lo = hi >= 0 ? Character.digit(s.charAt(i + 2), 16) : -1;
      if (lo >= 0) {
        out.write(hi << 4 | lo);
        i += 3;
      } else {
        int end = i + Character.charCount(s.codePointAt(i));
        byte[] b = s.substring(i, end).getBytes(StandardCharsets.UTF_8);
        out.write(b, 0, b.length);
        i = end;
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
