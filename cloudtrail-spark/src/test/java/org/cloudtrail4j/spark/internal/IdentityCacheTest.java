package org.cloudtrail4j.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.unsafe.types.UTF8String;
import org.junit.jupiter.api.Test;

/** The row converter's cache of converted values gives each instance its own conversion, made once while cached. */
class IdentityCacheTest {
  @Test
  void givesEveryInstanceItsOwnConversionWhateverCollides() {
    IdentityCache<String, UTF8String> cache = new IdentityCache<>(UTF8String::fromString);
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      keys.add(new String("value " + i)); // far more instances than slots: many collide
    }
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < keys.size(); i++) {
        assertThat(cache.get(keys.get(i)).toString()).isEqualTo("value " + i);
      }
    }
  }

  @Test
  void convertsARepeatedInstanceOnceAndEqualInstancesEach() {
    AtomicInteger conversions = new AtomicInteger();
    IdentityCache<String, UTF8String> cache = new IdentityCache<>(s -> {
      conversions.incrementAndGet();
      return UTF8String.fromString(s);
    });
    String interned = "eks.amazonaws.com";
    UTF8String first = cache.get(interned);
    assertThat(cache.get(interned)).isSameAs(first);
    assertThat(conversions).hasValue(1);
    String equal = new String(interned);
    assertThat(cache.get(equal)).isEqualTo(first);
    assertThat(cache.get(null)).isNull();
  }
}
