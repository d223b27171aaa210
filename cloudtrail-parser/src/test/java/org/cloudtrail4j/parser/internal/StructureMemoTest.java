package org.cloudtrail4j.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.cloudtrail4j.model.internal.JsonScanner;
import org.cloudtrail4j.model.internal.MalformedJsonException;
import org.junit.jupiter.api.Test;

/** The memo answers exactly what the structure skip it stands for answers: the same end, or the same error. */
class StructureMemoTest {
  private static final String ROLE = "{\"type\":\"AssumedRole\",\"principalId\":\"AROAEXAMPLE:alice\","
      + "\"arn\":\"arn:aws:sts::111122223333:assumed-role/Admin/alice\",\"accountId\":\"111122223333\","
      + "\"sessionContext\":{\"attributes\":{\"creationDate\":\"2026-11-30T10:00:00Z\","
      + "\"mfaAuthenticated\":\"false\"}}}";
  private static final int DEPTH = 8;

  @Test
  void aRepeatedObjectEndsWhereTheSkipEndsItWhereverItIs() {
    StructureMemo memo = new StructureMemo();
    for (String pad : new String[] {"", "x", "{\"userIdentity\":", "          "}) {
      byte[] b = (pad + ROLE + ",\"eventTime\":1}").getBytes(StandardCharsets.UTF_8);
      assertThat(memo.skip(b, pad.length(), b.length, DEPTH)).isEqualTo(pad.length() + ROLE.length());
    }
  }

  @Test
  void everyDamagedOrCutCopyOfARememberedObjectGetsTheSkipsOwnAnswer() {
    String[] replacements = {"\"", "}", "]", "{", "[", "\\", "\\u00", "\u0001", "x", "", "\"\""};
    int checked = 0;
    for (int at = 0; at < ROLE.length(); at++) {
      for (String r : replacements) {
        String damaged = ROLE.substring(0, at) + r + ROLE.substring(at + 1);
        for (String after : new String[] {",\"eventTime\":1}", ""}) {
          StructureMemo memo = remembering(ROLE);
          byte[] b = (damaged + after).getBytes(StandardCharsets.UTF_8);
          assertThat(outcome(() -> memo.skip(b, 0, b.length, DEPTH)))
              .as("%s at %d, then %s", r, at, after)
              .isEqualTo(outcome(() -> JsonScanner.skipStructure(b, 0, b.length, DEPTH)));
          checked++;
        }
      }
      StructureMemo memo = remembering(ROLE);
      byte[] cut = ROLE.substring(0, at).getBytes(StandardCharsets.UTF_8);
      assertThat(outcome(() -> memo.skip(cut, 0, cut.length, DEPTH))).as("cut at %d", at)
          .isEqualTo(outcome(() -> JsonScanner.skipStructure(cut, 0, cut.length, DEPTH)));
    }
    assertThat(checked).isGreaterThan(1000);
  }

  @Test
  void anObjectNestedDeeperThanTheLimitIsRefusedAsTheSkipRefusesIt() {
    String deep = ROLE.replace("\"false\"", "[[[[[[[[[]]]]]]]]]");
    byte[] b = deep.getBytes(StandardCharsets.UTF_8);
    StructureMemo memo = remembering(ROLE);
    assertThat(outcome(() -> memo.skip(b, 0, b.length, DEPTH)))
        .isEqualTo(outcome(() -> JsonScanner.skipStructure(b, 0, b.length, DEPTH)))
        .startsWith("error");
  }

  private static StructureMemo remembering(String json) {
    StructureMemo memo = new StructureMemo();
    byte[] b = json.getBytes(StandardCharsets.UTF_8);
    assertThat(memo.skip(b, 0, b.length, DEPTH)).isEqualTo(b.length);
    return memo;
  }

  private static String outcome(java.util.function.IntSupplier skip) {
    try {
      return "end " + skip.getAsInt();
    } catch (MalformedJsonException e) {
      return "error at " + e.index() + ": " + e.reason() + (e.isTruncated() ? " (truncated)" : "")
          + " limit " + e.limit();
    }
  }
}
