package org.cloudtrail4j.model.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.stream.Stream;
import org.cloudtrail4j.model.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UserIdentityTest {
  static Stream<Arguments> variants() {
    return Stream.of(
        Arguments.of("Root", Root.class),
        Arguments.of("IAMUser", IamUser.class),
        Arguments.of("AssumedRole", AssumedRole.class),
        Arguments.of("Role", Role.class),
        Arguments.of("FederatedUser", FederatedUser.class),
        Arguments.of("AWSAccount", AwsAccount.class),
        Arguments.of("AWSService", AwsService.class),
        Arguments.of("IdentityCenterUser", IdentityCenterUser.class),
        Arguments.of("SAMLUser", SamlUser.class),
        Arguments.of("WebIdentityUser", WebIdentityUser.class),
        Arguments.of("Directory", DirectoryUser.class),
        Arguments.of("Unknown", UnknownIdentity.class),
        Arguments.of("SomeTypeFrom2030", UnrecognizedIdentity.class));
  }

  @ParameterizedTest
  @MethodSource("variants")
  void theBuilderPicksTheVariantFromTheTypeAndKeepsEveryMember(String type, Class<?> variant) {
    UserIdentity identity = full(type);
    assertThat(identity).isExactlyInstanceOf(variant);
    assertThat(identity.type()).get().extracting(IdentityType::value).isEqualTo(type);
    assertThat(identity.principalId()).contains("AIDAEXAMPLE");
    assertThat(identity.arn()).contains("arn:aws:iam::111122223333:user/alice");
    assertThat(identity.accountId()).contains("111122223333");
    assertThat(identity.accessKeyId()).contains("AKIAEXAMPLE");
    assertThat(identity.userName()).contains("alice");
    assertThat(identity.invokedBy()).contains("eks.amazonaws.com");
    assertThat(identity.identityProvider()).contains("accounts.google.com");
    assertThat(identity.credentialId()).contains("cred-1");
    assertThat(identity.onBehalfOf().orElseThrow().userId()).contains("user-1");
    assertThat(identity.inScopeOf().orElseThrow().issuerType()).contains("AWS::Lambda::Function");
    assertThat(identity.invokedByDelegate().orElseThrow().get("accountId").asString()).contains("444455556666");
    assertThat(identity.unknownFields()).containsOnlyKeys("fieldFrom2030");
    assertThat(identity.sessionIssuerArn()).contains("arn:aws:iam::111122223333:role/Admin");
  }

  @ParameterizedTest
  @MethodSource("variants")
  void equalIdentitiesAreEqualAndAnyMemberMakesThemDiffer(String type, Class<?> variant) {
    assertThat(full(type)).isEqualTo(full(type)).hasSameHashCodeAs(full(type));
    assertThat(full(type)).isNotEqualTo(full(type).toBuilder().userName("bob").build());
    assertThat(full(type)).isNotEqualTo(full(type).toBuilder().putUnknownField("x", JsonValue.parse("1")).build());
    assertThat(full(type).toBuilder().build()).isEqualTo(full(type));
    assertThat(full(type).toString()).startsWith(variant.getSimpleName() + "{type=" + type).contains("alice");
  }

  @Test
  void anIdentityWithoutATypeIsAnUnrecognizedIdentityWithNoType() {
    UserIdentity internal = UserIdentity.builder().accountId("111122223333").invokedBy("AWS Internal").build();
    assertThat(internal).isInstanceOf(UnrecognizedIdentity.class);
    assertThat(internal.type()).isEmpty();
    assertThat(internal.invokedBy()).contains("AWS Internal");
  }

  @Test
  void unknownFieldsCannotBeChangedAfterBuilding() {
    UserIdentity identity = full("IAMUser");
    assertThatThrownBy(() -> identity.unknownFields().put("y", JsonValue.parse("2")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void anAssumedRoleNamesItsRoleAndSession() {
    AssumedRole role = (AssumedRole) UserIdentity.builder().type("AssumedRole")
        .arn("arn:aws:sts::111122223333:assumed-role/AWSServiceRoleForAmazonEKS/EKS").build();
    assertThat(role.roleName()).contains("AWSServiceRoleForAmazonEKS");
    assertThat(role.sessionName()).contains("EKS");
    AssumedRole noArn = (AssumedRole) UserIdentity.builder().type("AssumedRole").build();
    assertThat(noArn.roleName()).isEmpty();
    assertThat(noArn.sessionName()).isEmpty();
  }

  @Test
  void sessionContextValuesAreImmutableValues() {
    SessionContext a = session();
    assertThat(a).isEqualTo(session()).hasSameHashCodeAs(session());
    assertThat(a.attributes().orElseThrow().mfaAuthenticated()).contains(true);
    assertThat(a.attributes().orElseThrow().creationDate()).contains(Instant.parse("2024-05-01T10:00:00Z"));
    assertThat(SessionContext.builder().from(a).sourceIdentity("other").build()).isNotEqualTo(a);
  }

  static SessionContext session() {
    return SessionContext.builder()
        .attributes(SessionAttributes.builder().creationDate(Instant.parse("2024-05-01T10:00:00Z"))
            .mfaAuthenticated(true).build())
        .sessionIssuer(SessionIssuer.builder().type("Role").arn("arn:aws:iam::111122223333:role/Admin")
            .userName("Admin").build())
        .sourceIdentity("alice")
        .ec2RoleDelivery("2.0")
        .build();
  }

  static UserIdentity full(String type) {
    return UserIdentity.builder()
        .type(type)
        .principalId("AIDAEXAMPLE")
        .arn("arn:aws:iam::111122223333:user/alice")
        .accountId("111122223333")
        .accessKeyId("AKIAEXAMPLE")
        .userName("alice")
        .invokedBy("eks.amazonaws.com")
        .identityProvider("accounts.google.com")
        .credentialId("cred-1")
        .sessionContext(session())
        .onBehalfOf(OnBehalfOf.builder().userId("user-1").identityStoreArn("arn:aws:identitystore::1:identitystore/d-1")
            .build())
        .inScopeOf(InScopeOf.builder().issuerType("AWS::Lambda::Function").build())
        .invokedByDelegate(JsonValue.parse("{\"accountId\":\"444455556666\"}"))
        .putUnknownField("fieldFrom2030", JsonValue.parse("{\"a\":1}"))
        .build();
  }
}
