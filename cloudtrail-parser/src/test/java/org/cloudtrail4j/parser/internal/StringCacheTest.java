package org.cloudtrail4j.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StringCacheTest {
  private static String get(StringCache cache, String s) {
    byte[] b = ("\"" + s + "\"").getBytes(StandardCharsets.UTF_8);
    return cache.get(b, 0, b.length - 1);
  }

  @Test
  void returnsTheSameInstanceForRepeatedValues() {
    StringCache cache = new StringCache();
    String first = get(cache, "eks.amazonaws.com");
    assertThat(get(cache, "eks.amazonaws.com")).isSameAs(first).isEqualTo("eks.amazonaws.com");
  }

  @Test
  void neverReturnsAStaleValueOnceTheKeyRingHasWrapped() {
    neverStale(new StringCache());
  }

  @Test
  void aCacheSizedForASmallInputIsSmallAndStillNeverStale() {
    StringCache small = StringCache.forInputOf(2_000);
    neverStale(small);
    String first = get(small, "eks.amazonaws.com");
    assertThat(get(small, "eks.amazonaws.com")).isSameAs(first);
  }

  private static void neverStale(StringCache cache) {
    long seed = 20261125L;
    SplittableRandom random = new SplittableRandom(seed);
    // far more distinct bytes than the ring holds, with values that share slots and lengths
    for (int i = 0; i < 200_000; i++) {
      String s = "arn:aws:iam::" + random.nextInt(1_000_000) + ":role/r" + random.nextInt(50);
      assertThat(get(cache, s)).as("seed %d, step %d", seed, i).isEqualTo(s);
    }
  }

  @Test
  void decodesEscapedAndNonAsciiValuesWithoutCachingThem() {
    StringCache cache = new StringCache();
    assertThat(get(cache, "a\\\"b")).isEqualTo("a\"b");
    assertThat(get(cache, "caf\u00e9")).isEqualTo("caf\u00e9");
    assertThat(get(cache, "caf\u00e9")).isNotSameAs(get(cache, "caf\u00e9"));
  }

  @Test
  void findsAnEscapeOrANonAsciiByteInTheLastPartialWordOfALongValue() {
    // the hash reads a value of eight bytes or more in whole words, the last one overlapping the one before it: a
    // backslash or a non-ASCII byte only in those last bytes must still keep the value out of the cache
    StringCache cache = new StringCache();
    for (String value : new String[] {"abcdefghij\\\"k", "abcdefghijcaf\u00e9", "abcdefghijklmno\u00e9",
        "abcdefgh\\nx", "abcdefghijklmnopq\\t"}) {
      String decoded = get(cache, value);
      assertThat(decoded).as(value).isEqualTo(value.replace("\\\"", "\"").replace("\\n", "\n")
          .replace("\\t", "\t"));
      assertThat(get(cache, value)).as(value).isEqualTo(decoded).isNotSameAs(decoded);
    }
  }
}
