package org.cloudtrail4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudtrail4j.eks.EksEvent;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.parser.CloudTrailReader;
import org.junit.jupiter.api.Test;

/** Real records: the EKS ones of the samples (see samples/README.md), read back through the reader. */
class EksActivityTest {
  @Test
  void namesTheServiceLinkedRoleFromTheSessionIssuerPath() {
    assertThat(EksActivity.serviceLinkedRole(sample("DeleteInstanceProfile")))
        .contains("AWSServiceRoleForAmazonEKSNodegroup");
  }

  @Test
  void namesTheServiceLinkedRoleOfARecordWithoutSessionIssuerWhenAnEksPrincipalConfirmsIt() {
    // partial records (EventBridge, SIEM exports) may lack sessionContext: the same record without it
    String json = sample("DeleteInstanceProfile").rawJson().toJson();
    String partial = json.replaceFirst("\"sessionContext\":\\{\"sessionIssuer\":\\{[^}]*\\},"
        + "\"webIdFederationData\":\\{\\},\"attributes\":\\{[^}]*\\}\\},", "");
    assertThat(partial).doesNotContain("sessionContext").contains("\"invokedBy\":\"eks-nodegroup.amazonaws.com\"");

    assertThat(EksActivity.serviceLinkedRole(event(partial))).contains("AWSServiceRoleForAmazonEKSNodegroup");
    // invokedBy, sourceIPAddress and userAgent all name the principal; without it the role name alone is not enough
    assertThat(EksActivity.serviceLinkedRole(event(partial.replace("eks-nodegroup.amazonaws.com", "ec2.amazonaws.com"))))
        .isEmpty();
  }

  @Test
  void doesNotTakeOtherServicesRolesOrTheClusterRoleForEksServiceLinkedRoles() {
    List<String> roles = samples().stream().map(EksActivity::serviceLinkedRole).flatMap(java.util.Optional::stream)
        .collect(Collectors.toList());
    // the samples' AWSServiceRoleForAutoScaling and the EKS-invoked SampleRole are not EKS service-linked roles
    assertThat(roles).containsExactly("AWSServiceRoleForAmazonEKSNodegroup", "AWSServiceRoleForAmazonEKSNodegroup");
  }

  @Test
  void takesOnlyEksCallsThatChangeSomethingForTheLifecycle() {
    assertThat(EksActivity.isClusterChange(eks("{\"eventSource\":\"eks.amazonaws.com\",\"eventName\":\"DescribeCluster\"}")))
        .isFalse();
    assertThat(EksActivity.isClusterChange(eks("{\"eventSource\":\"eks.amazonaws.com\",\"eventName\":\"ListNodegroups\"}")))
        .isFalse();
    assertThat(EksActivity.isClusterChange(eks(sample("CreateCluster").rawJson().toJson()))).isTrue();
  }

  @Test
  void namesTheSubResourceOfACallFromItsRequest() {
    assertThat(EksActivity.resource(eks(sample("CreateCluster").rawJson().toJson()))).isEmpty();
    assertThat(EksActivity.resource(eks("{\"eventSource\":\"eks.amazonaws.com\",\"eventName\":\"DeleteNodegroup\","
        + "\"requestParameters\":{\"name\":\"prod\",\"nodegroupName\":\"ng-1\"}}"))).contains("nodegroup/ng-1");
  }

  @Test
  void namesAnAccessEntryByItsPrincipalDecodedByTheEksModule() {
    assertThat(EksActivity.resource(eks("{\"eventSource\":\"eks.amazonaws.com\",\"eventName\":\"DeleteAccessEntry\","
        + "\"requestParameters\":{\"name\":\"prod\",\"principalArn\":"
        + "\"arn%3Aaws%3Aiam%3A%3A012345678901%3Arole%2Fa+b\"}}")))
        .contains("access-entry/arn:aws:iam::012345678901:role/a+b");
  }

  private static CloudTrailEvent event(String json) {
    try (Stream<CloudTrailEvent> events = CloudTrailReader.stream(json.getBytes(StandardCharsets.UTF_8))) {
      return events.findFirst().orElseThrow();
    }
  }

  private static EksEvent eks(String json) {
    return EksEvent.of(event(json)).orElseThrow();
  }

  private static CloudTrailEvent sample(String eventName) {
    return samples().stream().filter(e -> e.eventName().orElse("").equals(eventName)).findFirst().orElseThrow();
  }

  private static List<CloudTrailEvent> samples() {
    try (Stream<CloudTrailEvent> events = CloudTrailReader.stream(CliProcess.SAMPLES.resolve("AWSLogs"))) {
      return events.collect(Collectors.toList());
    }
  }
}
