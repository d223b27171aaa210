package org.cloudtrail4j.parser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Records and documents the hostile-input tests build on; kept in code so that forked JVMs need no files. */
final class HostileRecords {
  private HostileRecords() {}

  /**
   * A typical management event in the shape CloudTrail writes (an AssumedRole caller, nested request and response),
   * 1.3 KB; {@code %s} is its eventID.
   */
  static final String RECORD = "{\"eventVersion\":\"1.08\",\"userIdentity\":{\"type\":\"AssumedRole\","
      + "\"principalId\":\"AROAEXAMPLEID:alice\",\"arn\":\"arn:aws:sts::111122223333:assumed-role/Admin/alice\","
      + "\"accountId\":\"111122223333\",\"accessKeyId\":\"ASIAEXAMPLEKEY\",\"sessionContext\":{\"sessionIssuer\":"
      + "{\"type\":\"Role\",\"principalId\":\"AROAEXAMPLEID\",\"arn\":\"arn:aws:iam::111122223333:role/Admin\","
      + "\"accountId\":\"111122223333\",\"userName\":\"Admin\"},\"webIdFederationData\":{},\"attributes\":"
      + "{\"creationDate\":\"2024-03-01T09:00:00Z\",\"mfaAuthenticated\":\"false\"}}},"
      + "\"eventTime\":\"2024-03-01T09:15:42Z\",\"eventSource\":\"ec2.amazonaws.com\",\"eventName\":\"RunInstances\","
      + "\"awsRegion\":\"eu-west-1\",\"sourceIPAddress\":\"203.0.113.7\",\"userAgent\":\"aws-cli/2.15.0 Python/3.11.6\","
      + "\"requestParameters\":{\"instancesSet\":{\"items\":[{\"imageId\":\"ami-0abcdef1234567890\",\"minCount\":1,"
      + "\"maxCount\":1}]},\"instanceType\":\"t3.micro\",\"blockDeviceMapping\":{},\"monitoring\":{\"enabled\":false},"
      + "\"disableApiTermination\":false,\"ebsOptimized\":false},\"responseElements\":{\"requestId\":"
      + "\"e1b2c3d4-5678-90ab-cdef-EXAMPLE11111\",\"reservationId\":\"r-0123456789abcdef0\",\"ownerId\":"
      + "\"111122223333\",\"instancesSet\":{\"items\":[{\"instanceId\":\"i-0123456789abcdef0\",\"currentState\":"
      + "{\"code\":0,\"name\":\"pending\"},\"cpuOptions\":{\"coreCount\":1,\"threadsPerCore\":2}}]}},"
      + "\"requestID\":\"e1b2c3d4-5678-90ab-cdef-EXAMPLE11111\",\"eventID\":\"%s\",\"readOnly\":false,"
      + "\"resources\":[{\"accountId\":\"111122223333\",\"type\":\"AWS::EC2::Instance\",\"ARN\":"
      + "\"arn:aws:ec2:eu-west-1:111122223333:instance/i-0123456789abcdef0\"}],\"eventType\":\"AwsApiCall\","
      + "\"managementEvent\":true,\"recipientAccountId\":\"111122223333\",\"eventCategory\":\"Management\","
      + "\"tlsDetails\":{\"tlsVersion\":\"TLSv1.3\",\"cipherSuite\":\"TLS_AES_128_GCM_SHA256\","
      + "\"clientProvidedHostHeader\":\"ec2.eu-west-1.amazonaws.com\"}}";

  /** {@link #RECORD} with eventID {@code id}. */
  static String record(String id) {
    return RECORD.replace("%s", id);
  }

  /** {@link #RECORD} with eventID {@code "id-<n>"}. */
  static String record(int n) {
    return record("id-" + n);
  }

  /** A delivery object of {@code n} records, eventIDs id-0 to id-(n-1). */
  static String delivery(int n) {
    StringBuilder s = new StringBuilder("{\"Records\":[");
    for (int i = 0; i < n; i++) {
      s.append(i == 0 ? "" : ",").append(record(i));
    }
    return s.append("]}").toString();
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A stream of {@code records} copies of {@link #RECORD} in one delivery object. */
  static GeneratedInput generatedDelivery(long records) {
    String r = record("generated");
    return GeneratedInput.of("{\"Records\":[").repeat(r + ",", records - 1).then(r).then("]}");
  }
}
