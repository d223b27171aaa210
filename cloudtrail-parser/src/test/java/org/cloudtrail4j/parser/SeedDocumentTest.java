package org.cloudtrail4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.EventType;
import org.cloudtrail4j.model.identity.AssumedRole;
import org.cloudtrail4j.model.identity.IamUser;
import org.cloudtrail4j.model.identity.IdentityType;
import org.cloudtrail4j.model.identity.SessionContext;
import org.cloudtrail4j.model.identity.SessionIssuer;
import org.cloudtrail4j.model.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two records of the EKS CloudTrail documentation, read from .json.gz delivery files in a dated S3-layout tree
 * (with digest files beside them), asserted field by field.
 */
class SeedDocumentTest {
  static final Path TREE = Path.of("src/test/resources/trees/eks-seed/AWSLogs");
  static List<CloudTrailEvent> events;
  static List<String> skipped = new ArrayList<>();

  @BeforeAll
  static void readTree() {
    ReadListener listener = new ReadListener() {
      @Override
      public void sourceSkipped(String source, String reason) {
        skipped.add(source);
      }
    };
    try (Stream<CloudTrailEvent> s = CloudTrailReader.builder().listener(listener).build().read(TREE)) {
      events = s.collect(Collectors.toList());
    }
  }

  @Test
  void readsBothRecordsInPathOrderAndSkipsTheDigests() {
    assertThat(events).extracting(e -> e.eventName().orElseThrow())
        .containsExactly("CreateCluster", "DeleteInstanceProfile");
    assertThat(skipped).hasSize(1).allSatisfy(s -> assertThat(s).endsWith("CloudTrail-Digest"));
  }

  @Test
  void createClusterByAnIamUserHasEveryField() {
    CloudTrailEvent e = events.get(0);
    assertThat(e.eventVersion()).contains("1.05");
    assertThat(e.eventTime()).contains(Instant.parse("2018-05-28T19:16:43Z"));
    assertThat(e.eventSource()).contains("eks.amazonaws.com");
    assertThat(e.eventName()).contains("CreateCluster");
    assertThat(e.awsRegion()).contains("region-code");
    assertThat(e.sourceIPAddress()).contains("205.251.233.178");
    assertThat(e.userAgent()).contains("PostmanRuntime/6.4.0");
    assertThat(e.requestID()).contains("a7a0735d-62ab-11e8-9f79-81ce5b2b7d37");
    assertThat(e.eventID()).contains("eab22523-174a-499c-9dd6-91e7be3ff8e3");
    assertThat(e.readOnly()).contains(false);
    assertThat(e.eventType()).contains(EventType.AWS_API_CALL);
    assertThat(e.recipientAccountId()).contains("111122223333");
    assertThat(e.errorCode()).isEmpty();
    assertThat(e.unknownFields()).isEmpty();

    assertThat(e.userIdentity()).get().isInstanceOf(IamUser.class);
    IamUser user = (IamUser) e.userIdentity().orElseThrow();
    assertThat(user.type()).contains(IdentityType.IAM_USER);
    assertThat(user.principalId()).contains("AKIAIOSFODNN7EXAMPLE");
    assertThat(user.arn()).contains("arn:aws:iam::111122223333:user/username");
    assertThat(user.accountId()).contains("111122223333");
    assertThat(user.accessKeyId()).contains("AKIAIOSFODNN7EXAMPLE");
    assertThat(user.userName()).contains("username");
    assertThat(user.sessionContext()).isEmpty();

    JsonValue request = e.requestParameters().orElseThrow();
    assertThat(request.get("clusterName").asString()).contains("test");
    assertThat(request.get("roleArn").asString())
        .contains("arn:aws:iam::111122223333:role/AWSServiceRoleForAmazonEKS-CAC1G1VH3ZKZ");
    assertThat(request.path("resourcesVpcConfig", "subnetIds").elements())
        .extracting(v -> v.asString().orElseThrow()).containsExactly("subnet-a670c2df", "subnet-4f8c5004");
    JsonValue cluster = e.responseElements().orElseThrow().get("cluster");
    assertThat(cluster.get("status").asString()).contains("CREATING");
    assertThat(cluster.get("createdAt").asInstant()).contains(Instant.ofEpochSecond(1527535003L, 208_000_000));
    assertThat(cluster.get("certificateAuthority").fields()).isEmpty();
    assertThat(cluster.path("resourcesVpcConfig", "securityGroupIds").elements()).isEmpty();
    assertThat(cluster.path("resourcesVpcConfig", "vpcId").asString()).contains("vpc-21277358");
    assertThat(cluster.get("version").asString()).contains("1.10");
  }

  @Test
  void deleteInstanceProfileByTheNodegroupServiceLinkedRoleHasEveryField() {
    CloudTrailEvent e = events.get(1);
    assertThat(e.eventVersion()).contains("1.05");
    assertThat(e.eventTime()).contains(Instant.parse("2020-02-26T00:56:34Z"));
    assertThat(e.eventSource()).contains("iam.amazonaws.com");
    assertThat(e.eventName()).contains("DeleteInstanceProfile");
    assertThat(e.awsRegion()).contains("region-code");
    assertThat(e.sourceIPAddress()).contains("eks-nodegroup.amazonaws.com");
    assertThat(e.userAgent()).contains("eks-nodegroup.amazonaws.com");
    assertThat(e.requestParameters().orElseThrow().get("instanceProfileName").asString())
        .contains("eks-11111111-2222-3333-4444-abcdef123456");
    assertThat(e.responseElements()).get().satisfies(v -> assertThat(v.isNull()).isTrue());
    assertThat(e.requestID()).contains("11111111-2222-3333-4444-abcdef123456");
    assertThat(e.eventID()).contains("11111111-2222-3333-4444-abcdef123456");
    assertThat(e.eventType()).contains(EventType.AWS_API_CALL);
    assertThat(e.recipientAccountId()).contains("111122223333");
    assertThat(e.readOnly()).isEmpty();

    AssumedRole role = (AssumedRole) e.userIdentity().orElseThrow();
    assertThat(role.principalId()).contains("AROA3WHGPEZ7SJ2CW55C5:EKS");
    assertThat(role.arn()).contains("arn:aws:sts::111122223333:assumed-role/AWSServiceRoleForAmazonEKSNodegroup/EKS");
    assertThat(role.accountId()).contains("111122223333");
    assertThat(role.accessKeyId()).contains("AKIAIOSFODNN7EXAMPLE");
    assertThat(role.invokedBy()).contains("eks-nodegroup.amazonaws.com");
    assertThat(role.roleName()).contains("AWSServiceRoleForAmazonEKSNodegroup");
    assertThat(role.sessionName()).contains("EKS");
    SessionContext session = role.sessionContext().orElseThrow();
    SessionIssuer issuer = session.sessionIssuer().orElseThrow();
    assertThat(issuer.type()).contains("Role");
    assertThat(issuer.principalId()).contains("AROA3WHGPEZ7SJ2CW55C5");
    assertThat(issuer.arn()).contains(
        "arn:aws:iam::111122223333:role/aws-service-role/eks-nodegroup.amazonaws.com/AWSServiceRoleForAmazonEKSNodegroup");
    assertThat(issuer.accountId()).contains("111122223333");
    assertThat(issuer.userName()).contains("AWSServiceRoleForAmazonEKSNodegroup");
    assertThat(session.webIdFederationData()).get()
        .satisfies(w -> assertThat(w.federatedProvider()).isEmpty());
    assertThat(session.attributes().orElseThrow().mfaAuthenticated()).contains(false);
    assertThat(session.attributes().orElseThrow().creationDate()).contains(Instant.parse("2020-02-26T00:56:33Z"));
  }

  @Test
  void eachEventKnowsItsFileOffsetAndIndex() {
    CloudTrailEvent e = events.get(1);
    assertThat(e.origin().orElseThrow().source()).endsWith("_CloudTrail_region-code_20200226T0100Z_smojnnSJ8u3Nw5br.json.gz");
    assertThat(e.origin().orElseThrow().recordIndex()).isZero();
    assertThat(e.origin().orElseThrow().byteOffset()).isEqualTo(12);
    assertThat(e.rawJson().toJson()).startsWith("{").endsWith("}").contains("\"DeleteInstanceProfile\"");
  }
}
