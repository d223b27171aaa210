package org.cloudtrail4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.cloudtrail4j.model.identity.IamUser;
import org.cloudtrail4j.model.identity.UserIdentity;
import org.cloudtrail4j.model.json.JsonValue;
import org.junit.jupiter.api.Test;

class CloudTrailEventTest {
  static CloudTrailEvent.Builder createCluster() {
    return CloudTrailEvent.builder()
        .eventVersion("1.11")
        .userIdentity(UserIdentity.builder().type("IAMUser").userName("alice").build())
        .eventTime(Instant.parse("2026-11-24T10:00:00Z"))
        .eventSource("eks.amazonaws.com")
        .eventName("CreateCluster")
        .awsRegion("us-west-2")
        .requestParameters(JsonValue.parse("{\"name\":\"prod\"}"))
        .eventType(EventType.AWS_API_CALL)
        .eventCategory(EventCategory.MANAGEMENT)
        .readOnly(false)
        .addResources(Resource.builder().arn("arn:aws:eks:us-west-2:111122223333:cluster/prod")
            .type("AWS::EKS::Cluster").build())
        .tlsDetails(TlsDetails.builder().tlsVersion("TLSv1.3").build())
        .putUnknownFields("fieldFrom2030", JsonValue.parse("[1,2]"));
  }

  @Test
  void builtEventsWithTheSameMembersAreEqual() {
    assertThat(createCluster().build()).isEqualTo(createCluster().build())
        .hasSameHashCodeAs(createCluster().build());
    assertThat(createCluster().eventName("DeleteCluster").build()).isNotEqualTo(createCluster().build());
  }

  @Test
  void equalityIgnoresOriginAndRawBytesFormatting() {
    CloudTrailEvent a = createCluster().origin(EventOrigin.of("a.json", 0, 0)).build();
    CloudTrailEvent b = createCluster().origin(EventOrigin.of("b.json", 99, 3))
        .rawJson(JsonValue.parse("{\"eventName\": \"CreateCluster\"}")).build();
    assertThat(a).isEqualTo(b);
  }

  @Test
  void freeFormMembersCompareAsJsonNotAsBytes() {
    CloudTrailEvent compact = createCluster().requestParameters(JsonValue.parse("{\"name\":\"prod\",\"v\":1.0}"))
        .build();
    CloudTrailEvent pretty = createCluster()
        .requestParameters(JsonValue.parse("{ \"v\" : 1, \"name\" : \"prod\" }")).build();
    assertThat(compact).isEqualTo(pretty);
  }

  @Test
  void collectionsAreImmutable() {
    CloudTrailEvent e = createCluster().build();
    assertThatThrownBy(() -> e.resources().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> e.unknownFields().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void absentMembersAreEmptyNotNull() {
    CloudTrailEvent e = CloudTrailEvent.builder().build();
    assertThat(e.eventName()).isEmpty();
    assertThat(e.userIdentity()).isEmpty();
    assertThat(e.resources()).isEmpty();
    assertThat(e.rawJson().isMissing()).isTrue();
    assertThat(e.origin()).isEmpty();
    assertThat(e.field("eventName").isMissing()).isTrue();
  }

  @Test
  void fieldReachesUnknownMembersByName() {
    assertThat(createCluster().build().field("fieldFrom2030").elements()).hasSize(2);
    CloudTrailEvent read = createCluster()
        .rawJson(JsonValue.parse("{\"eventName\":\"CreateCluster\",\"fieldFrom2030\":[1,2]}")).build();
    assertThat(read.field("eventName").asString()).contains("CreateCluster");
    assertThat(read.field("fieldFrom2030").get(1).asLong()).hasValue(2);
  }

  @Test
  void copiesChangeOneMember() {
    CloudTrailEvent e = createCluster().build();
    CloudTrailEvent other = CloudTrailEvent.builder().from(e).awsRegion("eu-west-1").build();
    assertThat(other.awsRegion()).contains("eu-west-1");
    assertThat(other.userIdentity()).get().isInstanceOf(IamUser.class);
    assertThat(e.awsRegion()).contains("us-west-2");
  }
}
