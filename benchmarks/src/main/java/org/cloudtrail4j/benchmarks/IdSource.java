package org.cloudtrail4j.benchmarks;

import java.util.SplittableRandom;

/**
 * AWS-shaped identifiers and choices drawn from one seeded {@link SplittableRandom}.
 *
 * <p>Integer arithmetic only: {@code Math.pow} and friends may differ by an ulp between the interpreter and an
 * intrinsic, which would make the corpus depend on JIT timing.
 */
final class IdSource {
  private static final char[] UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
  private static final char[] ALNUM =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final char[] BASE64 =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();

  private final SplittableRandom random;

  IdSource(SplittableRandom random) {
    this.random = random;
  }

  /** Uniform in {@code [0, bound)}. */
  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /** Uniform in {@code [from, to]}. */
  int between(int from, int to) {
    return from + random.nextInt(to - from + 1);
  }

  /** True with probability {@code percent}/100. */
  boolean percent(int percent) {
    return random.nextInt(100) < percent;
  }

  /** One of the values, uniformly. */
  @SafeVarargs
  final <T> T pick(T... values) {
    return values[random.nextInt(values.length)];
  }

  /** An index in {@code [0, n)} skewed towards 0, as real traffic favours a few principals and resources. */
  int skewed(int n) {
    return Math.min(Math.min(random.nextInt(n), random.nextInt(n)), random.nextInt(n));
  }

  /** An index into {@code weights}, each drawn in proportion to its weight. */
  int weighted(int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int r = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    throw new AssertionError("weights changed");
  }

  /** A random version 4 UUID in its canonical lower-case form. */
  String uuid() {
    long hi = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
    long lo = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
    char[] c = new char[36];
    int p = 0;
    for (int i = 0; i < 32; i++) {
      if (i == 8 || i == 12 || i == 16 || i == 20) {
        c[p++] = '-';
      }
      long word = i < 16 ? hi : lo;
      int shift = 60 - 4 * (i & 15);
      c[p++] = HEX[(int) (word >>> shift) & 0xf];
    }
    return new String(c);
  }

  /** Upper-case letters and digits 2-7, as IAM unique ids (AIDA..., AROA..., ASIA...) are written. */
  String upperAlnum(int n) {
    return draw(UPPER_ALNUM, n);
  }

  /** Letters and digits, as the random part of a log file name. */
  String alnum(int n) {
    return draw(ALNUM, n);
  }

  String hex(int n) {
    return draw(HEX, n);
  }

  String base64(int n) {
    return draw(BASE64, n);
  }

  /** A 12-digit account id that does not start with 0. */
  String accountId() {
    return (char) ('1' + random.nextInt(9)) + digits(11);
  }

  String digits(int n) {
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = (char) ('0' + random.nextInt(10));
    }
    return new String(c);
  }

  /** A public-looking IPv4 address in one of the given first octets. */
  String ipv4(int... firstOctets) {
    return firstOctets[random.nextInt(firstOctets.length)]
        + "." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
  }

  private String draw(char[] alphabet, int n) {
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = alphabet[random.nextInt(alphabet.length)];
    }
    return new String(c);
  }
}
