package org.cloudtrail4j.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.unsafe.types.UTF8String;
import org.junit.jupiter.api.Test;

/** The row converter's cache of strings' UTF-8 gives every string its own UTF-8, shared by equal strings. */
class Utf8CacheTest {
  @Test
  void givesEveryStringItsOwnUtf8WhateverCollides() {
    Utf8Cache cache = new Utf8Cache();
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      keys.add(i % 7 == 0 ? "v\u00e9" + i : "value " + i); // far more strings than slots: many collide
    }
    keys.add("Aa"); // the same String.hashCode as "BB"
    keys.add("BB");
    for (int round = 0; round < 2; round++) {
      for (String k : keys) {
        assertThat(cache.get(k)).isEqualTo(UTF8String.fromString(k));
        assertThat(cache.get(new String(k))).isEqualTo(UTF8String.fromString(k));
      }
    }
  }

  @Test
  void sharesOneUtf8AmongEqualStrings() {
    Utf8Cache cache = new Utf8Cache();
    String principal = "AROAEXAMPLE:session-1";
    UTF8String first = cache.get(principal);
    assertThat(cache.get(principal)).isSameAs(first);
    assertThat(cache.get(new String(principal))).isSameAs(first);
    assertThat(cache.get("")).isEqualTo(UTF8String.EMPTY_UTF8);
    assertThat(cache.get(null)).isNull();
  }
}
