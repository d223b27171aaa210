package org.cloudtrail4j.eks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentDecoderTest {
  @Test
  void decodesTheEncodingCloudTrailUsesForPathLabels() {
    assertThat(PercentDecoder.decode(
        "arn%3Aaws%3Aiam%3A%3A012345678901%3Arole%2Fstratus-red-team-eks-create-access-entry-role"))
        .isEqualTo("arn:aws:iam::012345678901:role/stratus-red-team-eks-create-access-entry-role");
  }

  @Test
  void leavesAPlusAlone() {
    assertThat(PercentDecoder.decode("arn:aws:iam::1:role/a+b")).isEqualTo("arn:aws:iam::1:role/a+b");
    assertThat(PercentDecoder.decode("role%2Fa+b%2Bc")).isEqualTo("role/a+b+c");
  }

  @Test
  void decodesMultiByteUtf8() {
    assertThat(PercentDecoder.decode("caf%C3%A9%2F%E2%82%AC")).isEqualTo("café/€");
  }

  @Test
  void keepsAPercentThatIsNotFollowedByTwoHexDigits() {
    assertThat(PercentDecoder.decode("100%")).isEqualTo("100%");
    assertThat(PercentDecoder.decode("%zz%4")).isEqualTo("%zz%4");
    assertThat(PercentDecoder.decode("a%2")).isEqualTo("a%2");
    assertThat(PercentDecoder.decode("é%41")).isEqualTo("éA");
  }

  @Test
  void returnsTheSameStringWhenThereIsNothingToDecode() {
    String s = "arn:aws:eks:us-west-2:111122223333:cluster/prod";
    assertThat(PercentDecoder.decode(s)).isSameAs(s);
  }
}
