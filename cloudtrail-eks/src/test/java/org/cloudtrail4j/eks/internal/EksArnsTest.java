package org.cloudtrail4j.eks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EksArnsTest {
  @ParameterizedTest
  @CsvSource({
      "arn:aws:eks:us-west-2:111122223333:cluster/prod, prod",
      "arn:aws:eks:us-west-2:111122223333:nodegroup/prod/general/8ec7a1b3-9d2f-4e6a-8b0c-1d2e3f4a5b6c, prod",
      "arn:aws:eks:us-west-2:111122223333:addon/prod/vpc-cni/1ec7a1b3-9d2f-4e6a-8b0c-1d2e3f4a5b6c, prod",
      "arn:aws:eks:us-west-2:111122223333:fargateprofile/prod/default/2ec7a1b3, prod",
      "arn:aws:eks:us-west-2:111122223333:identityproviderconfig/prod/oidc/okta/3ec7a1b3, prod",
      "arn:aws:eks:us-west-2:111122223333:podidentityassociation/prod/a-abcdefghijklmnop1, prod",
      "arn:aws:eks:us-west-2:111122223333:access-entry/prod/role/111122223333/admin/4ec7a1b3, prod",
      "arn:aws-cn:eks:cn-north-1:111122223333:cluster/china, china",
  })
  void readsTheClusterOfEveryClusterScopedEksArn(String arn, String cluster) {
    assertThat(EksArns.clusterName(arn)).contains(cluster);
  }

  @ParameterizedTest
  @CsvSource({
      "arn:aws:eks:us-west-2:111122223333:eks-anywhere-subscription/abcd1234",
      "arn:aws:iam::111122223333:role/cluster/prod",
      "arn:aws:eks:us-west-2:111122223333:cluster/",
      "arn:aws:eks:us-west-2:111122223333",
      "not an arn",
  })
  void readsNoClusterFromOtherArns(String arn) {
    assertThat(EksArns.clusterName(arn)).isEmpty();
  }
}
