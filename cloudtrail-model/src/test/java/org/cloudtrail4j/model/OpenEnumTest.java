package org.cloudtrail4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.cloudtrail4j.model.identity.IdentityType;
import org.junit.jupiter.api.Test;

class OpenEnumTest {
  @Test
  void knownValuesAreTheConstants() {
    assertThat(EventType.of("AwsApiCall")).isSameAs(EventType.AWS_API_CALL);
    assertThat(EventType.of("AwsApiCall").known()).isEqualTo(EventType.Known.AWS_API_CALL);
    assertThat(EventCategory.of("Data")).isSameAs(EventCategory.DATA);
    assertThat(IdentityType.of("IAMUser")).isSameAs(IdentityType.IAM_USER);
    assertThat(IdentityType.of("IAMUser").isKnown()).isTrue();
  }

  @Test
  void aNewValueIsKeptNotRejected() {
    EventType next = EventType.of("AwsAgentAction");
    assertThat(next.known()).isEqualTo(EventType.Known.UNRECOGNIZED);
    assertThat(next.isKnown()).isFalse();
    assertThat(next.value()).isEqualTo("AwsAgentAction");
    assertThat(next.toString()).isEqualTo("AwsAgentAction");
    assertThat(next).isEqualTo(EventType.of("AwsAgentAction")).hasSameHashCodeAs(EventType.of("AwsAgentAction"));
    assertThat(next).isNotEqualTo(EventType.AWS_API_CALL);
  }

  @Test
  void valuesAreCaseSensitiveAsCloudTrailWritesThem() {
    assertThat(EventCategory.of("management").isKnown()).isFalse();
    assertThat(EventCategory.of("management")).isNotEqualTo(EventCategory.MANAGEMENT);
  }

  @Test
  void differentOpenEnumsWithTheSameStringAreNotEqual() {
    assertThat((Object) EventType.of("Data")).isNotEqualTo(EventCategory.DATA);
  }
}
