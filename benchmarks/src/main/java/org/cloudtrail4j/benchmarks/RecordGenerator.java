package org.cloudtrail4j.benchmarks;

import java.util.List;
import java.util.Locale;
import org.cloudtrail4j.benchmarks.Pools.Account;
import org.cloudtrail4j.benchmarks.Pools.Cluster;
import org.cloudtrail4j.benchmarks.Pools.Role;
import org.cloudtrail4j.benchmarks.Pools.Session;

/**
 * Writes one realistic CloudTrail record after another, in CloudTrail's field order, with the mix of a busy
 * production trail (per 10,000 records):
 *
 * <ul>
 *   <li>4,000 read-only Describe/List/Get calls over ten services, 80 of them EKS;
 *   <li>2,500 sts AssumeRole: 60% by AWS services, 40% by roles with a full sessionContext;
 *   <li>2,000 S3 object-level data events and KMS crypto calls: resources, additionalEventData, tlsDetails;
 *   <li>1,000 mutating calls of 3-15 KB with nested request and response (RunInstances, RegisterTaskDefinition,
 *       CreateStack...), 20 of them EKS;
 *   <li>500 others: 320 failed calls (errorCode, errorMessage), 40 console sign-ins, 140 AwsServiceEvents.
 * </ul>
 *
 * <p>So {@code eks.amazonaws.com} is exactly 1% of records, and it is the only service between 0.5% and 1.5%:
 * a filter on it selects about 1%. {@code eks.amazonaws.com} also appears as sourceIPAddress, userAgent and
 * invokedBy of other services' records, as it does in real trails, so only a filter that reads eventSource gets it
 * right.
 */
final class RecordGenerator {
  /** 2025-06-01T00:00:00Z: the first record's time. */
  static final long START = 1_748_736_000L;

  private static final int[] MIX = {4000, 2500, 2000, 1000, 500};
  private static final int[] READ_ONLY = {1200, 600, 500, 400, 300, 300, 200, 220, 200, 80};
  private static final int[] DATA = {800, 350, 150, 450, 200, 50};
  private static final int[] MUTATING = {250, 200, 200, 150, 100, 80, 20};
  private static final int[] OTHER = {320, 40, 110, 30};
  private static final int[] ERRORS = {80, 60, 50, 40, 30, 25, 20, 15};

  private static final String[] STACK_PARAMETERS = {
    "VpcId", "SubnetIds", "Environment", "ImageTag", "DesiredCount", "MaxCapacity", "BootstrapVersion",
    "CertificateArn", "HostedZoneId", "AlarmEmail", "DomainName", "LogRetentionDays"
  };

  private static final String MANAGEMENT = "Management";
  private static final String API_CALL = "AwsApiCall";

  private final Pools pools;
  private final IdSource ids;
  private final JsonWriter w = new JsonWriter(1 << 16);
  private long time = START;

  // the record being written
  private Account account;
  private String region;

  RecordGenerator(Pools pools, IdSource ids) {
    this.pools = pools;
    this.ids = ids;
  }

  /** The next record; records advance in time by 0 or 1 s, about two a second. */
  TrailRecord next() {
    time += ids.nextInt(2);
    account = pools.account(ids);
    region = Pools.region(ids);
    w.reset();
    switch (ids.weighted(MIX)) {
      case 0 -> readOnly();
      case 1 -> assumeRole();
      case 2 -> data();
      case 3 -> mutating();
      default -> other();
    }
    return new TrailRecord(w.copy(0), account.id, region, time);
  }

  // ---------------------------------------------------------------------------------------------- the frame

  /** From eventVersion to userAgent. */
  private void head(String eventVersion, byte[] userIdentity, String eventSource, String eventName, String ip,
      String userAgent) {
    w.beginObject()
        .field("eventVersion", eventVersion)
        .name("userIdentity").rawValue(userIdentity)
        .field("eventTime", EventTimes.iso(time))
        .field("eventSource", eventSource)
        .field("eventName", eventName)
        .field("awsRegion", region)
        .field("sourceIPAddress", ip)
        .field("userAgent", userAgent);
  }

  private void head(Session s, String eventSource, String eventName) {
    head("1.11", s.userIdentity, eventSource, eventName, s.sourceIp, s.userAgent);
  }

  /** requestID (if any), eventID, readOnly. */
  private void ids(String requestId, boolean readOnly) {
    if (requestId != null) {
      w.field("requestID", requestId);
    }
    w.field("eventID", ids.uuid()).field("readOnly", readOnly);
  }

  /** From eventType to the end of the record. */
  private void tail(String eventType, boolean managementEvent, String sharedEventId, String vpcEndpointId,
      String category, String tlsHost, boolean console) {
    w.field("eventType", eventType)
        .field("managementEvent", managementEvent)
        .field("recipientAccountId", account.id);
    if (sharedEventId != null) {
      w.field("sharedEventID", sharedEventId);
    }
    if (vpcEndpointId != null) {
      w.field("vpcEndpointId", vpcEndpointId).field("vpcEndpointAccountId", account.id);
    }
    w.field("eventCategory", category);
    if (tlsHost != null) {
      boolean tls13 = ids.percent(75);
      w.beginObject("tlsDetails")
          .field("tlsVersion", tls13 ? "TLSv1.3" : "TLSv1.2")
          .field("cipherSuite", tls13 ? "TLS_AES_128_GCM_SHA256" : "ECDHE-RSA-AES128-GCM-SHA256")
          .field("clientProvidedHostHeader", tlsHost)
          .endObject();
    }
    if (console) {
      w.field("sessionCredentialFromConsole", "true");
    }
    w.endObject();
  }

  /** The common ending of a management API call by {@code s}. */
  private void managementTail(Session s, String service, boolean readOnly) {
    ids(ids.uuid(), readOnly);
    tail(API_CALL, true, null, null, MANAGEMENT, tlsHost(s, service), s.console);
  }

  private String tlsHost(Session s, String service) {
    if (s.sourceIp.endsWith(".amazonaws.com") || s.sourceIp.equals(Pools.AWS_INTERNAL)) {
      return null; // AWS services calling on a principal's behalf: no TLS details
    }
    if (service.equals("iam")) {
      return "iam.amazonaws.com";
    }
    return service + "." + region + ".amazonaws.com";
  }

  /** Who calls, by kind of caller: people, CI, applications, IAM users. */
  private Session caller(int humans, int automation, int apps, int users) {
    List<Session> list = switch (ids.weighted(new int[] {humans, automation, apps, users})) {
      case 0 -> account.humans;
      case 1 -> account.automation;
      case 2 -> account.apps;
      default -> account.iamUsers;
    };
    return list.get(ids.skewed(list.size()));
  }

  private <T> T some(T[] values) {
    return values[ids.skewed(values.length)];
  }

  private String arn(String service, String resource) {
    return "arn:aws:" + service + ":" + region + ":" + account.id + ":" + resource;
  }

  private void resource(String type, String arn, boolean withAccount) {
    w.beginObject();
    if (withAccount) {
      w.field("accountId", account.id);
    }
    w.field("type", type).field("ARN", arn).endObject();
  }

  // ---------------------------------------------------------------------------------------------- read-only

  private void readOnly() {
    switch (ids.weighted(READ_ONLY)) {
      case 0 -> ec2Describe();
      case 1 -> iamRead();
      case 2 -> s3BucketRead();
      case 3 -> monitoringRead();
      case 4 -> lambdaRead();
      case 5 -> ssmRead();
      case 6 -> logsRead();
      case 7 -> dynamodbRead();
      case 8 -> rdsRead();
      default -> eksRead();
    }
  }

  private void ec2Describe() {
    // the EKS cluster role describes the instances, network interfaces and security groups of its clusters
    Session s = ids.percent(10) ? account.eksClusterRole.get(ids.nextInt(account.eksClusterRole.size()))
        : caller(15, 25, 50, 10);
    String name = ids.pick("DescribeInstances", "DescribeSecurityGroups", "DescribeVolumes", "DescribeSubnets",
        "DescribeVpcs", "DescribeInstanceStatus", "DescribeImages", "DescribeNetworkInterfaces", "DescribeTags",
        "DescribeAvailabilityZones");
    head(s, "ec2.amazonaws.com", name);
    w.beginObject("requestParameters");
    switch (name) {
      case "DescribeInstances", "DescribeInstanceStatus" -> {
        w.beginObject("instancesSet");
        if (ids.percent(60)) {
          w.beginArray("items");
          for (int i = ids.between(1, 8); i > 0; i--) {
            w.beginObject().field("instanceId", some(account.instances)).endObject();
          }
          w.endArray();
        }
        w.endObject();
        eksFilter();
        if (name.equals("DescribeInstanceStatus")) {
          w.field("includeAllInstances", true);
        }
      }
      case "DescribeSecurityGroups" -> {
        w.emptyObject("securityGroupSet").beginObject("securityGroupIdSet").beginArray("items");
        for (int i = ids.between(1, 4); i > 0; i--) {
          w.beginObject().field("groupId", some(account.securityGroups)).endObject();
        }
        w.endArray().endObject().emptyObject("filterSet");
      }
      case "DescribeImages" -> w.beginObject("executableBySet").endObject()
          .beginObject("imagesSet").beginArray("items")
          .beginObject().field("imageId", some(account.amis)).endObject()
          .endArray().endObject()
          .beginObject("ownersSet").endObject()
          .field("includeDeprecated", false);
      default -> {
        eksFilter();
        w.field("maxResults", 1000);
      }
    }
    w.endObject().nullField("responseElements");
    managementTail(s, "ec2", true);
  }

  private void eksFilter() {
    w.beginObject("filterSet");
    if (ids.percent(40)) {
      w.beginArray("items").beginObject()
          .field("name", "tag:aws:eks:cluster-name")
          .beginObject("valueSet").beginArray("items")
          .beginObject().field("value", account.clusters[ids.nextInt(account.clusters.length)].name).endObject()
          .endArray().endObject()
          .endObject().endArray();
    }
    w.endObject();
  }

  private void iamRead() {
    Session s = caller(35, 35, 10, 20);
    String name = ids.pick("GetRole", "ListRoles", "GetPolicy", "GetPolicyVersion", "ListAttachedRolePolicies",
        "ListRolePolicies", "GetUser", "ListAccessKeys", "GetAccountSummary");
    region = "us-east-1"; // IAM is global: its calls are logged in us-east-1
    head(s, "iam.amazonaws.com", name);
    Role role = account.serviceRoles.get(ids.skewed(account.serviceRoles.size()));
    switch (name) {
      case "GetRole", "ListAttachedRolePolicies", "ListRolePolicies" ->
          w.beginObject("requestParameters").field("roleName", role.name).endObject();
      case "ListRoles" -> w.beginObject("requestParameters").field("maxItems", 1000).endObject();
      case "GetPolicy" -> w.beginObject("requestParameters")
          .field("policyArn", "arn:aws:iam::aws:policy/" + ids.pick("ReadOnlyAccess", "AmazonEKSClusterPolicy",
              "AmazonS3ReadOnlyAccess", "AWSLambdaBasicExecutionRole"))
          .endObject();
      case "GetPolicyVersion" -> w.beginObject("requestParameters")
          .field("policyArn", "arn:aws:iam::" + account.id + ":policy/" + role.name + "-policy")
          .field("versionId", "v" + ids.between(1, 9))
          .endObject();
      case "GetUser", "ListAccessKeys" -> w.beginObject("requestParameters")
          .field("userName", ids.pick("ci-deployer", "backup-agent", "datadog-integration"))
          .endObject();
      default -> w.nullField("requestParameters");
    }
    w.nullField("responseElements");
    managementTail(s, "iam", true);
  }

  private void s3BucketRead() {
    Session s = caller(30, 30, 30, 10);
    String name = ids.pick("ListBuckets", "GetBucketAcl", "GetBucketPolicy", "GetBucketLocation",
        "GetBucketVersioning", "GetBucketEncryption", "GetBucketTagging", "GetBucketPublicAccessBlock");
    head("1.10", s.userIdentity, "s3.amazonaws.com", name, s.sourceIp, s.console ? Pools.S3_CONSOLE_UA : s.userAgent);
    String bucket = some(account.buckets);
    String host = bucket + ".s3." + region + ".amazonaws.com";
    w.beginObject("requestParameters");
    if (name.equals("ListBuckets")) {
      host = "s3." + region + ".amazonaws.com";
      w.field("Host", host);
    } else {
      String subresource = switch (name) {
        case "GetBucketAcl" -> "acl";
        case "GetBucketPolicy" -> "policy";
        case "GetBucketLocation" -> "location";
        case "GetBucketVersioning" -> "versioning";
        case "GetBucketEncryption" -> "encryption";
        case "GetBucketTagging" -> "tagging";
        default -> "publicAccessBlock";
      };
      w.field("bucketName", bucket).field("Host", host).field(subresource, "");
    }
    w.endObject().nullField("responseElements");
    s3AdditionalEventData(0, ids.between(200, 4000));
    ids(ids.hex(16).toUpperCase(Locale.ROOT), true);
    if (!name.equals("ListBuckets")) {
      w.beginArray("resources");
      resource("AWS::S3::Bucket", "arn:aws:s3:::" + bucket, true);
      w.endArray();
    }
    tail(API_CALL, true, null, null, MANAGEMENT, tlsHost(s, "s3") == null ? null : host, s.console);
  }

  private void s3AdditionalEventData(long in, long out) {
    w.beginObject("additionalEventData")
        .field("SignatureVersion", "SigV4")
        .field("CipherSuite", "TLS_AES_128_GCM_SHA256")
        .field("bytesTransferredIn", in)
        .field("AuthenticationMethod", "AuthHeader")
        .field("x-amz-id-2", ids.base64(76))
        .field("bytesTransferredOut", out)
        .endObject();
  }

  private void monitoringRead() {
    Session s = ids.percent(50) ? account.iamUsers.get(2) : caller(30, 20, 50, 0);
    String name = ids.pick("DescribeAlarms", "GetMetricData", "ListMetrics", "DescribeAlarmHistory");
    head(s, "monitoring.amazonaws.com", name);
    w.beginObject("requestParameters");
    switch (name) {
      case "DescribeAlarms" -> w.field("maxRecords", 100)
          .beginArray("alarmTypes").value("CompositeAlarm").value("MetricAlarm").endArray();
      case "GetMetricData" -> {
        w.beginArray("metricDataQueries");
        for (int i = ids.between(1, 5); i > 0; i--) {
          w.beginObject().field("id", "m" + i)
              .beginObject("metricStat").beginObject("metric")
              .field("namespace", "AWS/EC2").field("metricName", ids.pick("CPUUtilization", "NetworkIn",
                  "NetworkOut", "StatusCheckFailed"))
              .beginArray("dimensions").beginObject().field("name", "InstanceId")
              .field("value", some(account.instances)).endObject().endArray()
              .endObject().field("period", 300).field("stat", "Average").endObject()
              .field("returnData", true).endObject();
        }
        w.endArray()
            .field("startTime", EventTimes.iso(time - 3600))
            .field("endTime", EventTimes.iso(time));
      }
      case "ListMetrics" -> w.field("namespace", ids.pick("AWS/Lambda", "AWS/EC2", "AWS/DynamoDB", "AWS/EKS"));
      default -> w.field("alarmName", some(account.functions) + "-errors").field("maxRecords", 50);
    }
    w.endObject().nullField("responseElements");
    managementTail(s, "monitoring", true);
  }

  private void lambdaRead() {
    Session s = caller(30, 40, 20, 10);
    String name = ids.pick("ListFunctions20150331", "GetFunction20150331v2", "GetPolicy20150331v2",
        "ListEventSourceMappings20150331", "GetFunctionConfiguration20150331v2");
    head(s, "lambda.amazonaws.com", name);
    if (name.equals("ListFunctions20150331")) {
      w.nullField("requestParameters");
    } else {
      w.beginObject("requestParameters").field("functionName", some(account.functions)).endObject();
    }
    w.nullField("responseElements");
    managementTail(s, "lambda", true);
  }

  private void ssmRead() {
    Session s = caller(10, 20, 65, 5);
    String name = ids.pick("GetParameter", "GetParameter", "GetParameters", "GetParametersByPath",
        "DescribeInstanceInformation");
    head(s, "ssm.amazonaws.com", name);
    w.beginObject("requestParameters");
    switch (name) {
      case "GetParameter" -> w.field("name", some(account.parameters)).field("withDecryption", true);
      case "GetParameters" -> {
        w.beginArray("names");
        for (int i = ids.between(2, 6); i > 0; i--) {
          w.value(some(account.parameters));
        }
        w.endArray().field("withDecryption", true);
      }
      case "GetParametersByPath" -> w.field("path", "/" + account.env + "/")
          .field("recursive", true).field("withDecryption", true);
      default -> w.field("maxResults", 50);
    }
    w.endObject().nullField("responseElements");
    managementTail(s, "ssm", true);
  }

  private void logsRead() {
    Session s = caller(40, 20, 30, 10);
    String name = ids.pick("DescribeLogGroups", "DescribeLogStreams", "FilterLogEvents", "DescribeMetricFilters");
    head(s, "logs.amazonaws.com", name);
    w.beginObject("requestParameters");
    switch (name) {
      case "DescribeLogGroups" -> w.field("logGroupNamePrefix", "/aws/lambda/");
      case "DescribeLogStreams" -> w.field("logGroupName", some(account.logGroups))
          .field("orderBy", "LastEventTime").field("descending", true).field("limit", 50);
      case "FilterLogEvents" -> w.field("logGroupName", some(account.logGroups))
          .field("startTime", (time - 900) * 1000).field("endTime", time * 1000)
          .field("filterPattern", "?ERROR ?Exception ?\"Task timed out\"").field("interleaved", true);
      default -> w.field("logGroupName", some(account.logGroups));
    }
    w.endObject().nullField("responseElements");
    managementTail(s, "logs", true);
  }

  private void dynamodbRead() {
    Session s = caller(15, 35, 45, 5);
    String name = ids.pick("DescribeTable", "DescribeTable", "ListTables", "DescribeTimeToLive",
        "DescribeContinuousBackups");
    head(s, "dynamodb.amazonaws.com", name);
    if (name.equals("ListTables")) {
      w.beginObject("requestParameters").field("limit", 100).endObject();
    } else {
      w.beginObject("requestParameters").field("tableName", some(account.tables)).endObject();
    }
    w.nullField("responseElements");
    ids(ids.upperAlnum(52), true);
    if (!name.equals("ListTables")) {
      w.beginArray("resources");
      resource("AWS::DynamoDB::Table", arn("dynamodb", "table/" + some(account.tables)), true);
      w.endArray();
    }
    tail(API_CALL, true, null, null, MANAGEMENT, tlsHost(s, "dynamodb"), s.console);
  }

  private void rdsRead() {
    Session s = caller(30, 30, 20, 20);
    String name = ids.pick("DescribeDBInstances", "DescribeDBClusters", "ListTagsForResource",
        "DescribeDBSnapshots");
    head(s, "rds.amazonaws.com", name);
    String db = some(account.databases);
    switch (name) {
      case "DescribeDBInstances" -> w.beginObject("requestParameters")
          .field("dBInstanceIdentifier", db + "-instance-1").endObject();
      case "ListTagsForResource" -> w.beginObject("requestParameters")
          .field("resourceName", arn("rds", "db:" + db + "-instance-1")).endObject();
      case "DescribeDBSnapshots" -> w.beginObject("requestParameters")
          .field("dBInstanceIdentifier", db + "-instance-1").field("snapshotType", "automated")
          .field("includeShared", false).field("includePublic", false).endObject();
      default -> w.beginObject("requestParameters").field("dBClusterIdentifier", db).endObject();
    }
    w.nullField("responseElements");
    managementTail(s, "rds", true);
  }

  private void eksRead() {
    Session s = caller(45, 45, 10, 0);
    String name = ids.pick("DescribeCluster", "DescribeCluster", "ListClusters", "ListNodegroups",
        "DescribeNodegroup", "ListAddons", "DescribeAddon", "ListAccessEntries");
    String ua = s.console ? s.userAgent : ids.pick(Pools.EKSCTL_UA, Pools.TERRAFORM_UA, s.userAgent);
    head("1.11", s.userIdentity, "eks.amazonaws.com", name, s.sourceIp, ua);
    Cluster c = account.clusters[ids.skewed(account.clusters.length)];
    w.beginObject("requestParameters");
    switch (name) {
      case "ListClusters" -> w.field("maxResults", 100).field("include", "all");
      case "DescribeNodegroup" -> w.field("name", c.name)
          .field("nodegroupName", c.nodegroups[ids.nextInt(c.nodegroups.length)]);
      case "DescribeAddon" -> w.field("name", c.name)
          .field("addonName", ids.pick("vpc-cni", "coredns", "kube-proxy", "aws-ebs-csi-driver"));
      default -> w.field("name", c.name);
    }
    w.endObject().nullField("responseElements");
    managementTail(s, "eks", true);
  }

  // ---------------------------------------------------------------------------------------------- AssumeRole

  private void assumeRole() {
    if (ids.percent(60)) {
      assumeRoleByService();
    } else {
      assumeRoleByRole();
    }
  }

  private void assumeRoleByService() {
    Role role = account.serviceRoles.get(ids.skewed(account.serviceRoles.size()));
    String service = role.trustedService;
    JsonWriter identity = new JsonWriter(96);
    identity.beginObject().field("type", "AWSService").field("invokedBy", service).endObject();
    head("1.08", identity.copy(0), "sts.amazonaws.com", "AssumeRole", service, service);
    String sessionName = switch (service) {
      case "lambda.amazonaws.com" -> "awslambda_" + ids.between(1, 999) + "_" + EventTimes.fileStamp(time)
          .replace("T", "").replace("Z", "") + ids.digits(5);
      case "ec2.amazonaws.com" -> "i-0" + ids.hex(16);
      case "ecs-tasks.amazonaws.com" -> ids.hex(32);
      case "eks.amazonaws.com" -> "aws-go-sdk-17" + ids.digits(11);
      case "autoscaling.amazonaws.com" -> "AutoScaling";
      case "config.amazonaws.com" -> "AWSConfig-Describe";
      default -> "AWSCloudFormation";
    };
    w.beginObject("requestParameters")
        .field("roleArn", role.arn)
        .field("roleSessionName", sessionName);
    if (service.equals("ec2.amazonaws.com")) {
      w.field("durationSeconds", 21600);
    }
    w.endObject();
    credentials(role, sessionName, false);
    ids(ids.uuid(), true);
    w.beginArray("resources");
    resource("AWS::IAM::Role", role.arn, true);
    w.endArray();
    tail(API_CALL, true, ids.uuid(), null, MANAGEMENT, null, false);
  }

  private void assumeRoleByRole() {
    boolean crossAccount = ids.percent(15) && account.crossAccountCallers != account.humans;
    Session s = crossAccount
        ? account.crossAccountCallers.get(ids.skewed(account.crossAccountCallers.size()))
        : caller(50, 50, 0, 0);
    Role role = account.assumableRoles.get(ids.skewed(account.assumableRoles.size()));
    head(s, "sts.amazonaws.com", "AssumeRole");
    String sessionName = s.sessionName.replace('@', '.');
    boolean sourceIdentity = ids.percent(30);
    w.beginObject("requestParameters")
        .field("roleArn", role.arn)
        .field("roleSessionName", sessionName)
        .field("durationSeconds", 3600);
    if (sourceIdentity) {
      w.field("sourceIdentity", s.sessionName);
    }
    if (ids.percent(20)) {
      w.beginArray("tags")
          .beginObject().field("key", "team").field("value", ids.pick("platform", "payments", "orders")).endObject()
          .beginObject().field("key", "ticket").field("value", "OPS-" + ids.between(1000, 9999)).endObject()
          .endArray()
          .beginArray("transitiveTagKeys").value("team").endArray();
    }
    w.endObject();
    credentials(role, sessionName, true);
    ids(ids.uuid(), true);
    w.beginArray("resources");
    resource("AWS::IAM::Role", role.arn, true);
    w.endArray();
    tail(API_CALL, true, crossAccount ? ids.uuid() : null, null, MANAGEMENT, "sts." + region + ".amazonaws.com",
        s.console);
  }

  private void credentials(Role role, String sessionName, boolean assumedRoleUser) {
    w.beginObject("responseElements")
        .beginObject("credentials")
        .field("accessKeyId", "ASIA" + ids.upperAlnum(16))
        .field("sessionToken", "IQoJb3JpZ2luX2Vj" + ids.base64(ids.between(400, 900)))
        .field("expiration", EventTimes.stsExpiration(time + 3600))
        .endObject();
    if (assumedRoleUser) {
      w.beginObject("assumedRoleUser")
          .field("assumedRoleId", role.id + ":" + sessionName)
          .field("arn", "arn:aws:sts::" + role.accountId + ":assumed-role/" + role.name + "/" + sessionName)
          .endObject();
    }
    w.endObject();
  }

  // ---------------------------------------------------------------------------------------------- data events

  private void data() {
    switch (ids.weighted(DATA)) {
      case 0 -> s3Object("GetObject");
      case 1 -> s3Object("PutObject");
      case 2 -> s3Object("HeadObject");
      case 3 -> kms("Decrypt");
      case 4 -> kms("GenerateDataKey");
      default -> kms("Encrypt");
    }
  }

  private String objectKey() {
    return switch (ids.nextInt(6)) {
      case 0 -> "raw/events/year=2025/month=06/day=0" + ids.between(1, 3) + "/part-"
          + ids.digits(5) + "-" + ids.uuid() + ".c000.snappy.parquet";
      case 1 -> "assets/img/products/" + ids.digits(8) + "/" + ids.pick("thumb", "large", "original") + ".jpg";
      case 2 -> "exports/" + account.env + "/" + EventTimes.datePath(time) + "/report-" + ids.hex(8) + ".csv.gz";
      case 3 -> "tfstate/" + account.env + "/" + ids.pick("network", "data", "eks", "iam") + "/terraform.tfstate";
      case 4 -> "uploads/" + ids.uuid() + "/" + ids.pick("invoice.pdf", "Übersicht Q2.pdf", "photo 1.png",
          "résumé.docx", "data.json");
      default -> "AWSLogs/" + account.id + "/elasticloadbalancing/" + region + "/" + EventTimes.datePath(time) + "/"
          + account.id + "_elasticloadbalancing_" + region + "_app.prod-alb." + ids.hex(16) + "_"
          + EventTimes.fileStamp(time) + "_" + ids.ipv4(10) + "_" + ids.alnum(8) + ".log.gz";
    };
  }

  private void s3Object(String name) {
    Session s = caller(10, 10, 70, 10);
    String bucket = some(account.buckets);
    String key = objectKey();
    String host = bucket + ".s3." + region + ".amazonaws.com";
    boolean read = !name.equals("PutObject");
    head("1.10", s.userIdentity, "s3.amazonaws.com", name, s.sourceIp, s.console ? Pools.S3_CONSOLE_UA : s.userAgent);
    w.beginObject("requestParameters").field("bucketName", bucket).field("Host", host).field("key", key);
    if (!read && ids.percent(40)) {
      w.field("x-amz-server-side-encryption", "aws:kms")
          .field("x-amz-server-side-encryption-aws-kms-key-id", arn("kms", "key/" + some(account.kmsKeys)));
    }
    w.endObject();
    if (read) {
      w.nullField("responseElements");
    } else {
      w.beginObject("responseElements")
          .field("x-amz-server-side-encryption", "AES256")
          .field("x-amz-version-id", ids.alnum(32))
          .endObject();
    }
    long size = ids.between(120, 4_000_000);
    s3AdditionalEventData(read ? 0 : size, read && !name.equals("HeadObject") ? size : 0);
    ids(ids.hex(16).toUpperCase(Locale.ROOT), read);
    w.beginArray("resources");
    resource("AWS::S3::Object", "arn:aws:s3:::" + bucket + "/" + key, false);
    resource("AWS::S3::Bucket", "arn:aws:s3:::" + bucket, true);
    w.endArray();
    String vpce = s.sourceIp.startsWith("10.") ? "vpce-0" + ids.hex(16) : null;
    tail(API_CALL, false, null, vpce, "Data", tlsHost(s, "s3") == null ? null : host, s.console);
  }

  private void kms(String name) {
    Session s = caller(5, 15, 75, 5);
    // half of KMS calls are made by AWS services for the principal (S3 SSE-KMS, Lambda environment): "AWS Internal"
    boolean internal = ids.percent(50);
    String keyArn = arn("kms", "key/" + some(account.kmsKeys));
    head("1.11", s.userIdentity, "kms.amazonaws.com", name, internal ? Pools.AWS_INTERNAL : s.sourceIp,
        internal ? Pools.AWS_INTERNAL : s.userAgent);
    w.beginObject("requestParameters");
    if (!name.equals("Decrypt")) {
      w.field("keyId", ids.percent(50) ? keyArn : "alias/" + account.env + "-" + ids.pick("data", "app", "logs"));
    }
    w.beginObject("encryptionContext");
    switch (ids.nextInt(3)) {
      case 0 -> w.field("aws:s3:arn", "arn:aws:s3:::" + some(account.buckets) + "/" + objectKey());
      case 1 -> w.field("aws:lambda:FunctionArn", arn("lambda", "function:" + some(account.functions)));
      default -> w.field("aws:dynamodb:tableName", some(account.tables)).field("aws:dynamodb:subscriberId",
          account.id);
    }
    w.endObject();
    if (name.equals("GenerateDataKey")) {
      w.field("keySpec", "AES_256");
    } else {
      w.field("encryptionAlgorithm", "SYMMETRIC_DEFAULT");
    }
    w.endObject().nullField("responseElements");
    ids(ids.uuid(), true);
    w.beginArray("resources");
    resource("AWS::KMS::Key", keyArn, true);
    w.endArray();
    tail(API_CALL, true, null, null, MANAGEMENT, internal ? null : tlsHost(s, "kms"), s.console);
  }

  // ---------------------------------------------------------------------------------------------- mutating

  private void mutating() {
    // about the size of the whole record, in bytes: each kind sizes its repeated parts from it
    int target = ids.between(3000, 14000);
    switch (ids.weighted(MUTATING)) {
      case 0 -> runInstances(target);
      case 1 -> registerTaskDefinition(target);
      case 2 -> createStack(target);
      case 3 -> iamPolicy(target);
      case 4 -> lambdaFunction(target);
      case 5 -> authorizeIngress(target);
      default -> eksNodegroup(target);
    }
  }

  private void runInstances(int target) {
    boolean autoscaling = ids.percent(40);
    Session s = autoscaling ? account.autoscaling : caller(10, 60, 20, 10);
    head(s, "ec2.amazonaws.com", "RunInstances");
    int count = 1 + (target - 3000) / 3000;
    String subnet = some(account.subnets);
    String sg = some(account.securityGroups);
    String ami = some(account.amis);
    String type = ids.pick("m6i.large", "m6i.xlarge", "c6g.2xlarge", "t3.medium", "r6i.large");
    String template = "lt-0" + ids.hex(16);
    Cluster cluster = account.clusters[ids.nextInt(account.clusters.length)];
    w.beginObject("requestParameters")
        .beginObject("instancesSet").beginArray("items").beginObject()
        .field("imageId", ami).field("minCount", count).field("maxCount", count)
        .endObject().endArray().endObject()
        .field("userData", "<sensitiveDataRemoved>")
        .field("instanceType", type)
        .beginObject("blockDeviceMapping").beginArray("items").beginObject()
        .field("deviceName", "/dev/xvda")
        .beginObject("ebs").field("volumeSize", 80).field("deleteOnTermination", true).field("volumeType", "gp3")
        .field("encrypted", true).endObject()
        .endObject().endArray().endObject()
        .beginObject("monitoring").field("enabled", false).endObject()
        .field("disableApiTermination", false)
        .field("disableApiStop", false)
        .field("clientToken", ids.uuid())
        .beginObject("networkInterfaceSet").beginArray("items").beginObject()
        .field("deviceIndex", 0).field("subnetId", subnet)
        .beginObject("groupSet").beginArray("items").beginObject().field("groupId", sg).endObject().endArray()
        .endObject()
        .endObject().endArray().endObject()
        .beginObject("launchTemplate").field("launchTemplateId", template).field("version", "" + ids.between(1, 20))
        .endObject()
        .beginObject("tagSpecificationSet").beginArray("items").beginObject()
        .field("resourceType", "instance")
        .beginArray("tags")
        .beginObject().field("key", "Name").field("value", cluster.name + "-" + cluster.nodegroups[0]).endObject()
        .beginObject().field("key", "eks:cluster-name").field("value", cluster.name).endObject()
        .beginObject().field("key", "eks:nodegroup-name").field("value", cluster.nodegroups[0]).endObject()
        .beginObject().field("key", "kubernetes.io/cluster/" + cluster.name).field("value", "owned").endObject()
        .endArray()
        .endObject().endArray().endObject()
        .endObject();
    String reservation = "r-0" + ids.hex(16);
    w.beginObject("responseElements")
        .field("requestId", ids.uuid())
        .field("reservationId", reservation)
        .field("ownerId", account.id)
        .emptyObject("groupSet")
        .beginObject("instancesSet").beginArray("items");
    for (int i = 0; i < count; i++) {
      instance(ami, type, subnet, sg, template, cluster, i);
    }
    w.endArray().endObject()
        .field("requesterId", "9404" + ids.digits(8))
        .endObject();
    managementTail(s, "ec2", false);
  }

  private void instance(String ami, String type, String subnet, String sg, String template, Cluster cluster,
      int index) {
    String instanceId = "i-0" + ids.hex(16);
    String ip = "10." + ids.between(0, 31) + "." + ids.nextInt(256) + "." + ids.between(1, 254);
    String dns = "ip-" + ip.replace('.', '-') + "." + region + ".compute.internal";
    long launch = time * 1000;
    w.beginObject()
        .field("instanceId", instanceId)
        .field("imageId", ami)
        .beginObject("instanceState").field("code", 0).field("name", "pending").endObject()
        .field("privateDnsName", dns)
        .field("amiLaunchIndex", index)
        .emptyObject("productCodes")
        .field("instanceType", type)
        .field("launchTime", launch)
        .beginObject("placement").field("availabilityZone", region + ids.pick("a", "b", "c"))
        .field("tenancy", "default").endObject()
        .beginObject("monitoring").field("state", "disabled").endObject()
        .field("subnetId", subnet)
        .field("vpcId", account.vpcs[0])
        .field("privateIpAddress", ip)
        .beginObject("stateReason").field("code", "pending").field("message", "pending").endObject()
        .field("architecture", type.startsWith("c6g") ? "arm64" : "x86_64")
        .field("rootDeviceType", "ebs")
        .field("rootDeviceName", "/dev/xvda")
        .emptyObject("blockDeviceMapping")
        .field("virtualizationType", "hvm")
        .field("clientToken", ids.uuid())
        .beginObject("tagSet").beginArray("items")
        .beginObject().field("key", "eks:cluster-name").field("value", cluster.name).endObject()
        .beginObject().field("key", "aws:ec2launchtemplate:id").field("value", template).endObject()
        .beginObject().field("key", "aws:autoscaling:groupName").field("value", "eks-" + cluster.nodegroups[0] + "-"
            + ids.uuid()).endObject()
        .endArray().endObject()
        .beginObject("groupSet").beginArray("items").beginObject().field("groupId", sg)
        .field("groupName", "eks-cluster-sg-" + cluster.name + "-" + ids.digits(9)).endObject().endArray().endObject()
        .field("sourceDestCheck", true)
        .field("hypervisor", "xen")
        .beginObject("networkInterfaceSet").beginArray("items").beginObject()
        .field("networkInterfaceId", "eni-0" + ids.hex(16))
        .field("subnetId", subnet)
        .field("vpcId", account.vpcs[0])
        .field("ownerId", account.id)
        .field("status", "in-use")
        .field("macAddress", ids.hex(2) + ":" + ids.hex(2) + ":" + ids.hex(2) + ":" + ids.hex(2) + ":" + ids.hex(2)
            + ":" + ids.hex(2))
        .field("privateIpAddress", ip)
        .field("privateDnsName", dns)
        .field("sourceDestCheck", true)
        .field("interfaceType", "interface")
        .beginObject("attachment").field("attachmentId", "eni-attach-0" + ids.hex(16)).field("deviceIndex", 0)
        .field("networkCardIndex", 0).field("status", "attaching").field("attachTime", launch)
        .field("deleteOnTermination", true).endObject()
        .beginObject("privateIpAddressesSet").beginArray("item").beginObject()
        .field("privateIpAddress", ip).field("privateDnsName", dns).field("primary", true)
        .endObject().endArray().endObject()
        .emptyObject("ipv6AddressesSet")
        .emptyObject("tagSet")
        .endObject().endArray().endObject()
        .beginObject("iamInstanceProfile").field("arn", "arn:aws:iam::" + account.id + ":instance-profile/eks-"
            + ids.hex(8) + "-" + ids.hex(4)).field("id", "AIPA" + ids.upperAlnum(17)).endObject()
        .field("ebsOptimized", true)
        .field("enaSupport", true)
        .beginObject("cpuOptions").field("coreCount", 1).field("threadsPerCore", 2).endObject()
        .beginObject("capacityReservationSpecification").field("capacityReservationPreference", "open").endObject()
        .beginObject("enclaveOptions").field("enabled", false).endObject()
        .beginObject("metadataOptions").field("state", "pending").field("httpTokens", "required")
        .field("httpPutResponseHopLimit", 2).field("httpEndpoint", "enabled").field("httpProtocolIpv4", "enabled")
        .field("httpProtocolIpv6", "disabled").field("instanceMetadataTags", "disabled").endObject()
        .beginObject("maintenanceOptions").field("autoRecovery", "default").endObject()
        .field("bootMode", "uefi-preferred")
        .field("currentInstanceBootMode", "legacy-bios")
        .beginObject("privateDnsNameOptions").field("hostnameType", "ip-name")
        .field("enableResourceNameDnsARecord", false).field("enableResourceNameDnsAAAARecord", false).endObject()
        .endObject();
  }

  private void registerTaskDefinition(int target) {
    Session s = caller(10, 75, 5, 10);
    head(s, "ecs.amazonaws.com", "RegisterTaskDefinition");
    String family = ids.pick("orders", "payments", "search", "catalog") + "-" + account.env;
    int containers = 1 + (target - 3000) / 2800;
    w.beginObject("requestParameters").field("family", family);
    containerDefinitions(family, containers);
    w.field("taskRoleArn", "arn:aws:iam::" + account.id + ":role/payments-task-role")
        .field("executionRoleArn", "arn:aws:iam::" + account.id + ":role/ecsTaskExecutionRole")
        .field("networkMode", "awsvpc")
        .beginArray("requiresCompatibilities").value("FARGATE").endArray()
        .field("cpu", "1024").field("memory", "2048")
        .endObject();
    int revision = ids.between(1, 400);
    w.beginObject("responseElements").beginObject("taskDefinition")
        .field("taskDefinitionArn", arn("ecs", "task-definition/" + family + ":" + revision))
        .field("family", family)
        .field("revision", revision)
        .field("status", "ACTIVE")
        .field("registeredAt", EventTimes.iso(time).replace("Z", ".123Z"))
        .field("registeredBy", s.arn);
    containerDefinitions(family, containers);
    w.endObject().endObject();
    managementTail(s, "ecs", false);
  }

  private void containerDefinitions(String family, int containers) {
    w.beginArray("containerDefinitions");
    for (int c = 0; c < containers; c++) {
      String name = c == 0 ? family : ids.pick("datadog-agent", "envoy", "log-router", "otel-collector") + "-" + c;
      w.beginObject()
          .field("name", name)
          .field("image", account.id + ".dkr.ecr." + region + ".amazonaws.com/" + name + ":" + ids.hex(12))
          .field("cpu", 0)
          .beginArray("portMappings").beginObject().field("containerPort", 8080).field("hostPort", 8080)
          .field("protocol", "tcp").endObject().endArray()
          .field("essential", c == 0)
          .beginArray("environment");
      for (int e = 0; e < 8; e++) {
        w.beginObject().field("name", ids.pick("SPRING_PROFILES_ACTIVE", "DD_ENV", "DD_SERVICE", "LOG_LEVEL",
            "AWS_REGION", "OTEL_EXPORTER_OTLP_ENDPOINT", "JAVA_TOOL_OPTIONS", "FEATURE_FLAGS") + "_" + e)
            .field("value", ids.pick(account.env, "info", "-XX:MaxRAMPercentage=75", "http://localhost:4317",
                region))
            .endObject();
      }
      w.endArray()
          .emptyObject("mountPoints")
          .beginArray("secrets").beginObject().field("name", "DB_PASSWORD")
          .field("valueFrom", arn("ssm", "parameter/" + account.env + "/" + family + "/db-password")).endObject()
          .endArray()
          .beginObject("logConfiguration").field("logDriver", "awslogs").beginObject("options")
          .field("awslogs-group", "/ecs/" + family).field("awslogs-region", region)
          .field("awslogs-stream-prefix", name).endObject().endObject()
          .beginObject("healthCheck").beginArray("command").value("CMD-SHELL")
          .value("curl -f http://localhost:8080/actuator/health || exit 1").endArray()
          .field("interval", 30).field("timeout", 5).field("retries", 3).endObject()
          .endObject();
    }
    w.endArray();
  }

  private void createStack(int target) {
    Session s = caller(15, 80, 0, 5);
    String name = ids.pick("CreateStack", "UpdateStack");
    head(s, "cloudformation.amazonaws.com", name);
    String stack = some(account.stacks);
    int pairs = (target - 1000) / 170;
    w.beginObject("requestParameters")
        .field("stackName", stack)
        .field("templateURL", "https://s3." + region + ".amazonaws.com/cdk-hnb659fds-assets-" + account.id + "-"
            + region + "/" + ids.hex(64) + ".json")
        .beginArray("parameters");
    for (int i = 0; i < pairs; i++) {
      String key = STACK_PARAMETERS[i % STACK_PARAMETERS.length];
      w.beginObject().field("parameterKey", i < STACK_PARAMETERS.length ? key : key + (i / STACK_PARAMETERS.length));
      switch (key) {
        case "VpcId" -> w.field("parameterValue", account.vpcs[0]);
        case "SubnetIds" -> w.field("parameterValue", account.subnets[0] + "," + account.subnets[1] + ","
            + account.subnets[2]);
        case "Environment" -> w.field("parameterValue", account.env);
        case "ImageTag" -> w.field("parameterValue", ids.hex(12));
        case "DesiredCount", "MaxCapacity" -> w.field("parameterValue", "" + ids.between(2, 24));
        case "BootstrapVersion" -> w.field("parameterValue", "/cdk-bootstrap/hnb659fds/version")
            .field("usePreviousValue", false);
        case "CertificateArn" -> w.field("parameterValue", "arn:aws:acm:" + region + ":" + account.id
            + ":certificate/" + account.kmsKeys[0]);
        default -> w.field("usePreviousValue", true);
      }
      w.endObject();
    }
    w.endArray()
        .beginArray("capabilities").value("CAPABILITY_IAM").value("CAPABILITY_NAMED_IAM")
        .value("CAPABILITY_AUTO_EXPAND").endArray()
        .field("roleARN", "arn:aws:iam::" + account.id + ":role/cloudformation-exec-role")
        .beginArray("tags");
    for (int i = 0; i < pairs; i++) {
      w.beginObject().field("key", "acme:" + ids.pick("team", "cost-center", "owner", "data-class", "service") + ":"
          + i).field("value", ids.pick("platform", "payments", "orders", "shared", "internal", "confidential"))
          .endObject();
    }
    w.endArray()
        .endObject()
        .beginObject("responseElements")
        .field("stackId", arn("cloudformation", "stack/" + stack + "/" + ids.uuid()))
        .endObject();
    managementTail(s, "cloudformation", false);
  }

  private void iamPolicy(int target) {
    Session s = caller(20, 75, 0, 5);
    String name = ids.pick("CreatePolicy", "PutRolePolicy", "CreatePolicyVersion");
    region = "us-east-1";
    head(s, "iam.amazonaws.com", name);
    Role role = account.serviceRoles.get(ids.nextInt(account.serviceRoles.size()));
    // IAM writes the policy document as it was sent: a JSON document inside a string, newlines and all
    StringBuilder doc = new StringBuilder(target);
    doc.append("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [");
    int statements = (target - 600) / 480;
    for (int i = 0; i < statements; i++) {
      String service = ids.pick("s3", "dynamodb", "kms", "sqs", "logs");
      doc.append(i == 0 ? "\n" : ",\n")
          .append("    {\n      \"Sid\": \"Allow").append(service.toUpperCase(Locale.ROOT)).append(i)
          .append("\",\n      \"Effect\": \"Allow\",\n      \"Action\": [\n        \"").append(service)
          .append(":Get*\",\n        \"").append(service).append(":List*\",\n        \"").append(service)
          .append(":Describe*\"\n      ],\n      \"Resource\": [\n        \"arn:aws:").append(service).append(':')
          .append(region).append(':').append(account.id).append(":").append(some(account.tables)).append("/*\"\n")
          .append("      ],\n      \"Condition\": {\"StringEquals\": {\"aws:ResourceTag/team\": \"")
          .append(ids.pick("orders", "payments", "search")).append("\"}}\n    }");
    }
    doc.append("\n  ]\n}");
    String policyName = role.name + "-inline-" + ids.digits(3);
    w.beginObject("requestParameters");
    switch (name) {
      case "PutRolePolicy" -> w.field("roleName", role.name).field("policyName", policyName)
          .field("policyDocument", doc.toString());
      case "CreatePolicy" -> w.field("policyName", policyName).field("policyDocument", doc.toString())
          .field("path", "/");
      default -> w.field("policyArn", "arn:aws:iam::" + account.id + ":policy/" + policyName)
          .field("policyDocument", doc.toString()).field("setAsDefault", true);
    }
    w.endObject();
    if (name.equals("PutRolePolicy")) {
      w.nullField("responseElements");
    } else {
      w.beginObject("responseElements").beginObject(name.equals("CreatePolicy") ? "policy" : "policyVersion");
      if (name.equals("CreatePolicy")) {
        w.field("policyName", policyName).field("policyId", "ANPA" + ids.upperAlnum(17))
            .field("arn", "arn:aws:iam::" + account.id + ":policy/" + policyName).field("path", "/")
            .field("defaultVersionId", "v1").field("attachmentCount", 0).field("permissionsBoundaryUsageCount", 0)
            .field("isAttachable", true).field("createDate", EventTimes.stsExpiration(time))
            .field("updateDate", EventTimes.stsExpiration(time));
      } else {
        w.field("versionId", "v" + ids.between(2, 5)).field("isDefaultVersion", true)
            .field("createDate", EventTimes.stsExpiration(time));
      }
      w.endObject().endObject();
    }
    managementTail(s, "iam", false);
  }

  private void lambdaFunction(int target) {
    Session s = caller(10, 80, 0, 10);
    String name = ids.pick("CreateFunction20150331", "UpdateFunctionConfiguration20150331v2");
    head(s, "lambda.amazonaws.com", name);
    String fn = some(account.functions);
    int tags = Math.max(12, Math.min(50, (target - 2000) / 60));
    w.beginObject("requestParameters").field("functionName", fn);
    if (name.startsWith("Create")) {
      w.field("runtime", "python3.12").field("role", "arn:aws:iam::" + account.id + ":role/service-role/"
          + fn + "-role").field("handler", "app.handler")
          .beginObject("code").field("s3Bucket", account.buckets[5]).field("s3Key", ids.hex(64) + ".zip").endObject()
          .field("publish", true);
    }
    w.field("timeout", 30).field("memorySize", 1024)
        .field("environment", "<sensitiveDataRemoved>")
        .beginObject("vpcConfig").beginArray("subnetIds");
    for (int i = 0; i < 3; i++) {
      w.value(account.subnets[i]);
    }
    w.endArray().beginArray("securityGroupIds").value(some(account.securityGroups)).endArray().endObject()
        .beginArray("layers")
        .value(arn("lambda", "layer:AWS-Parameters-and-Secrets-Lambda-Extension:11"))
        .value("arn:aws:lambda:" + region + ":464622532012:layer:Datadog-Python312:98")
        .endArray()
        .beginObject("tags");
    for (int i = 0; i < tags; i++) {
      w.field("tag-" + i, ids.pick("orders", "payments", "platform", account.env) + "-" + ids.digits(3));
    }
    w.endObject().endObject();
    w.beginObject("responseElements")
        .field("functionName", fn)
        .field("functionArn", arn("lambda", "function:" + fn))
        .field("runtime", "python3.12")
        .field("role", "arn:aws:iam::" + account.id + ":role/service-role/" + fn + "-role")
        .field("handler", "app.handler")
        .field("codeSize", ids.between(10_000, 50_000_000))
        .field("description", "")
        .field("timeout", 30)
        .field("memorySize", 1024)
        .field("lastModified", EventTimes.iso(time).replace("Z", ".000+0000"))
        .field("codeSha256", ids.base64(43) + "=")
        .field("version", "$LATEST")
        .beginObject("vpcConfig").beginArray("subnetIds");
    for (int i = 0; i < 3; i++) {
      w.value(account.subnets[i]);
    }
    w.endArray().beginArray("securityGroupIds").value(some(account.securityGroups)).endArray()
        .field("vpcId", account.vpcs[0]).field("ipv6AllowedForDualStack", false).endObject()
        .beginObject("environment").beginObject("variables").endObject().endObject()
        .beginObject("tracingConfig").field("mode", "PassThrough").endObject()
        .field("revisionId", ids.uuid())
        .field("state", "Pending")
        .field("stateReason", "The function is being created.")
        .field("stateReasonCode", "Creating")
        .field("packageType", "Zip")
        .beginArray("architectures").value("x86_64").endArray()
        .beginObject("ephemeralStorage").field("size", 512).endObject()
        .beginObject("snapStart").field("applyOn", "None").field("optimizationStatus", "Off").endObject()
        .beginObject("runtimeVersionConfig").field("runtimeVersionArn", "arn:aws:lambda:" + region
            + "::runtime:" + ids.hex(64)).endObject()
        .beginObject("loggingConfig").field("logFormat", "Text").field("logGroup", "/aws/lambda/" + fn).endObject()
        .endObject();
    managementTail(s, "lambda", false);
  }

  private void authorizeIngress(int target) {
    Session s = caller(20, 70, 0, 10);
    head(s, "ec2.amazonaws.com", "AuthorizeSecurityGroupIngress");
    String sg = some(account.securityGroups);
    int rules = (target - 700) / 390;
    w.beginObject("requestParameters").field("groupId", sg).beginObject("ipPermissions").beginArray("items");
    for (int i = 0; i < rules; i++) {
      int port = ids.pick(443, 80, 8080, 5432, 6379, 22);
      w.beginObject().field("ipProtocol", "tcp").field("fromPort", port).field("toPort", port)
          .emptyObject("groups")
          .beginObject("ipRanges").beginArray("items").beginObject().field("cidrIp", "10." + ids.nextInt(32)
              + ".0.0/16").field("description", "allow from " + ids.pick("vpn", "office", "peering", "eks nodes"))
          .endObject().endArray().endObject()
          .emptyObject("ipv6Ranges").emptyObject("prefixListIds")
          .endObject();
    }
    w.endArray().endObject().endObject();
    w.beginObject("responseElements").field("requestId", ids.uuid()).field("_return", true)
        .beginObject("securityGroupRuleSet").beginArray("items");
    for (int i = 0; i < rules; i++) {
      w.beginObject().field("groupOwnerId", account.id).field("groupId", sg)
          .field("securityGroupRuleId", "sgr-0" + ids.hex(16)).field("isEgress", false)
          .field("ipProtocol", "tcp").field("fromPort", 443).field("toPort", 443)
          .field("cidrIpv4", "10." + ids.nextInt(32) + ".0.0/16").endObject();
    }
    w.endArray().endObject().endObject();
    managementTail(s, "ec2", false);
  }

  private void eksNodegroup(int target) {
    Session s = caller(20, 80, 0, 0);
    String name = ids.pick("CreateNodegroup", "UpdateNodegroupConfig");
    head("1.11", s.userIdentity, "eks.amazonaws.com", name, s.sourceIp, ids.pick(Pools.EKSCTL_UA,
        Pools.TERRAFORM_UA));
    Cluster c = account.clusters[ids.nextInt(account.clusters.length)];
    String ng = c.nodegroups[ids.nextInt(c.nodegroups.length)];
    int labels = name.equals("CreateNodegroup") ? (target - 2200) / 70 : (target - 1500) / 91;
    w.beginObject("requestParameters").field("name", c.name)
        .field("nodegroupName", ng).field("clientRequestToken", ids.uuid())
        .beginObject("scalingConfig").field("minSize", 2).field("maxSize", 20).field("desiredSize", 3).endObject()
        .beginObject("labels");
    for (int i = 0; i < labels; i++) {
      w.field("acme.io/label-" + i, ids.pick("general", "spot", "gpu", account.env));
    }
    w.endObject();
    if (name.equals("CreateNodegroup")) {
      w.beginArray("subnets");
      for (int i = 0; i < 3; i++) {
        w.value(account.subnets[i]);
      }
      w.endArray().field("nodeRole", "arn:aws:iam::" + account.id + ":role/eks-" + account.env + "-node-role")
          .beginArray("instanceTypes").value("m6i.large").value("m6a.large").endArray()
          .field("amiType", "AL2023_x86_64_STANDARD").field("capacityType", "ON_DEMAND");
    }
    w.endObject();
    w.beginObject("responseElements");
    if (name.equals("CreateNodegroup")) {
      w.beginObject("nodegroup").field("nodegroupName", ng)
          .field("nodegroupArn", arn("eks", "nodegroup/" + c.name + "/" + ng + "/" + ids.uuid()))
          .field("clusterName", c.name).field("version", c.version)
          .field("releaseVersion", c.version + ".0-20250601").field("createdAt", time + ".456")
          .field("modifiedAt", time + ".456").field("status", "CREATING").field("capacityType", "ON_DEMAND")
          .beginObject("scalingConfig").field("minSize", 2).field("maxSize", 20).field("desiredSize", 3).endObject()
          .beginArray("instanceTypes").value("m6i.large").value("m6a.large").endArray()
          .beginArray("subnets");
      for (int i = 0; i < 3; i++) {
        w.value(account.subnets[i]);
      }
      w.endArray().field("amiType", "AL2023_x86_64_STANDARD")
          .field("nodeRole", "arn:aws:iam::" + account.id + ":role/eks-" + account.env + "-node-role")
          .beginObject("labels");
      for (int i = 0; i < labels; i++) {
        w.field("acme.io/label-" + i, ids.pick("general", "spot", "gpu", account.env));
      }
      w.endObject().beginObject("health").beginArray("issues").endArray().endObject()
          .beginObject("updateConfig").field("maxUnavailable", 1).endObject().emptyObject("tags").endObject();
    } else {
      w.beginObject("update").field("id", ids.uuid()).field("status", "InProgress")
          .field("type", "ConfigUpdate").beginArray("params");
      for (int i = 0; i < labels; i++) {
        w.beginObject().field("type", "LabelsToAdd").field("value", "{\"acme.io/label-" + i + "\":\""
            + ids.pick("general", "spot", "gpu") + "\"}").endObject();
      }
      w.endArray().field("createdAt", time + ".789").beginArray("errors").endArray().endObject();
    }
    w.endObject();
    managementTail(s, "eks", false);
  }

  // ---------------------------------------------------------------------------------------------- the rest

  private void other() {
    switch (ids.weighted(OTHER)) {
      case 0 -> error();
      case 1 -> consoleLogin();
      case 2 -> kmsRotation();
      default -> backupJob();
    }
  }

  private void error() {
    Session s = caller(30, 30, 30, 10);
    String service;
    String name;
    String code;
    String message;
    switch (ids.weighted(ERRORS)) {
      case 0 -> {
        service = "ec2";
        name = ids.pick("RunInstances", "TerminateInstances", "CreateSnapshot");
        code = "Client.UnauthorizedOperation";
        message = "You are not authorized to perform this operation. User: " + s.arn
            + " is not authorized to perform: ec2:" + name + " on resource: " + arn("ec2", "instance/*")
            + " because no identity-based policy allows the ec2:" + name + " action. Encoded authorization failure"
            + " message: " + ids.base64(ids.between(600, 1200));
      }
      case 1 -> {
        service = "s3";
        name = ids.pick("GetObject", "PutObject", "ListObjects");
        code = "AccessDenied";
        message = "Access Denied";
      }
      case 2 -> {
        service = "iam";
        name = "GetRole";
        code = "NoSuchEntityException";
        message = "The role with name " + ids.pick("legacy-deployer", "old-ci-role", "tmp-admin")
            + " cannot be found.";
      }
      case 3 -> {
        service = "sts";
        name = "AssumeRole";
        code = "AccessDenied";
        message = "User: " + s.arn + " is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::"
            + account.id + ":role/OrganizationAccountAccessRole";
      }
      case 4 -> {
        service = "lambda";
        name = "GetFunction20150331v2";
        code = "ResourceNotFoundException";
        message = "Function not found: " + arn("lambda", "function:" + some(account.functions) + "-old");
      }
      case 5 -> {
        service = "ssm";
        name = "GetParameter";
        code = "ParameterNotFound";
        message = null;
      }
      case 6 -> {
        service = "kms";
        name = "Decrypt";
        code = "AccessDeniedException";
        message = "User: " + s.arn + " is not authorized to perform: kms:Decrypt on resource: "
            + arn("kms", "key/" + some(account.kmsKeys)) + " because no resource-based policy allows the"
            + " kms:Decrypt action";
      }
      default -> {
        service = "dynamodb";
        name = "DescribeTable";
        code = "ResourceNotFoundException";
        message = "Requested resource not found: Table: " + account.env + "-legacy not found";
      }
    }
    if (service.equals("iam")) {
      region = "us-east-1";
    }
    head(s, service + ".amazonaws.com", name);
    w.field("errorCode", code);
    if (message != null) {
      w.field("errorMessage", message);
    }
    switch (service) {
      case "s3" -> {
        String bucket = some(account.buckets);
        w.beginObject("requestParameters").field("bucketName", bucket)
            .field("Host", bucket + ".s3." + region + ".amazonaws.com");
        if (name.equals("ListObjects")) {
          w.field("prefix", "exports/" + account.env + "/").field("delimiter", "/").field("max-keys", "1000");
        } else {
          w.field("key", objectKey());
        }
        w.endObject();
      }
      case "iam" -> w.beginObject("requestParameters").field("roleName", "legacy-deployer").endObject();
      case "sts" -> w.beginObject("requestParameters").field("roleArn", "arn:aws:iam::" + account.id
          + ":role/OrganizationAccountAccessRole").field("roleSessionName", s.sessionName.replace('@', '.'))
          .endObject();
      case "ssm" -> w.beginObject("requestParameters").field("name", "/" + account.env + "/legacy/api-key")
          .field("withDecryption", true).endObject();
      default -> w.nullField("requestParameters");
    }
    w.nullField("responseElements");
    boolean readOnly = !name.startsWith("Run") && !name.startsWith("Terminate") && !name.startsWith("Create")
        && !name.startsWith("Put");
    if (service.equals("s3")) {
      ids(ids.hex(16).toUpperCase(Locale.ROOT), readOnly);
      tail(API_CALL, false, null, null, "Data", tlsHost(s, "s3"), s.console);
    } else {
      managementTail(s, service, readOnly);
    }
  }

  private void consoleLogin() {
    Session s = account.humans.get(ids.skewed(account.humans.size()));
    region = "us-east-1";
    boolean failed = ids.percent(15);
    head("1.09", s.userIdentity, "signin.amazonaws.com", "ConsoleLogin", s.sourceIp,
        ids.pick(Pools.BROWSER_UA, Pools.BROWSER_UA_WIN));
    if (failed) {
      w.field("errorMessage", "Failed authentication");
    }
    w.nullField("requestParameters")
        .beginObject("responseElements").field("ConsoleLogin", failed ? "Failure" : "Success").endObject()
        .beginObject("additionalEventData")
        .field("LoginTo", "https://console.aws.amazon.com/console/home?hashArgs=%23&isauthcode=true&state=hashArgsFrom"
            + "TB_us-east-1_" + ids.hex(16))
        .field("MobileVersion", "No")
        .field("MFAUsed", "Yes")
        .endObject();
    ids(null, false);
    tail("AwsConsoleSignIn", true, null, null, MANAGEMENT, "signin.aws.amazon.com", false);
  }

  private void kmsRotation() {
    JsonWriter identity = new JsonWriter(96);
    identity.beginObject().field("accountId", account.id).field("invokedBy", Pools.AWS_INTERNAL).endObject();
    String key = some(account.kmsKeys);
    head("1.11", identity.copy(0), "kms.amazonaws.com", "RotateKey", Pools.AWS_INTERNAL, Pools.AWS_INTERNAL);
    w.nullField("requestParameters").nullField("responseElements");
    ids(null, false);
    w.beginArray("resources");
    resource("AWS::KMS::Key", arn("kms", "key/" + key), true);
    w.endArray();
    w.field("eventType", "AwsServiceEvent")
        .field("managementEvent", true)
        .field("recipientAccountId", account.id)
        .beginObject("serviceEventDetails").field("keyId", key).endObject()
        .field("eventCategory", MANAGEMENT)
        .endObject();
  }

  private void backupJob() {
    JsonWriter identity = new JsonWriter(96);
    identity.beginObject().field("accountId", account.id).field("invokedBy", "backup.amazonaws.com").endObject();
    head("1.11", identity.copy(0), "backup.amazonaws.com", "BackupJobCompleted", "backup.amazonaws.com",
        "backup.amazonaws.com");
    String table = some(account.tables);
    long started = time - ids.between(60, 3600);
    w.nullField("requestParameters").nullField("responseElements");
    ids(null, false);
    w.field("eventType", "AwsServiceEvent")
        .field("managementEvent", true)
        .field("recipientAccountId", account.id)
        .beginObject("serviceEventDetails")
        .field("backupJobId", ids.uuid())
        .field("backupVaultName", "Default")
        .field("backupVaultArn", arn("backup", "backup-vault:Default"))
        .field("recoveryPointArn", arn("dynamodb", "table/" + table + "/backup/" + time + "000-" + ids.hex(8)))
        .field("resourceArn", arn("dynamodb", "table/" + table))
        .field("creationDate", EventTimes.iso(started))
        .field("completionDate", EventTimes.iso(time))
        .field("state", "COMPLETED")
        .field("percentDone", "100.0")
        .field("backupSizeInBytes", ids.between(1_000, 2_000_000_000))
        .field("iamRoleArn", "arn:aws:iam::" + account.id + ":role/service-role/AWSBackupDefaultServiceRole")
        .field("resourceType", "DynamoDB")
        .endObject()
        .field("eventCategory", MANAGEMENT)
        .endObject();
  }
}
