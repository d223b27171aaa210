package org.cloudtrail4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EksCommandIT {
  @Test
  void reportsTheSampleLogs() {
    CliProcess.Result r = CliProcess.run("eks", "samples/AWSLogs");

    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.stdout).isEqualTo(CliProcess.expected("eks-samples.txt"));
    assertThat(r.stderr).isEmpty();
  }

  @Test
  void listsChangesWithoutATimeLastAndDecodesPrincipalArns() {
    CliProcess.Result r = CliProcess.run("eks", "samples/AWSLogs", CliProcess.TEST_DATA.resolve("eks").toString());

    assertThat(r.exitCode).as(r.toString()).isZero();
    List<List<String>> rows = r.lines().stream().limit(5).map(l -> List.of(l.trim().split(" {2,}")))
        .collect(Collectors.toList());
    String principal = "access-entry/arn:aws:iam::012345678901:role/stratus-red-team-eks-create-access-entry-role";
    assertThat(rows).containsExactly(
        List.of("EKS cluster lifecycle (3 changes)"),
        List.of("TIME", "ACCOUNT", "REGION", "CLUSTER", "OPERATION", "RESOURCE", "IDENTITY", "ERROR"),
        List.of("2018-05-28T19:16:43Z", "111122223333", "region-code", "test", "CreateCluster", "-",
            "IAMUser:username", "-"),
        List.of("-", "-", "-", "eks-cluster", "AssociateAccessPolicy", principal, "-", "-"),
        List.of("-", "-", "-", "eks-cluster", "CreateAccessEntry", principal, "-", "-"));
    // aligned: the identity column starts at the same offset on every line
    int identity = r.lines().get(1).indexOf("IDENTITY");
    assertThat(r.lines().get(2).indexOf("IAMUser:username")).isEqualTo(identity);
    assertThat(r.lines().get(3).substring(identity)).startsWith("-  ");
    assertThat(r.lines().get(4).substring(identity)).startsWith("-  ");
  }

  @Test
  void printsJson() {
    CliProcess.Result r = CliProcess.run("eks", "--json", "samples/AWSLogs");

    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.stdout).isEqualTo(CliProcess.expected("eks-samples.json"));
  }

  @Test
  void leavesOutRecordsTheFiltersRejectBeforeTheAudit() {
    CliProcess.Result r = CliProcess.run("eks", "--since", "2021-01-01", "samples/AWSLogs");

    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.stdout).isEqualTo("EKS cluster lifecycle (0 changes)\n"
        + "  (none)\n"
        + "\n"
        + "EKS service-linked-role activity (1 record)\n"
        + "  AWSServiceRoleForAmazonEKSNodegroup  1\n"
        + "    1  ec2.amazonaws.com RunInstances\n");
  }
}
