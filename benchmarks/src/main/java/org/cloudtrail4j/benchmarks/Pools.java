package org.cloudtrail4j.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The accounts, principals, sessions and resources a generated trail draws from, fixed once per seed, so that
 * identities, ARNs, user agents and resource names repeat as they do in a real trail.
 */
final class Pools {
  static final String[] REGIONS = {"us-east-1", "us-west-2", "eu-west-1", "ap-southeast-2"};
  static final int[] REGION_WEIGHTS = {50, 25, 15, 10};
  static final int[] ACCOUNT_WEIGHTS = {70, 20, 10};

  static final String CLI_UA =
      "aws-cli/2.17.20 md/awscrt#0.20.11 ua/2.0 os/linux#6.1.0-21-cloud-amd64 md/arch#x86_64 lang/python#3.11.9"
          + " md/pyimpl#CPython cfg/retry-mode#standard md/installer#exe md/distrib#debian.12 md/prompt#off";
  static final String CLI_UA_MAC =
      "aws-cli/2.15.57 md/awscrt#0.19.19 ua/2.0 os/macos#23.5.0 md/arch#arm64 lang/python#3.11.9"
          + " md/pyimpl#CPython cfg/retry-mode#standard md/installer#source md/prompt#off";
  static final String BOTO3_LAMBDA_UA =
      "Boto3/1.34.144 md/Botocore#1.34.144 ua/2.0 os/linux#5.10.219-229.866.amzn2.x86_64 md/arch#x86_64"
          + " lang/python#3.12.4 md/pyimpl#CPython exec-env/AWS_Lambda_python3.12 cfg/retry-mode#legacy"
          + " Botocore/1.34.144";
  static final String JAVA_SDK_UA =
      "aws-sdk-java/2.25.60 Linux/5.10.219-208.866.amzn2.x86_64 OpenJDK_64-Bit_Server_VM/17.0.11+9-LTS"
          + " Java/17.0.11 vendor/Amazon.com_Inc. io/sync http/Apache cfg/retry-mode/legacy";
  static final String NODE_SDK_UA =
      "aws-sdk-js/3.614.0 ua/2.1 os/linux#5.10.219-208.866.amzn2.x86_64 lang/js md/nodejs#20.15.1"
          + " exec-env/AWS_ECS_FARGATE api/dynamodb#3.614.0";
  static final String GO_SDK_UA = "aws-sdk-go/1.54.6 (go1.22.4; linux; amd64)";
  static final String TERRAFORM_UA =
      "APN/1.0 HashiCorp/1.0 Terraform/1.8.5 (+https://www.terraform.io) terraform-provider-aws/5.57.0"
          + " (+https://registry.terraform.io/providers/hashicorp/aws) aws-sdk-go-v2/1.30.1 os/linux lang/go#1.22.4"
          + " md/GOOS#linux md/GOARCH#amd64";
  static final String EKSCTL_UA =
      "aws-sdk-go-v2/1.27.0 os/linux lang/go#1.22.3 md/GOOS#linux md/GOARCH#amd64 api/eks#1.43.0 eksctl/0.180.0";
  static final String BROWSER_UA =
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko)"
          + " Chrome/126.0.0.0 Safari/537.36";
  static final String BROWSER_UA_WIN =
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0"
          + " Safari/537.36 Edg/126.0.0.0";
  static final String S3_CONSOLE_UA =
      "[S3Console/0.4, aws-internal/3 aws-sdk-java/1.12.750 Linux/5.10.219-186.866.amzn2int.x86_64"
          + " OpenJDK_64-Bit_Server_VM/25.412-b08 java/1.8.0_412 vendor/Oracle_Corporation cfg/retry-mode/standard]";
  static final String AWS_INTERNAL = "AWS Internal";

  private static final String[] PEOPLE = {
    "alice.smith", "bob.jones", "carol.nguyen", "dmitri.ivanov", "erin.okafor", "farid.haddad",
    "grace.lee", "hiro.tanaka", "isabel.garcia", "jonas.muller", "kavya.rao", "liam.obrien"
  };
  private static final String[] TEAMS = {"orders", "payments", "search", "identity", "billing", "catalog"};

  final List<Account> accounts = new ArrayList<>();
  /** Addresses people and CI call from; AWS services call from their own names. */
  final String[] callerIps;

  Pools(IdSource ids) {
    callerIps = new String[40];
    for (int i = 0; i < callerIps.length; i++) {
      callerIps[i] = ids.ipv4(3, 18, 34, 35, 44, 52, 54, 73, 81, 98, 176, 203);
    }
    String[] envs = {"prod", "staging", "security"};
    List<String> ids3 = new ArrayList<>();
    for (int i = 0; i < envs.length; i++) {
      ids3.add(ids.accountId());
    }
    for (int i = 0; i < envs.length; i++) {
      accounts.add(new Account(ids, envs[i], ids3.get(i), this));
    }
    // people in each account work through the security account's SSO as well: cross-account callers
    for (Account a : accounts) {
      a.crossAccountCallers = accounts.get(2).humans;
    }
  }

  Account account(IdSource ids) {
    return accounts.get(ids.weighted(ACCOUNT_WEIGHTS));
  }

  static String region(IdSource ids) {
    return REGIONS[ids.weighted(REGION_WEIGHTS)];
  }

  /** An IAM role: the target of AssumeRole and the issuer of sessions. */
  static final class Role {
    final String accountId;
    final String name;
    final String path;
    final String id;
    final String arn;
    /** The service principal its trust policy names, or null for roles people and CI assume. */
    final String trustedService;

    Role(IdSource ids, String accountId, String path, String name, String trustedService) {
      this.accountId = accountId;
      this.name = name;
      this.path = path;
      this.id = "AROA" + ids.upperAlnum(17);
      this.arn = "arn:aws:iam::" + accountId + ":role/" + path + name;
      this.trustedService = trustedService;
    }
  }

  /** A principal making calls: its rendered userIdentity plus what goes with it on every record. */
  static final class Session {
    final String accountId;
    final byte[] userIdentity;
    final String sourceIp;
    final String userAgent;
    final String accessKeyId;
    final String arn;
    final String sessionName;
    final boolean console;

    Session(String accountId, byte[] userIdentity, String sourceIp, String userAgent, String accessKeyId,
        String arn, String sessionName, boolean console) {
      this.accountId = accountId;
      this.userIdentity = userIdentity;
      this.sourceIp = sourceIp;
      this.userAgent = userAgent;
      this.accessKeyId = accessKeyId;
      this.arn = arn;
      this.sessionName = sessionName;
      this.console = console;
    }
  }

  /** An EKS cluster and its node groups. */
  static final class Cluster {
    final String name;
    final String[] nodegroups;
    final String version;

    Cluster(String name, String version, String... nodegroups) {
      this.name = name;
      this.version = version;
      this.nodegroups = nodegroups;
    }
  }

  /** One AWS account of the organization and everything in it. */
  static final class Account {
    final String id;
    final String env;
    final List<Role> serviceRoles = new ArrayList<>();
    final List<Role> assumableRoles = new ArrayList<>();
    final List<Session> humans = new ArrayList<>();
    final List<Session> automation = new ArrayList<>();
    final List<Session> apps = new ArrayList<>();
    final List<Session> eksClusterRole = new ArrayList<>();
    final List<Session> iamUsers = new ArrayList<>();
    /** The Auto Scaling service-linked role launching instances: an AssumedRole invoked by the service. */
    final Session autoscaling;
    List<Session> crossAccountCallers = List.of();
    final String[] buckets;
    final String[] kmsKeys;
    final String[] instances;
    final String[] securityGroups;
    final String[] subnets;
    final String[] vpcs;
    final String[] amis;
    final String[] functions;
    final String[] tables;
    final String[] stacks;
    final String[] parameters;
    final String[] logGroups;
    final String[] databases;
    final Cluster[] clusters;

    Account(IdSource ids, String env, String id, Pools pools) {
      this.id = id;
      this.env = env;
      String ssoSuffix = ids.hex(16);
      Role admin = role(ids, "aws-reserved/sso.amazonaws.com/", "AWSReservedSSO_AdministratorAccess_" + ssoSuffix, null);
      Role readOnly = role(ids, "aws-reserved/sso.amazonaws.com/", "AWSReservedSSO_ReadOnlyAccess_" + ids.hex(16), null);
      Role devOps = role(ids, "aws-reserved/sso.amazonaws.com/", "AWSReservedSSO_DevOps_" + ids.hex(16), null);
      Role githubDeploy = role(ids, "", "github-actions-deploy", null);
      Role terraform = role(ids, "", "terraform-ci", null);
      Role orgAccess = role(ids, "", "OrganizationAccountAccessRole", null);
      Role audit = role(ids, "", "security-audit", null);
      assumableRoles.addAll(List.of(githubDeploy, terraform, orgAccess, audit, readOnly));

      List<Role> lambdaRoles = new ArrayList<>();
      for (String team : TEAMS) {
        lambdaRoles.add(role(ids, "service-role/", team + "-api-lambda-role", "lambda.amazonaws.com"));
      }
      Role ec2App = role(ids, "", "ec2-app-instance-role", "ec2.amazonaws.com");
      Role nodeRole = role(ids, "", "eks-" + env + "-node-role", "ec2.amazonaws.com");
      Role taskExec = role(ids, "", "ecsTaskExecutionRole", "ecs-tasks.amazonaws.com");
      Role payments = role(ids, "", "payments-task-role", "ecs-tasks.amazonaws.com");
      Role clusterRole = role(ids, "", "eks-" + env + "-cluster-role", "eks.amazonaws.com");
      Role autoscalingRole = role(ids, "aws-service-role/autoscaling.amazonaws.com/",
          "AWSServiceRoleForAutoScaling", "autoscaling.amazonaws.com");
      Role config = role(ids, "aws-service-role/config.amazonaws.com/", "AWSServiceRoleForConfig",
          "config.amazonaws.com");
      Role cfn = role(ids, "", "cloudformation-exec-role", "cloudformation.amazonaws.com");
      serviceRoles.addAll(lambdaRoles);
      serviceRoles.addAll(List.of(ec2App, nodeRole, taskExec, payments, clusterRole, autoscalingRole, config, cfn));

      for (int i = 0; i < PEOPLE.length; i++) {
        Role r = i % 4 == 0 ? admin : i % 4 == 1 ? devOps : i % 4 == 2 ? readOnly : admin;
        boolean console = i % 3 == 0;
        String ua = console ? (i % 2 == 0 ? BROWSER_UA : BROWSER_UA_WIN) : (i % 2 == 0 ? CLI_UA : CLI_UA_MAC);
        humans.add(assumed(ids, r, PEOPLE[i] + "@example.com", pools.callerIps[i], console ? AWS_INTERNAL : ua,
            null, console, false));
      }
      for (int i = 0; i < 6; i++) {
        Role r = i % 2 == 0 ? githubDeploy : terraform;
        String name = i % 2 == 0 ? "GitHubActions" : "terraform-" + ids.digits(10);
        automation.add(assumed(ids, r, name, pools.callerIps[20 + i], i % 2 == 0 ? GO_SDK_UA : TERRAFORM_UA, null,
            false, false));
      }
      for (int i = 0; i < lambdaRoles.size(); i++) {
        Role r = lambdaRoles.get(i);
        String fn = TEAMS[i] + "-api-" + env;
        apps.add(assumed(ids, r, fn, ids.ipv4(3, 34, 44, 52, 54), BOTO3_LAMBDA_UA, null, false, false));
      }
      for (int i = 0; i < 6; i++) {
        String instance = "i-0" + ids.hex(16);
        apps.add(assumed(ids, i < 3 ? ec2App : nodeRole, instance, ids.ipv4(10, 172), JAVA_SDK_UA, null, false,
            true));
      }
      for (int i = 0; i < 4; i++) {
        apps.add(assumed(ids, i % 2 == 0 ? payments : taskExec, ids.hex(32), ids.ipv4(10), NODE_SDK_UA, null,
            false, false));
      }
      for (int i = 0; i < 2; i++) {
        eksClusterRole.add(assumed(ids, clusterRole, "aws-go-sdk-17" + ids.digits(11), "eks.amazonaws.com",
            "eks.amazonaws.com", "eks.amazonaws.com", false, false));
      }
      autoscaling = assumed(ids, autoscalingRole, "AutoScaling", "autoscaling.amazonaws.com",
          "autoscaling.amazonaws.com", "autoscaling.amazonaws.com", false, false);
      for (int i = 0; i < 3; i++) {
        iamUsers.add(iamUser(ids, i == 0 ? "ci-deployer" : i == 1 ? "backup-agent" : "datadog-integration",
            pools.callerIps[30 + i], i == 1 ? JAVA_SDK_UA : GO_SDK_UA));
      }

      buckets = new String[] {
        "acme-" + env + "-app-assets", "acme-" + env + "-data-lake-raw", "acme-" + env + "-data-lake-curated",
        "acme-" + env + "-logs-" + id, "acme-terraform-state-" + id, "cdk-hnb659fds-assets-" + id + "-us-east-1",
        "acme-" + env + "-exports", "acme-" + env + "-backups"
      };
      kmsKeys = fill(6, ids::uuid);
      instances = fill(120, () -> "i-0" + ids.hex(16));
      securityGroups = fill(30, () -> "sg-0" + ids.hex(16));
      subnets = fill(12, () -> "subnet-0" + ids.hex(16));
      vpcs = fill(3, () -> "vpc-0" + ids.hex(16));
      amis = fill(8, () -> "ami-0" + ids.hex(16));
      functions = new String[TEAMS.length * 2];
      for (int i = 0; i < TEAMS.length; i++) {
        functions[2 * i] = TEAMS[i] + "-api-" + env;
        functions[2 * i + 1] = TEAMS[i] + "-worker-" + env;
      }
      tables = new String[] {
        env + "-orders", env + "-payments", env + "-sessions", env + "-catalog-items", env + "-idempotency-keys",
        env + "-feature-flags"
      };
      stacks = new String[] {
        env + "-network", env + "-data", env + "-orders-service", env + "-payments-service",
        "CDKToolkit", env + "-observability"
      };
      parameters = new String[TEAMS.length * 3];
      for (int i = 0; i < TEAMS.length; i++) {
        parameters[3 * i] = "/" + env + "/" + TEAMS[i] + "/db-host";
        parameters[3 * i + 1] = "/" + env + "/" + TEAMS[i] + "/api-key";
        parameters[3 * i + 2] = "/" + env + "/" + TEAMS[i] + "/feature-config";
      }
      logGroups = new String[TEAMS.length * 2];
      for (int i = 0; i < TEAMS.length; i++) {
        logGroups[2 * i] = "/aws/lambda/" + TEAMS[i] + "-api-" + env;
        logGroups[2 * i + 1] = "/ecs/" + TEAMS[i] + "-" + env;
      }
      databases = new String[] {env + "-orders-db", env + "-payments-db", env + "-analytics"};
      clusters = new Cluster[] {
        new Cluster(env + "-cluster", "1.30", "system-ng", "general-ng-" + ids.hex(8), "gpu-ng"),
        new Cluster(env + "-batch", "1.29", "batch-spot-ng", "batch-ondemand-ng")
      };
    }

    private Role role(IdSource ids, String path, String name, String trustedService) {
      return new Role(ids, id, path, name, trustedService);
    }

    /** An AssumedRole session with its full sessionContext, as CloudTrail writes it today. */
    private Session assumed(IdSource ids, Role role, String sessionName, String ip, String userAgent,
        String invokedBy, boolean console, boolean ec2Delivery) {
      String accessKeyId = "ASIA" + ids.upperAlnum(16);
      String arn = "arn:aws:sts::" + id + ":assumed-role/" + role.name + "/" + sessionName;
      JsonWriter w = new JsonWriter(1024);
      w.beginObject()
          .field("type", "AssumedRole")
          .field("principalId", role.id + ":" + sessionName)
          .field("arn", arn)
          .field("accountId", id)
          .field("accessKeyId", accessKeyId)
          .beginObject("sessionContext")
          .beginObject("sessionIssuer")
          .field("type", "Role")
          .field("principalId", role.id)
          .field("arn", role.arn)
          .field("accountId", id)
          .field("userName", role.name)
          .endObject()
          .emptyObject("webIdFederationData")
          .beginObject("attributes")
          .field("creationDate", EventTimes.iso(RecordGenerator.START - 60 * ids.between(1, 240)))
          .field("mfaAuthenticated", "false")
          .endObject();
      if (ec2Delivery) {
        w.field("ec2RoleDelivery", "2.0");
      }
      w.endObject();
      if (invokedBy != null) {
        w.field("invokedBy", invokedBy);
      }
      w.endObject();
      return new Session(id, w.copy(0), ip, userAgent, accessKeyId, arn, sessionName, console);
    }

    private Session iamUser(IdSource ids, String userName, String ip, String userAgent) {
      String accessKeyId = "AKIA" + ids.upperAlnum(16);
      String arn = "arn:aws:iam::" + id + ":user/" + userName;
      JsonWriter w = new JsonWriter(512);
      w.beginObject()
          .field("type", "IAMUser")
          .field("principalId", "AIDA" + ids.upperAlnum(17))
          .field("arn", arn)
          .field("accountId", id)
          .field("accessKeyId", accessKeyId)
          .field("userName", userName)
          .endObject();
      return new Session(id, w.copy(0), ip, userAgent, accessKeyId, arn, userName, false);
    }

    private static String[] fill(int n, Supplier<String> next) {
      String[] out = new String[n];
      for (int i = 0; i < n; i++) {
        out[i] = next.get();
      }
      return out;
    }
  }
}
