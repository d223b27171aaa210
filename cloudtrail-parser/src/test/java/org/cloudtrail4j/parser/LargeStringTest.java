package org.cloudtrail4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.junit.jupiter.api.Test;

/**
 * What a long string costs to decode, in bytes allocated: the figure behind the README's heap statement. A string
 * with one character outside Latin-1 is held in UTF-16, two bytes a character, so decoding cannot cost less than
 * that; it cost five bytes per input byte through one {@code char[]} as long as the string (issue: a 15 MiB
 * {@code errorMessage} with a euro sign ran out of memory in 64 MB), and now costs three.
 */
class LargeStringTest {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  @Test
  void aLongStringWithACharacterOutsideLatin1CostsAtMostThreeBytesPerInputByte() {
    int size = 8 << 20;
    byte[] record = ("{\"eventID\":\"big\",\"errorMessage\":\"\u20ac" + "a".repeat(size) + "\"}")
        .getBytes(StandardCharsets.UTF_8);
    CloudTrailReader reader = CloudTrailReader.defaults();
    read(reader, record); // warm up: classes, caches
    long before = THREADS.getCurrentThreadAllocatedBytes();
    List<CloudTrailEvent> events = read(reader, record);
    long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;
    assertThat(events.get(0).errorMessage().orElseThrow()).hasSize(size + 1).startsWith("\u20aca");
    // the input is in memory (the window is the array itself): what is allocated is the decoding, the event and a
    // little bookkeeping
    assertThat((double) allocated / size).as("bytes allocated per input byte").isBetween(2.0, 3.2);
  }

  private static List<CloudTrailEvent> read(CloudTrailReader reader, byte[] bytes) {
    try (Stream<CloudTrailEvent> events = reader.read(bytes)) {
      return events.collect(Collectors.toList());
    }
  }
}
