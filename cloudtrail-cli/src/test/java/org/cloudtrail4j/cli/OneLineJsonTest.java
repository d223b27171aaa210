package org.cloudtrail4j.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OneLineJsonTest {
  @Test
  void removesWhitespaceBetweenTokens() {
    assertThat(compact("{\n  \"a\" : [ 1,\r\n\t2 ],\n  \"b\": {}\n}")).isEqualTo("{\"a\":[1,2],\"b\":{}}");
  }

  @Test
  void keepsWhitespaceAndEscapedQuotesInsideStrings() {
    assertThat(compact("{\n \"user agent\": \"aws-cli/2 \\\" x \\\\\",\n \"n\": \"a b\\n\"\n}"))
        .isEqualTo("{\"user agent\":\"aws-cli/2 \\\" x \\\\\",\"n\":\"a b\\n\"}");
  }

  @Test
  void tellsWhetherAValueSpansLines() {
    assertThat(OneLineJson.isOneLine(bytes("{\"a\": \"b c\"}"), 12)).isTrue();
    assertThat(OneLineJson.isOneLine(bytes("{\"a\":\r1}"), 7)).isFalse();
  }

  private static String compact(String json) {
    byte[] b = bytes(json);
    return new String(b, 0, OneLineJson.compact(b, b.length), UTF_8);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(UTF_8);
  }
}
