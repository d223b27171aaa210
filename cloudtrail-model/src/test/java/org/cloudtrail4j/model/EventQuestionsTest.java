package org.cloudtrail4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cloudtrail4j.model.identity.SessionContext;
import org.cloudtrail4j.model.identity.SessionIssuer;
import org.cloudtrail4j.model.identity.UserIdentity;
import org.cloudtrail4j.model.spi.CloudTrailEventMapper;
import org.cloudtrail4j.model.spi.CloudTrailMappers;
import org.cloudtrail4j.model.spi.EventKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The questions asked of events most often have names: failed, is, principal, callerAccountId, roleArn. */
class EventQuestionsTest {
  static final String ASSUMED = "arn:aws:sts::111122223333:assumed-role/Admin/alice";

  static CloudTrailEvent with(UserIdentity id) {
    return CloudTrailEvent.builder().eventSource("iam.amazonaws.com").eventName("CreateUser").userIdentity(id).build();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "the ARN first                | AssumedRole | arn:aws:iam::1:role/x | bob | svc  | AID | 1 | arn:aws:iam::1:role/x",
      "an empty ARN is absent        | IAMUser     | ''                    | bob | -    | AID | 1 | IAMUser:bob",
      "then type:userName            | Unknown     | -                     | u1  | svc  | AID | 1 | Unknown:u1",
      "then invokedBy                | AWSService  | -                     | -   | svc  | AID | 1 | svc",
      "then principalId              | AWSAccount  | -                     | -   | -    | AID | 1 | AID",
      "then accountId                | AWSAccount  | -                     | -   | -    | -   | 1 | 1",
      "then the type                 | Directory   | -                     | -   | -    | -   | - | Directory",
      "unknown without a type        | -           | -                     | -   | -    | -   | - | unknown",
      "unknown:userName without type | -           | -                     | u2  | -    | -   | - | unknown:u2"})
  void principalFollowsTheOneDocumentedRule(String rule, String type, String arn, String userName, String invokedBy,
      String principalId, String accountId, String expected) {
    UserIdentity id = UserIdentity.builder().type(type).arn(arn).userName(userName).invokedBy(invokedBy)
        .principalId(principalId).accountId(accountId).build();
    assertThat(id.principal()).isEqualTo(expected);
    assertThat(with(id).principal()).isEqualTo(expected);
  }

  @Test
  void anEventWithoutIdentityHasAnUnknownPrincipal() {
    CloudTrailEvent e = CloudTrailEvent.builder().build();
    assertThat(e.principal()).isEqualTo("unknown");
    assertThat(e.callerAccountId()).isEmpty();
    assertThat(e.roleArn()).isEmpty();
  }

  @Test
  void failedMeansAnErrorCode() {
    assertThat(CloudTrailEvent.builder().errorCode("AccessDenied").build().failed()).isTrue();
    assertThat(CloudTrailEvent.builder().build().failed()).isFalse();
  }

  @Test
  void isComparesSourceAndNameAndReadsTheShortForm() {
    CloudTrailEvent e = with(UserIdentity.builder().build());
    assertThat(e.is("iam.amazonaws.com", "CreateUser")).isTrue();
    assertThat(e.is("iam", "CreateUser")).isTrue();
    assertThat(e.is("iam", "DeleteUser")).isFalse();
    assertThat(e.is("sts", "CreateUser")).isFalse();
    assertThatThrownBy(() -> e.is("CreateUser", "iam")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theCallerAccountIsTheIdentitysAccountElseTheOneInItsArn() {
    assertThat(with(UserIdentity.builder().type("IAMUser").accountId("222").arn("arn:aws:iam::333:user/x").build())
        .callerAccountId()).contains("222");
    assertThat(with(UserIdentity.builder().type("AssumedRole").arn(ASSUMED).build()).callerAccountId())
        .contains("111122223333");
    assertThat(with(UserIdentity.builder().type("AWSService").invokedBy("eks.amazonaws.com").build())
        .callerAccountId()).isEmpty();
  }

  @Test
  void theRoleBehindAnAssumedRoleSessionIsItsIssuer() {
    SessionContext session = SessionContext.builder().sessionIssuer(SessionIssuer.builder().type("Role")
        .arn("arn:aws:iam::111122223333:role/ops/Admin").userName("Admin").build()).build();
    assertThat(with(UserIdentity.builder().type("AssumedRole").arn(ASSUMED).sessionContext(session).build())
        .roleArn()).contains("arn:aws:iam::111122223333:role/ops/Admin");
  }

  @Test
  void withoutAnIssuerTheRoleComesFromTheAssumedRoleArn() {
    assertThat(with(UserIdentity.builder().type("AssumedRole").arn(ASSUMED).build()).roleArn())
        .contains("arn:aws:iam::111122223333:role/Admin");
    assertThat(with(UserIdentity.builder().type("AssumedRole")
        .arn("arn:aws-cn:sts::1:assumed-role/R/s").build()).roleArn()).contains("arn:aws-cn:iam::1:role/R");
  }

  @Test
  void aRoleIdentityIsItsOwnRoleAndUsersHaveNone() {
    assertThat(with(UserIdentity.builder().type("Role").arn("arn:aws:iam::1:role/R").build()).roleArn())
        .contains("arn:aws:iam::1:role/R");
    assertThat(with(UserIdentity.builder().type("IAMUser").arn("arn:aws:iam::1:user/u").build()).roleArn())
        .isEmpty();
    SessionContext federated = SessionContext.builder().sessionIssuer(SessionIssuer.builder().type("IAMUser")
        .arn("arn:aws:iam::1:user/u").build()).build();
    assertThat(with(UserIdentity.builder().type("FederatedUser").sessionContext(federated).build()).roleArn())
        .isEmpty();
  }

  @Test
  void toBuilderCopiesEverythingAndEqualityIgnoresTheMappers() {
    CloudTrailMappers mine = CloudTrailMappers.none()
        .with(CloudTrailEventMapper.of(String.class, EventKey.anyOf("iam"), e -> "typed " + e.eventName().get()));
    CloudTrailEvent e = CloudTrailEventTest.createCluster().origin(EventOrigin.of("x", 1, 2)).build();
    CloudTrailEvent copy = e.toBuilder().mappers(mine).build();
    assertThat(copy).isEqualTo(e).hasSameHashCodeAs(e);
    assertThat(copy.origin()).isEqualTo(e.origin());
    assertThat(copy.mappers()).isSameAs(mine);
    assertThat(e.mappers()).isSameAs(CloudTrailMappers.defaults());
    assertThat(with(UserIdentity.builder().build()).toBuilder().mappers(mine).build().as(String.class))
        .contains("typed CreateUser");
  }
}
