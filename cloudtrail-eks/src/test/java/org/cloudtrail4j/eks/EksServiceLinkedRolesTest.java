package org.cloudtrail4j.eks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.cloudtrail4j.eks.audit.EksActor;
import org.cloudtrail4j.eks.audit.EksServiceLinkedRole;
import org.cloudtrail4j.eks.audit.EksServiceLinkedRoles;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.identity.UserIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class EksServiceLinkedRolesTest {
  static Stream<Arguments> recordsOfEachServiceLinkedRole() {
    return Stream.of(
        Arguments.of("/records/corpus/awsdocs-userguide-iam-DeleteInstanceProfile-by-AWSServiceRoleForAmazonEKSNodegroup.json",
            EksServiceLinkedRole.NODEGROUP),
        Arguments.of("/records/corpus/panther-ec2-RunInstances-DryRun-by-AWSServiceRoleForAmazonEKSNodegroup.json",
            EksServiceLinkedRole.NODEGROUP),
        Arguments.of("/records/handmade/slr-CLUSTER-ec2-DeleteSecurityGroup.json", EksServiceLinkedRole.CLUSTER),
        Arguments.of("/records/handmade/slr-FARGATE-ec2-CreateNetworkInterface.json", EksServiceLinkedRole.FARGATE),
        Arguments.of("/records/handmade/slr-CONNECTOR-ssm-CreateActivation.json", EksServiceLinkedRole.CONNECTOR),
        Arguments.of("/records/handmade/slr-LOCAL_OUTPOST-ec2-RunInstances.json", EksServiceLinkedRole.LOCAL_OUTPOST),
        Arguments.of("/records/handmade/slr-DASHBOARD-organizations-ListAccounts.json", EksServiceLinkedRole.DASHBOARD));
  }

  @ParameterizedTest
  @MethodSource("recordsOfEachServiceLinkedRole")
  void recognisesEachServiceLinkedRoleFromItsRecord(String resource, EksServiceLinkedRole role) {
    CloudTrailEvent e = TestRecords.read(resource);

    assertThat(EksServiceLinkedRoles.of(e)).contains(role);
    assertThat(EksServiceLinkedRoles.of(e.userIdentity().orElseThrow())).contains(role);
    assertThat(EksServiceLinkedRoles.actor(e)).isEqualTo(EksActor.SERVICE_LINKED_ROLE);
    assertThat(EksServiceLinkedRoles.byServiceLinkedRole(role)).accepts(e);
    assertThat(EksServiceLinkedRoles.byEks()).accepts(e);
    assertThat(e.userIdentity().orElseThrow().invokedBy()).contains(role.servicePrincipal());
  }

  @Test
  void everyServiceLinkedRoleHasARecord() {
    assertThat(recordsOfEachServiceLinkedRole().map(a -> a.get()[1]))
        .containsAll(List.of(EksServiceLinkedRole.values()));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/records/corpus/panther-ec2-DescribeInstances-by-cluster-role-invokedBy-eks.json",
      "/records/handmade/customer-role-named-like-an-slr-ec2-CreateNetworkInterface.json",
      "/records/handmade/customer-role-named-as-the-slr-elb-CreateLoadBalancer.json"})
  void aCustomerRoleTrustedByEksIsNotTakenForAServiceLinkedRole(String resource) {
    CloudTrailEvent e = TestRecords.read(resource);

    assertThat(e.userIdentity().orElseThrow().invokedBy()).contains("eks.amazonaws.com");
    assertThat(EksServiceLinkedRoles.of(e)).isEmpty();
    assertThat(EksServiceLinkedRoles.actor(e)).isEqualTo(EksActor.CUSTOMER_ROLE);
    assertThat(EksServiceLinkedRoles.byServiceLinkedRole()).rejects(e);
    assertThat(EksServiceLinkedRoles.byEks()).accepts(e);
  }

  @Test
  void theAutoScalingRoleLaunchingNodeGroupInstancesIsNotEks() {
    CloudTrailEvent e = TestRecords.read(
        "/records/corpus/panther-ec2-RunInstances-by-AWSServiceRoleForAutoScaling-for-eks-nodegroup.json");

    assertThat(EksServiceLinkedRoles.of(e)).isEmpty();
    assertThat(EksServiceLinkedRoles.actor(e)).isEqualTo(EksActor.NOT_EKS);
  }

  @Test
  void eksAssumingARoleIsTheServiceItself() {
    CloudTrailEvent e = TestRecords.read("/records/handmade/service-sts-AssumeRole-by-eks.json");

    assertThat(EksServiceLinkedRoles.of(e)).isEmpty();
    assertThat(EksServiceLinkedRoles.actor(e)).isEqualTo(EksActor.SERVICE);
    assertThat(EksServiceLinkedRoles.byEks()).accepts(e);
  }

  @Test
  void callsToTheEksApiAreNotEksActivity() {
    CloudTrailEvent e = TestRecords.read("/records/corpus/awsdocs-userguide-eks-CreateCluster-2018-preview.json");

    assertThat(EksServiceLinkedRoles.actor(e)).isEqualTo(EksActor.NOT_EKS);
    assertThat(EksServiceLinkedRoles.byEks()).rejects(e);
  }

  @Test
  void anEksUserAgentAloneIsNotEks() {
    CloudTrailEvent e = TestRecords.read("/records/corpus/awsdocs-userguide-eks-CreateCluster-2018-preview.json");
    CloudTrailEvent spoofed = CloudTrailEvent.builder().from(e).userAgent("eks-nodegroup.amazonaws.com").build();

    assertThat(EksServiceLinkedRoles.of(spoofed)).isEmpty();
    assertThat(EksServiceLinkedRoles.actor(spoofed)).isEqualTo(EksActor.NOT_EKS);
  }

  @Test
  void recognisesARoleWithoutSessionContextFromItsNameAndInvokedBy() {
    CloudTrailEvent e = TestRecords.read(
        "/records/corpus/awsdocs-userguide-iam-DeleteInstanceProfile-by-AWSServiceRoleForAmazonEKSNodegroup.json");
    UserIdentity withoutSession = e.userIdentity().orElseThrow().toBuilder().sessionContext(null).build();

    assertThat(EksServiceLinkedRoles.of(withoutSession)).contains(EksServiceLinkedRole.NODEGROUP);
    UserIdentity withoutInvokedBy = withoutSession.toBuilder().invokedBy(null).build();
    assertThat(EksServiceLinkedRoles.of(withoutInvokedBy)).isEmpty();
    // the record's sourceIPAddress still says who made the call
    CloudTrailEvent partial = CloudTrailEvent.builder().from(e).userIdentity(withoutInvokedBy).build();
    assertThat(EksServiceLinkedRoles.of(partial)).contains(EksServiceLinkedRole.NODEGROUP);
  }

  @Test
  void aRoleNamedLikeAServiceLinkedRoleButInvokedByAnotherServiceIsNotOne() {
    CloudTrailEvent e = TestRecords.read(
        "/records/corpus/awsdocs-userguide-iam-DeleteInstanceProfile-by-AWSServiceRoleForAmazonEKSNodegroup.json");
    UserIdentity impostor = e.userIdentity().orElseThrow().toBuilder()
        .sessionContext(null).invokedBy("ec2.amazonaws.com").build();

    assertThat(EksServiceLinkedRoles.of(impostor)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(EksServiceLinkedRole.class)
  void readsEachRoleBackFromItsArnInEveryPartition(EksServiceLinkedRole role) {
    for (String partition : List.of("aws", "aws-cn", "aws-us-gov")) {
      assertThat(EksServiceLinkedRoles.fromRoleArn(role.roleArn(partition, "111122223333"))).contains(role);
    }
    assertThat(role.roleArn("aws", "111122223333"))
        .isEqualTo("arn:aws:iam::111122223333:role/aws-service-role/" + role.servicePrincipal() + "/" + role.roleName());
    assertThat(EksServiceLinkedRoles.EKS_SERVICE_PRINCIPALS).contains(role.servicePrincipal());
    assertThat(role.purpose()).isNotBlank();
    assertThat(role.managedPolicyName()).isNotBlank();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "arn:aws:iam::111122223333:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling",
      "arn:aws:iam::111122223333:role/eksClusterRole",
      "arn:aws:iam::111122223333:role/AWSServiceRoleForAmazonEKS",
      "arn:aws:sts::111122223333:assumed-role/AWSServiceRoleForAmazonEKS/AmazonEKS",
      "arn:aws:iam::111122223333:role/aws-service-role",
      "AWSServiceRoleForAmazonEKS"})
  void readsNoServiceLinkedRoleFromOtherArns(String arn) {
    assertThat(EksServiceLinkedRoles.fromRoleArn(arn)).isEmpty();
  }
}
