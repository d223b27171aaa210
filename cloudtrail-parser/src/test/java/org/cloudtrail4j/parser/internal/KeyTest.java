package org.cloudtrail4j.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@link Key#lookup} finds a key by its first and last eight bytes (and its middle when longer than 16): every key is
 * found wherever its literal sits in the array, and a literal that differs from a key in any one byte, or is one
 * byte longer or shorter, is not that key.
 */
class KeyTest {
  @Test
  void findsEveryKeyAtTheStartInTheMiddleAndAtTheEndOfTheBytes() {
    for (Key k : Key.values()) {
      String literal = "\"" + k.wire() + "\"";
      for (String around : new String[] {"%s", "{%s:1}", "xxxxxxxxxxxxxxxxxxxx%s:", "{%s"}) {
        // the last form ends the array at the closing quote: a key shorter than eight bytes is gathered byte by byte
        byte[] b = String.format(around, literal).getBytes(StandardCharsets.US_ASCII);
        int quote = String.format(around, literal).indexOf('"');
        assertThat(Key.lookup(b, quote, quote + literal.length() - 1)).as("%s in %s", k, around).isSameAs(k);
      }
    }
  }

  @Test
  void aLiteralThatDiffersInOneByteOrInLengthIsNotTheKey() {
    for (Key k : Key.values()) {
      String wire = k.wire();
      for (int at = 0; at < wire.length(); at++) {
        char[] changed = wire.toCharArray();
        changed[at] = changed[at] == 'x' ? 'y' : 'x';
        assertThat(lookup(new String(changed))).as("%s with byte %d changed", k, at).isNotSameAs(k);
      }
      assertThat(lookup(wire + "x")).as("%s and one more byte", k).isNotSameAs(k);
      assertThat(lookup(wire.substring(0, wire.length() - 1))).as("%s less its last byte", k).isNotSameAs(k);
      assertThat(lookup(wire.substring(1))).as("%s less its first byte", k).isNotSameAs(k);
    }
  }

  @Test
  void aKeyWrittenWithEscapesIsFoundAndAnUnknownOneIsNull() {
    assertThat(lookup("event\\u0053ource")).isSameAs(Key.eventSource);
    assertThat(lookup("eventSourcf")).isNull();
    assertThat(lookup("a")).isNull();
    assertThat(lookup("")).isNull();
  }

  private static Key lookup(String name) {
    byte[] b = ("{\"" + name + "\":true}").getBytes(StandardCharsets.US_ASCII);
    return Key.lookup(b, 1, 2 + name.length());
  }
}
