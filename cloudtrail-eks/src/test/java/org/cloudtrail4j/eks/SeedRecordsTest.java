package org.cloudtrail4j.eks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudtrail4j.eks.audit.EksActor;
import org.cloudtrail4j.eks.audit.EksAudit;
import org.cloudtrail4j.eks.audit.EksServiceLinkedRole;
import org.cloudtrail4j.eks.audit.EksServiceLinkedRoles;
import org.cloudtrail4j.eks.model.Cluster;
import org.cloudtrail4j.eks.model.ClusterStatus;
import org.cloudtrail4j.eks.model.CreateClusterRequest;
import org.cloudtrail4j.eks.model.VpcConfig;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.EventType;
import org.cloudtrail4j.model.identity.AssumedRole;
import org.cloudtrail4j.model.identity.IamUser;
import org.cloudtrail4j.model.identity.SessionAttributes;
import org.cloudtrail4j.model.identity.SessionIssuer;
import org.cloudtrail4j.parser.CloudTrailReader;
import org.cloudtrail4j.parser.EventFilter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two records of the EKS CloudTrail documentation page, read from the .json.gz log files CloudTrail would have
 * delivered them in, mapped to their types with every field asserted.
 */
class SeedRecordsTest {
  static final Path TREE = Path.of("src/test/resources/trees/eks-seed/AWSLogs");
  static final CloudTrailReader READER = CloudTrailReader.defaults();
  static List<CloudTrailEvent> events;

  @BeforeAll
  static void readTree() {
    try (Stream<CloudTrailEvent> s = READER.read(TREE)) {
      events = s.collect(Collectors.toList());
    }
  }

  @Test
  void readsTheCreateClusterRecordAsACreateClusterEventThroughTheServiceLoadedMapper() {
    assertThat(events).hasSize(2);
    assertThat(events.get(0).as(CreateClusterEvent.class)).isPresent();
    assertThat(events.get(0).as(EksEvent.class)).get().isInstanceOf(CreateClusterEvent.class);
    assertThat(events.get(1).as(EksEvent.class)).isEmpty();
  }

  @Test
  void createClusterOf2018HasEveryFieldInItsTypedView() {
    CreateClusterEvent e = events.get(0).as(CreateClusterEvent.class).orElseThrow();

    assertThat(e.operation().known()).isEqualTo(EksOperation.Known.CREATE_CLUSTER);
    assertThat(e.clusterName()).contains("test");
    assertThat(e.succeeded()).isTrue();
    assertThat(e.errorCode()).isEmpty();
    assertThat(e.eventTime()).contains(Instant.parse("2018-05-28T19:16:43Z"));
    assertThat(e.event()).isSameAs(events.get(0));
    assertThat(e.event().eventVersion()).contains("1.05");
    assertThat(e.event().awsRegion()).contains("region-code");
    assertThat(e.event().sourceIPAddress()).contains("205.251.233.178");
    assertThat(e.event().userAgent()).contains("PostmanRuntime/6.4.0");
    assertThat(e.event().requestID()).contains("a7a0735d-62ab-11e8-9f79-81ce5b2b7d37");
    assertThat(e.event().eventID()).contains("eab22523-174a-499c-9dd6-91e7be3ff8e3");
    assertThat(e.event().readOnly()).contains(false);
    assertThat(e.event().eventType()).contains(EventType.AWS_API_CALL);
    assertThat(e.event().recipientAccountId()).contains("111122223333");
    assertThat(e.event().origin().orElseThrow().source()).endsWith("_20180528T1920Z_R0cTXNUwyC1RNYdo.json.gz");

    IamUser user = (IamUser) e.userIdentity().orElseThrow();
    assertThat(user.principalId()).contains("AKIAIOSFODNN7EXAMPLE");
    assertThat(user.arn()).contains("arn:aws:iam::111122223333:user/username");
    assertThat(user.accountId()).contains("111122223333");
    assertThat(user.accessKeyId()).contains("AKIAIOSFODNN7EXAMPLE");
    assertThat(user.userName()).contains("username");
    assertThat(EksAudit.caller(e)).contains("arn:aws:iam::111122223333:user/username");
    assertThat(EksServiceLinkedRoles.actor(e.event())).isEqualTo(EksActor.NOT_EKS);

    // the pre-GA form: "clusterName" where the GA API has "name", read into the same member
    CreateClusterRequest request = e.request();
    assertThat(TestRecords.present(request)).containsExactly("name", "resourcesVpcConfig", "roleArn");
    assertThat(request.name()).contains("test");
    assertThat(request.roleArn()).contains("arn:aws:iam::111122223333:role/AWSServiceRoleForAmazonEKS-CAC1G1VH3ZKZ");
    VpcConfig requestedVpc = request.resourcesVpcConfig().orElseThrow();
    assertThat(TestRecords.present(requestedVpc)).containsExactly("subnetIds");
    assertThat(requestedVpc.subnetIds()).containsExactly("subnet-a670c2df", "subnet-4f8c5004");

    Cluster cluster = e.cluster().orElseThrow();
    assertThat(TestRecords.present(cluster)).containsExactly(
        "arn", "certificateAuthority", "createdAt", "name", "resourcesVpcConfig", "roleArn", "status", "version");
    assertThat(cluster.name()).contains("test");
    assertThat(cluster.status().orElseThrow().known()).isEqualTo(ClusterStatus.Known.CREATING);
    assertThat(cluster.status().orElseThrow().value()).isEqualTo("CREATING");
    assertThat(cluster.createdAt()).contains(Instant.parse("2018-05-28T19:16:43.208Z"));
    assertThat(cluster.certificateAuthority().orElseThrow().data()).isEmpty();
    assertThat(cluster.certificateAuthority().orElseThrow().unknownFields()).isEmpty();
    assertThat(cluster.arn()).contains("arn:aws:eks:region-code:111122223333:cluster/test");
    assertThat(cluster.roleArn()).contains("arn:aws:iam::111122223333:role/AWSServiceRoleForAmazonEKS-CAC1G1VH3ZKZ");
    assertThat(cluster.version()).contains("1.10");
    VpcConfig vpc = cluster.resourcesVpcConfig().orElseThrow();
    assertThat(TestRecords.present(vpc)).containsExactly("subnetIds", "vpcId");
    assertThat(vpc.securityGroupIds()).isEmpty();
    assertThat(vpc.vpcId()).contains("vpc-21277358");
    assertThat(vpc.subnetIds()).containsExactly("subnet-a670c2df", "subnet-4f8c5004");
  }

  @Test
  void theRoleNamedLikeTheServiceLinkedRoleIn2018IsTheCustomersClusterRole() {
    CreateClusterEvent e = events.get(0).as(CreateClusterEvent.class).orElseThrow();
    // AWSServiceRoleForAmazonEKS-CAC1G1VH3ZKZ was made by the preview's getting-started template, not by AWS
    assertThat(EksServiceLinkedRoles.fromRoleArn(e.request().roleArn().orElseThrow())).isEmpty();
  }

  @Test
  void deleteInstanceProfileIsTheNodegroupServiceLinkedRoleWithEveryField() {
    CloudTrailEvent e = events.get(1);
    assertThat(EksServiceLinkedRoles.of(e)).contains(EksServiceLinkedRole.NODEGROUP);
    assertThat(EksServiceLinkedRoles.of(e.userIdentity().orElseThrow())).contains(EksServiceLinkedRole.NODEGROUP);
    assertThat(EksServiceLinkedRoles.actor(e)).isEqualTo(EksActor.SERVICE_LINKED_ROLE);
    assertThat(EksServiceLinkedRoles.byEks()).accepts(e);
    assertThat(EksServiceLinkedRoles.byServiceLinkedRole(EksServiceLinkedRole.NODEGROUP)).accepts(e);
    assertThat(EksServiceLinkedRoles.byServiceLinkedRole(EksServiceLinkedRole.CLUSTER)).rejects(e);

    assertThat(e.eventVersion()).contains("1.05");
    assertThat(e.eventTime()).contains(Instant.parse("2020-02-26T00:56:34Z"));
    assertThat(e.eventSource()).contains("iam.amazonaws.com");
    assertThat(e.eventName()).contains("DeleteInstanceProfile");
    assertThat(e.awsRegion()).contains("region-code");
    assertThat(e.sourceIPAddress()).contains("eks-nodegroup.amazonaws.com");
    assertThat(e.userAgent()).contains("eks-nodegroup.amazonaws.com");
    assertThat(e.requestParameters().orElseThrow().get("instanceProfileName").asString())
        .contains("eks-11111111-2222-3333-4444-abcdef123456");
    assertThat(e.responseElements().orElseThrow().isNull()).isTrue();
    assertThat(e.requestID()).contains("11111111-2222-3333-4444-abcdef123456");
    assertThat(e.eventID()).contains("11111111-2222-3333-4444-abcdef123456");
    assertThat(e.eventType()).contains(EventType.AWS_API_CALL);
    assertThat(e.recipientAccountId()).contains("111122223333");

    AssumedRole role = (AssumedRole) e.userIdentity().orElseThrow();
    assertThat(role.principalId()).contains("AROA3WHGPEZ7SJ2CW55C5:EKS");
    assertThat(role.arn()).contains("arn:aws:sts::111122223333:assumed-role/AWSServiceRoleForAmazonEKSNodegroup/EKS");
    assertThat(role.accountId()).contains("111122223333");
    assertThat(role.accessKeyId()).contains("AKIAIOSFODNN7EXAMPLE");
    assertThat(role.invokedBy()).contains(EksServiceLinkedRole.NODEGROUP.servicePrincipal());
    assertThat(role.roleName()).contains(EksServiceLinkedRole.NODEGROUP.roleName());
    assertThat(role.sessionName()).contains("EKS");
    SessionIssuer issuer = role.sessionContext().orElseThrow().sessionIssuer().orElseThrow();
    assertThat(issuer.type()).contains("Role");
    assertThat(issuer.principalId()).contains("AROA3WHGPEZ7SJ2CW55C5");
    assertThat(issuer.arn()).contains(EksServiceLinkedRole.NODEGROUP.roleArn("aws", "111122223333"));
    assertThat(issuer.accountId()).contains("111122223333");
    assertThat(issuer.userName()).contains("AWSServiceRoleForAmazonEKSNodegroup");
    SessionAttributes attributes = role.sessionContext().orElseThrow().attributes().orElseThrow();
    assertThat(attributes.mfaAuthenticated()).contains(false);
    assertThat(attributes.creationDate()).contains(Instant.parse("2020-02-26T00:56:33Z"));
  }

  @Test
  void aReaderFilteredToEksReadsOnlyTheCreateCluster() {
    CloudTrailReader eksOnly = CloudTrailReader.builder().filter(EventFilter.eventSource(EksEvent.EVENT_SOURCE)).build();
    try (Stream<CloudTrailEvent> s = eksOnly.read(TREE)) {
      assertThat(s.flatMap(eksOnly.typed(EksEvent.class)).collect(Collectors.toList()))
          .singleElement().isInstanceOf(CreateClusterEvent.class);
    }
  }
}
