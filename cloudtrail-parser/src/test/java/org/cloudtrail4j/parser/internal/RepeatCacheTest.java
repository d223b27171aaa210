package org.cloudtrail4j.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.Resource;
import org.cloudtrail4j.model.TlsDetails;
import org.cloudtrail4j.model.identity.UserIdentity;
import org.cloudtrail4j.parser.CloudTrailReader;
import org.junit.jupiter.api.Test;

class RepeatCacheTest {
  private static final String ROLE = "{\"type\":\"AssumedRole\",\"principalId\":\"AROAEXAMPLE:alice\","
      + "\"arn\":\"arn:aws:sts::111122223333:assumed-role/Admin/alice\",\"accountId\":\"111122223333\","
      + "\"sessionContext\":{\"attributes\":{\"creationDate\":\"2026-11-30T10:00:00Z\",\"mfaAuthenticated\":\"false\"}}}";

  @Test
  void findsTheSameBytesAtAnotherPlace() {
    RepeatCache<String> cache = new RepeatCache<>();
    byte[] a = ("xx" + ROLE).getBytes(StandardCharsets.UTF_8);
    byte[] b = ("yyyy" + ROLE + "zz").getBytes(StandardCharsets.UTF_8);
    assertThat(cache.get(a, 2, a.length)).isNull();
    cache.put(a, 2, a.length, "decoded");
    assertThat(cache.get(b, 4, b.length - 2)).isEqualTo("decoded");
  }

  @Test
  void missesWhenOneByteDiffers() {
    RepeatCache<String> cache = new RepeatCache<>();
    byte[] a = ROLE.getBytes(StandardCharsets.UTF_8);
    cache.get(a, 0, a.length);
    cache.put(a, 0, a.length, "decoded");
    byte[] b = ROLE.replace("alice", "alicf").getBytes(StandardCharsets.UTF_8);
    assertThat(cache.get(b, 0, b.length)).isNull();
    assertThat(cache.get(a, 0, a.length - 1)).isNull();
  }

  @Test
  void aLongValueMissesWhenAnyOneByteDiffersEvenWhereItsHashDoesNotLook() {
    // values over 192 bytes are hashed from some of their words only (KeyRing.sampledHash); a hit still compares all
    String role = ROLE + ROLE.substring(1);
    byte[] a = role.getBytes(StandardCharsets.UTF_8);
    assertThat(a.length).isGreaterThan(192);
    for (int at = 0; at < a.length; at++) {
      RepeatCache<String> cache = new RepeatCache<>();
      cache.get(a, 0, a.length);
      cache.put(a, 0, a.length, "decoded");
      byte[] b = a.clone();
      b[at] ^= 1;
      assertThat(cache.get(b, 0, b.length)).as("byte %d changed", at).isNull();
      assertThat(cache.get(a, 0, a.length)).as("byte %d changed", at).isEqualTo("decoded");
    }
  }

  @Test
  void keysThatDifferLateInAWordDoNotShareASlot() {
    // the hash ends with a multiplication, which carries a difference only towards the high bits: the slot must
    // still see it (these two evicted each other, always)
    RepeatCache<String> cache = new RepeatCache<>();
    byte[] a = "{\"tlsVersion\":\"TLSv1.3\"}".getBytes(StandardCharsets.UTF_8);
    byte[] b = "{\"tlsVersion\":\"TLSv1.2\"}".getBytes(StandardCharsets.UTF_8);
    cache.get(a, 0, a.length);
    cache.put(a, 0, a.length, "1.3");
    cache.get(b, 0, b.length);
    cache.put(b, 0, b.length, "1.2");
    assertThat(cache.get(a, 0, a.length)).isEqualTo("1.3");
    assertThat(cache.get(b, 0, b.length)).isEqualTo("1.2");
  }

  @Test
  void neverReturnsAStaleValueOnceTheKeyRingHasWrapped() {
    long seed = 20261130L;
    SplittableRandom random = new SplittableRandom(seed);
    RepeatCache<String> cache = new RepeatCache<>();
    // far more distinct bytes than the ring holds, with values that share slots and lengths
    for (int i = 0; i < 100_000; i++) {
      String s = ROLE.replace("alice", "u" + random.nextInt(5_000));
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      String seen = cache.get(b, 0, b.length);
      assertThat(seen).as("seed %d, step %d", seed, i).isIn(null, s);
      if (seen == null) {
        cache.put(b, 0, b.length, s);
      }
    }
  }

  @Test
  void aRepeatedIdentityIsDecodedOnceAndEqualToItsDecoding() {
    List<CloudTrailEvent> events = read(ROLE, ROLE, ROLE.replace("alice", "bob"), ROLE);
    UserIdentity first = events.get(0).userIdentity().orElseThrow();
    assertThat(events.get(1).userIdentity().orElseThrow()).isSameAs(first);
    assertThat(events.get(3).userIdentity().orElseThrow()).isSameAs(first);
    assertThat(events.get(2).userIdentity().orElseThrow().arn())
        .hasValue("arn:aws:sts::111122223333:assumed-role/Admin/bob");
    assertThat(first.sessionContext().orElseThrow().attributes().orElseThrow().creationDate())
        .hasValueSatisfying(t -> assertThat(t).hasToString("2026-11-30T10:00:00Z"));
  }

  private static final String SERVICE = "{\"type\":\"AWSService\",\"invokedBy\":\"lambda.amazonaws.com\"}";

  @Test
  void anIdentityShorterThanTheScannersMemoPrefixIsDecodedOnceToo() {
    assertThat(SERVICE.length()).isLessThan(StructureMemo.PREFIX);
    List<CloudTrailEvent> events = read(SERVICE, ROLE, SERVICE);
    assertThat(events.get(2).userIdentity().orElseThrow()).isSameAs(events.get(0).userIdentity().orElseThrow());
    assertThat(events.get(0).userIdentity().orElseThrow().invokedBy()).hasValue("lambda.amazonaws.com");
  }

  @Test
  void aRecordWithTheUserIdentityKeyTwiceHoldsTheLastAndTheRepeatsStayRight() {
    String bob = ROLE.replace("alice", "bob");
    String carol = ROLE.replace("alice", "carol");
    // record 1 names its identity twice: the last wins, as for every member; the memo holds only that one's slot
    String twice = "{\"eventVersion\":\"1.08\",\"userIdentity\":" + bob + ",\"userIdentity\":" + carol
        + ",\"eventTime\":\"2026-11-30T10:00:01Z\",\"eventID\":\"e1\"}";
    byte[] log = new String(log(ROLE, "null", bob, carol, ROLE), StandardCharsets.UTF_8)
        .replace("{\"eventVersion\":\"1.08\",\"userIdentity\":null,\"eventTime\":\"2026-11-30T10:00:01Z\","
            + "\"eventSource\":\"s3.amazonaws.com\",\"eventName\":\"GetObject\",\"eventID\":\"e1\"}", twice)
        .getBytes(StandardCharsets.UTF_8);
    List<CloudTrailEvent> events;
    try (var stream = CloudTrailReader.defaults().read(log)) {
      events = stream.collect(Collectors.toList());
    }
    assertThat(events).hasSize(5);
    assertThat(events.get(1).eventID()).hasValue("e1");
    UserIdentity last = events.get(1).userIdentity().orElseThrow();
    assertThat(last.arn()).hasValue("arn:aws:sts::111122223333:assumed-role/Admin/carol");
    assertThat(events.get(2).userIdentity().orElseThrow().arn())
        .hasValue("arn:aws:sts::111122223333:assumed-role/Admin/bob");
    assertThat(events.get(3).userIdentity().orElseThrow()).isSameAs(last);
    assertThat(events.get(4).userIdentity().orElseThrow()).isSameAs(events.get(0).userIdentity().orElseThrow());
  }

  @Test
  void anIdentityFirstSeenInARecordTheFilterRejectedIsDecodedWhenItComesAgain() {
    // the scan remembers the identity of the rejected record; the next record's hit must still decode it
    String bob = ROLE.replace("alice", "bob");
    String log = new String(log(bob, bob, ROLE), StandardCharsets.UTF_8).replaceFirst("GetObject", "PutObject");
    List<CloudTrailEvent> events;
    try (var stream = CloudTrailReader.builder().filter(org.cloudtrail4j.parser.EventFilter.of(
        h -> h.eventName().orElse("").equals("GetObject"))).build().read(log.getBytes(StandardCharsets.UTF_8))) {
      events = stream.collect(Collectors.toList());
    }
    assertThat(events).hasSize(2);
    assertThat(events.get(0).userIdentity().orElseThrow().arn())
        .hasValue("arn:aws:sts::111122223333:assumed-role/Admin/bob");
    assertThat(events.get(0).userIdentity().orElseThrow().sessionContext()).isPresent();
    assertThat(events.get(1).userIdentity().orElseThrow().arn())
        .hasValue("arn:aws:sts::111122223333:assumed-role/Admin/alice");
  }

  @Test
  void everyIdentityIsRightAcrossTheMemosGrowthAndItsRingsWrappingAround() {
    // 3,000 records over 700 identities of about 300 bytes, in a scrambled order: past the scanner memo's remade
    // table (after 512 look-ups) and many times round its 16 KB and 128 KB rings, where a stale slot would do harm
    int records = 3000;
    int distinct = 700;
    StringBuilder s = new StringBuilder("{\"Records\":[");
    for (int i = 0; i < records; i++) {
      int k = (int) (i * 7919L % distinct);
      s.append(i == 0 ? "" : ",").append("{\"eventVersion\":\"1.08\",\"userIdentity\":")
          .append(ROLE.replace("alice", "user" + k + "-" + "x".repeat(k % 97)))
          .append(",\"eventTime\":\"2026-11-30T10:00:00Z\",\"eventID\":\"e").append(i).append("\"}");
    }
    List<CloudTrailEvent> events;
    try (var stream = CloudTrailReader.defaults().read(s.append("]}").toString().getBytes(StandardCharsets.UTF_8))) {
      events = stream.collect(Collectors.toList());
    }
    assertThat(events).hasSize(records);
    for (int i = 0; i < records; i++) {
      int k = (int) (i * 7919L % distinct);
      String user = "user" + k + "-" + "x".repeat(k % 97);
      UserIdentity u = events.get(i).userIdentity().orElseThrow();
      assertThat(u.arn()).as("record %d", i).hasValue("arn:aws:sts::111122223333:assumed-role/Admin/" + user);
      assertThat(u.principalId()).as("record %d", i).hasValue("AROAEXAMPLE:" + user);
      assertThat(u.sessionContext()).as("record %d", i).isPresent();
    }
  }

  @Test
  void anIdentityHoldingRawJsonIsNotShared() {
    // an unknown member is a slice of its own record's bytes: sharing it would keep another record's buffer alive
    String withUnknown = ROLE.replace("{\"type\"", "{\"addedIn2027\":{\"x\":1},\"type\"");
    List<CloudTrailEvent> events = read(withUnknown, withUnknown);
    UserIdentity a = events.get(0).userIdentity().orElseThrow();
    UserIdentity b = events.get(1).userIdentity().orElseThrow();
    assertThat(b).isNotSameAs(a).isEqualTo(a);
    assertThat(b.unknownFields()).containsKey("addedIn2027");
  }

  @Test
  void anInvalidRepeatedIdentityIsReportedEachTime() {
    String bad = ROLE.replace("\"2026-11-30T10:00:00Z\"", "\"yesterday\"");
    List<String> problems = new java.util.ArrayList<>();
    List<CloudTrailEvent> events;
    try (var stream = CloudTrailReader.builder().onProblem(p -> problems.add(p.jsonPath())).build()
        .read(log(ROLE, bad, bad, ROLE))) {
      events = stream.collect(Collectors.toList());
    }
    assertThat(events).hasSize(2);
    assertThat(problems).containsExactly("$.Records[1].userIdentity.sessionContext.attributes.creationDate",
        "$.Records[2].userIdentity.sessionContext.attributes.creationDate");
  }

  private static final String TLS = "{\"tlsVersion\":\"TLSv1.3\",\"cipherSuite\":\"TLS_AES_128_GCM_SHA256\","
      + "\"clientProvidedHostHeader\":\"s3.us-east-1.amazonaws.com\"}";
  private static final String BUCKET = "{\"accountId\":\"111122223333\",\"type\":\"AWS::S3::Bucket\","
      + "\"ARN\":\"arn:aws:s3:::amzn-s3-demo-bucket\"}";
  private static final String TABLE = "{\"accountId\":\"111122223333\",\"type\":\"AWS::DynamoDB::Table\","
      + "\"ARN\":\"arn:aws:dynamodb:us-east-1:111122223333:table/Orders\"}";

  @Test
  void repeatedTlsDetailsAreDecodedOnceAndEqualToTheirDecoding() {
    String other = TLS.replace("TLSv1.3", "TLSv1.2");
    List<CloudTrailEvent> events = readMembers("tlsDetails", TLS, TLS, other, TLS);
    TlsDetails first = events.get(0).tlsDetails().orElseThrow();
    assertThat(events.get(1).tlsDetails().orElseThrow()).isSameAs(first);
    assertThat(events.get(3).tlsDetails().orElseThrow()).isSameAs(first);
    assertThat(events.get(2).tlsDetails().orElseThrow().tlsVersion()).hasValue("TLSv1.2");
    assertThat(first.tlsVersion()).hasValue("TLSv1.3");
    assertThat(first.clientProvidedHostHeader()).hasValue("s3.us-east-1.amazonaws.com");
  }

  @Test
  void repeatedResourcesAreDecodedOnceWhereverTheyStandInTheList() {
    List<CloudTrailEvent> events = readMembers("resources", "[" + BUCKET + "]", "[" + TABLE + "," + BUCKET + "]",
        "[" + BUCKET + "," + TABLE + "]");
    Resource bucket = events.get(0).resources().get(0);
    Resource table = events.get(1).resources().get(0);
    assertThat(events.get(1).resources()).containsExactly(table, bucket);
    assertThat(events.get(1).resources().get(1)).isSameAs(bucket);
    assertThat(events.get(2).resources().get(0)).isSameAs(bucket);
    assertThat(events.get(2).resources().get(1)).isSameAs(table);
    assertThat(bucket.arn()).hasValue("arn:aws:s3:::amzn-s3-demo-bucket");
    assertThat(table.type()).hasValue("AWS::DynamoDB::Table");
  }

  @Test
  void detailsHoldingRawJsonAreNotShared() {
    String tls = TLS.replace("{\"tlsVersion\"", "{\"addedIn2027\":[1],\"tlsVersion\"");
    String bucket = BUCKET.replace("{\"accountId\"", "{\"addedIn2027\":[1],\"accountId\"");
    List<CloudTrailEvent> events = readMembers("tlsDetails", tls, tls);
    assertThat(events.get(1).tlsDetails().orElseThrow()).isNotSameAs(events.get(0).tlsDetails().orElseThrow())
        .isEqualTo(events.get(0).tlsDetails().orElseThrow());
    events = readMembers("resources", "[" + bucket + "]", "[" + bucket + "]");
    assertThat(events.get(1).resources().get(0)).isNotSameAs(events.get(0).resources().get(0))
        .isEqualTo(events.get(0).resources().get(0));
    assertThat(events.get(1).resources().get(0).unknownFields()).containsKey("addedIn2027");
  }

  @Test
  void invalidRepeatedDetailsAreReportedEachTime() {
    String badTls = TLS.replace("\"TLSv1.3\"", "13");
    String badBucket = BUCKET.replace("\"111122223333\"", "111122223333");
    List<String> problems = new java.util.ArrayList<>();
    List<CloudTrailEvent> events;
    try (var stream = CloudTrailReader.builder().onProblem(p -> problems.add(p.jsonPath())).build()
        .read(logOf("tlsDetails", TLS, badTls, badTls, TLS))) {
      events = stream.collect(Collectors.toList());
    }
    assertThat(events).hasSize(2);
    try (var stream = CloudTrailReader.builder().onProblem(p -> problems.add(p.jsonPath())).build()
        .read(logOf("resources", "[" + BUCKET + "]", "[" + badBucket + "]", "[" + BUCKET + "," + badBucket + "]"))) {
      events = stream.collect(Collectors.toList());
    }
    assertThat(events).hasSize(1);
    assertThat(problems).containsExactly("$.Records[1].tlsDetails.tlsVersion", "$.Records[2].tlsDetails.tlsVersion",
        "$.Records[1].resources[0]", "$.Records[2].resources[1]");
  }

  private static List<CloudTrailEvent> readMembers(String member, String... values) {
    try (var stream = CloudTrailReader.defaults().read(logOf(member, values))) {
      return stream.collect(Collectors.toList());
    }
  }

  /** A log whose records differ in eventID and in the member {@code member}, record i having {@code values[i]}. */
  private static byte[] logOf(String member, String... values) {
    StringBuilder s = new StringBuilder("{\"Records\":[");
    for (int i = 0; i < values.length; i++) {
      s.append(i == 0 ? "" : ",").append("{\"eventVersion\":\"1.08\",\"eventTime\":\"2026-11-30T10:00:0").append(i)
          .append("Z\",\"eventSource\":\"s3.amazonaws.com\",\"eventName\":\"GetObject\",\"")
          .append(member).append("\":").append(values[i]).append(",\"eventID\":\"e").append(i).append("\"}");
    }
    return s.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static List<CloudTrailEvent> read(String... identities) {
    try (var stream = CloudTrailReader.defaults().read(log(identities))) {
      return stream.collect(Collectors.toList());
    }
  }

  private static byte[] log(String... identities) {
    StringBuilder s = new StringBuilder("{\"Records\":[");
    for (int i = 0; i < identities.length; i++) {
      s.append(i == 0 ? "" : ",").append("{\"eventVersion\":\"1.08\",\"userIdentity\":").append(identities[i])
          .append(",\"eventTime\":\"2026-11-30T10:00:0").append(i).append("Z\",\"eventSource\":\"s3.amazonaws.com\"")
          .append(",\"eventName\":\"GetObject\",\"eventID\":\"e").append(i).append("\"}");
    }
    return s.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }
}
