package org.cloudtrail4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.parser.CloudTrailProblem;
import org.cloudtrail4j.parser.CloudTrailReader;
import org.cloudtrail4j.parser.ProblemKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;

/** The queue consumer against real servers: ElasticMQ for SQS and S3Proxy for S3, both in this JVM. */
class S3NotificationConsumerTest {
  private static final Path SAMPLES = Path.of("../samples/AWSLogs");
  private static final String A = "AWSLogs/111122223333/CloudTrail/us-east-1/2014/11/04/"
      + "111122223333_CloudTrail_us-east-1_20141104T0055Z_cBnA8eJL0Fv8fWaC.json.gz";
  private static final String B = "AWSLogs/111122223333/CloudTrail/us-east-1/2020/12/07/"
      + "111122223333_CloudTrail_us-east-1_20201207T2035Z_D3lYriHifl20OEUZ.json.gz";
  private static final String C = "AWSLogs/123456789012/CloudTrail/us-east-1/2016/03/18/"
      + "123456789012_CloudTrail_us-east-1_20160318T0005Z_f8OKD7Pas55F40Jz.json.gz";
  private static final String D = "AWSLogs/o-exampleorgid/111122223333/CloudTrail/eu-west-1/2019/02/19/"
      + "111122223333_CloudTrail_eu-west-1_20190219T1005Z_WbLgn6Pge0BIlYK6.json.gz";
  private static final String DIGEST = "AWSLogs/111122223333/CloudTrail-Digest/us-west-2/2019/02/01/"
      + "111122223333_CloudTrail-Digest_us-west-2_management-trail_us-west-2_20190201T040000Z.json.gz";

  private static S3Server s3server;
  private static SqsServer sqsServer;
  private static S3LogSource s3;

  @BeforeAll
  static void start() throws Exception {
    s3server = S3Server.start();
    s3server.upload("trail", "", SAMPLES);
    sqsServer = SqsServer.start();
    s3 = S3LogSource.builder().client(s3server.s3).build();
  }

  @AfterAll
  static void stop() throws Exception {
    s3.close();
    sqsServer.close();
    s3server.close();
  }

  private static int records(String key) {
    try (Stream<CloudTrailEvent> events = CloudTrailReader.stream(SAMPLES.getParent().resolve(key))) {
      return (int) events.count();
    }
  }

  /** An S3 event notification as S3 writes it: the key form-encoded. */
  private static String s3Event(String bucket, String key) {
    return "{\"Records\":[{\"eventVersion\":\"2.1\",\"eventSource\":\"aws:s3\",\"awsRegion\":\"us-east-1\","
        + "\"eventTime\":\"2024-05-01T00:05:30.000Z\",\"eventName\":\"ObjectCreated:Put\",\"s3\":{\"s3SchemaVersion\":"
        + "\"1.0\",\"configurationId\":\"cfg\",\"bucket\":{\"name\":\"" + bucket + "\",\"arn\":\"arn:aws:s3:::" + bucket
        + "\"},\"object\":{\"key\":\"" + key.replace("/", "%2F") + "\",\"size\":1024,\"eTag\":\"0055AED6DCD90281E5\"}}}]}";
  }

  private static String sns(String message) {
    return "{\"Type\":\"Notification\",\"MessageId\":\"a1b2\",\"TopicArn\":\"arn:aws:sns:us-east-1:111122223333:trail\","
        + "\"Message\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"Timestamp\":"
        + "\"2024-05-01T00:05:31.000Z\",\"SignatureVersion\":\"1\"}";
  }

  /**
   * S3's event through an EventBridge rule to SQS: the event itself is the body. The shape is the "Object Created"
   * example of S3's user guide ("EventBridge event message structure"), with our bucket and key.
   */
  private static String eventBridge(String detailType, String bucket, String key) {
    return "{\"version\":\"0\",\"id\":\"17793124-05d4-b198-2fde-7ededc63b103\",\"detail-type\":\"" + detailType
        + "\",\"source\":\"aws.s3\",\"account\":\"111122223333\",\"time\":\"2021-11-12T00:00:00Z\",\"region\":"
        + "\"us-east-1\",\"resources\":[\"arn:aws:s3:::" + bucket + "\"],\"detail\":{\"version\":\"0\",\"bucket\":"
        + "{\"name\":\"" + bucket + "\"},\"object\":{\"key\":\"" + key + "\",\"size\":5,\"etag\":"
        + "\"b1946ac92492d2347c6235b4d2611184\",\"version-id\":\"IYV3p45BT0ac8hjHg1houSdS1a.Mro8e\",\"sequencer\":"
        + "\"617f08299329d189\"},\"request-id\":\"N4N7GDK58NMKJ12R\",\"requester\":\"123456789012\","
        + "\"source-ip-address\":\"1.2.3.4\",\"reason\":\"PutObject\"}}";
  }

  private static S3NotificationConsumer consumer(String queue, int visibility, NotificationListener listener) {
    return consumer(queue, s3, CloudTrailReader.defaults(), visibility, listener);
  }

  private static S3NotificationConsumer consumer(String queue, S3LogSource source, CloudTrailReader reader,
      int visibility, NotificationListener listener) {
    return S3NotificationConsumer.builder(sqsServer.sqs, queue, source, reader)
        .visibilityTimeout(Duration.ofSeconds(visibility)).waitTime(Duration.ofSeconds(1)).listener(listener).build();
  }

  /** Polls until {@code queue} holds no message, visible or in flight, or for 30 seconds at most. */
  private static void pollUntilEmpty(S3NotificationConsumer consumer, String queue, NotificationHandler handler) {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (sqsServer.visibleAndInFlight(queue) > 0 && System.nanoTime() < deadline) {
      consumer.pollOnce(handler);
    }
  }

  @Test
  void durationsSqsCannotTakeAreRefusedNotRounded() {
    S3NotificationConsumer.Builder b =
        S3NotificationConsumer.builder(sqsServer.sqs, "unused", s3, CloudTrailReader.defaults());
    // SQS takes whole seconds: 1.5 s must not silently become 1 s, nor 12 h 0.5 s become 12 h
    assertThatThrownBy(() -> b.visibilityTimeout(Duration.ofMillis(1_500)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("visibility timeout must be whole seconds, 1 s to 12 h: PT1.5S");
    assertThatThrownBy(() -> b.visibilityTimeout(Duration.ofHours(12).plusMillis(500)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT12H0.5S");
    assertThatThrownBy(() -> b.visibilityTimeout(Duration.ofMillis(999))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.visibilityTimeout(Duration.ofHours(12).plusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.waitTime(Duration.ofMillis(19_500)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("wait time must be whole seconds, 0 to 20 s: PT19.5S");
    assertThatThrownBy(() -> b.waitTime(Duration.ofSeconds(21))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.waitTime(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    // the edges themselves are taken
    b.visibilityTimeout(Duration.ofSeconds(1)).visibilityTimeout(Duration.ofHours(12)).waitTime(Duration.ZERO)
        .waitTime(Duration.ofSeconds(20));
  }

  @Test
  void everyMessageShapeIsReadAndPingsAreDeleted() {
    String queue = sqsServer.queueWithDeadLetters("shapes", 3);
    sqsServer.send(queue, s3Event("trail", A));
    sqsServer.send(queue, sns(s3Event("trail", B)));
    sqsServer.send(queue, sns("{\"s3Bucket\":\"trail\",\"s3ObjectKey\":[\"" + C + "\",\"" + D + "\"]}"));
    sqsServer.send(queue, sns("{\"s3Bucket\":\"trail\",\"s3ObjectKey\":\"" + DIGEST + "\"}"));
    sqsServer.send(queue, "{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\",\"Time\":\"2024-05-01T00:00:00Z\","
        + "\"Bucket\":\"trail\",\"RequestId\":\"5582815E1AEA5ADF\",\"HostId\":\"8cLeGAmw098X5cv4Zkwcmo8vvZa3eH3eKxsPzbB\"}");
    sqsServer.send(queue, sns("CloudTrail validation message."));
    List<String> pings = new CopyOnWriteArrayList<>();
    List<String> skipped = new CopyOnWriteArrayList<>();
    List<String> events = new ArrayList<>();
    try (S3NotificationConsumer consumer = consumer(queue, 30, new NotificationListener() {
      @Override
      public void pingDeleted(String messageId, String what) {
        pings.add(what);
      }

      @Override
      public void objectSkipped(String uri, String reason) {
        skipped.add(uri);
      }
    })) {
      while (sqsServer.visibleAndInFlight(queue) > 0) {
        consumer.pollOnce(e -> events.add(e.eventID().orElse("?")));
      }
      PollResult totals = consumer.totals();
      assertThat(totals.received()).isEqualTo(6).isEqualTo(totals.deleted() + totals.left());
      assertThat(totals.left()).isZero();
      assertThat(totals.pings()).isEqualTo(2);
    }
    assertThat(events).hasSize(records(A) + records(B) + records(C) + records(D));
    assertThat(pings).containsExactlyInAnyOrder("S3 test event", "CloudTrail validation message");
    assertThat(skipped).containsExactly("s3://trail/" + DIGEST);
  }

  @Test
  void eventBridgeObjectCreatedEventsAreReadAndShapesNotUnderstoodAreLeftNamingTheirMessage() {
    String queue = sqsServer.queueWithDeadLetters("eventbridge", 2);
    String dlq = sqsServer.url("eventbridge-dlq");
    sqsServer.send(queue, eventBridge("Object Created", "trail", A));
    sqsServer.send(queue, sns(eventBridge("Object Created", "trail", B)));
    sqsServer.send(queue, eventBridge("Object Deleted", "trail", C));
    String ec2 = sqsServer.send(queue, "{\"version\":\"0\",\"id\":\"7bf73129-1428-4cd3-a780-95db273d1602\","
        + "\"detail-type\":\"EC2 Instance State-change Notification\",\"source\":\"aws.ec2\",\"account\":"
        + "\"111122223333\",\"time\":\"2021-11-12T00:00:00Z\",\"region\":\"us-east-1\",\"resources\":[],"
        + "\"detail\":{\"instance-id\":\"i-0123456789abcdef0\",\"state\":\"running\"}}");
    String keyless = sqsServer.send(queue, eventBridge("Object Created", "trail", A).replace("\"key\":", "\"name\":"));
    List<String> left = new CopyOnWriteArrayList<>();
    List<String> skipped = new CopyOnWriteArrayList<>();
    List<String> events = new ArrayList<>();
    PollResult totals;
    try (S3NotificationConsumer consumer = consumer(queue, 1, new NotificationListener() {
      @Override
      public void messageLeft(String messageId, int receiveCount, String reason, Throwable cause) {
        left.add(messageId + " " + reason);
      }

      @Override
      public void objectSkipped(String uri, String reason) {
        skipped.add(uri + " " + reason);
      }
    })) {
      pollUntilEmpty(consumer, queue, e -> events.add(e.eventID().orElse("?")));
      totals = consumer.totals();
    }
    assertThat(events).hasSize(records(A) + records(B));
    assertThat(skipped).containsExactly("s3://trail/" + C + " EventBridge event Object Deleted, not an object creation");
    // the two shapes not understood: reported with their message ids at each of their two receives, never deleted
    assertThat(left).hasSize(4)
        .anyMatch(l -> l.startsWith(ec2 + " ") && l.contains("EventBridge event of source aws.ec2"))
        .anyMatch(l -> l.startsWith(keyless + " ") && l.contains("without detail.bucket.name and detail.object.key"));
    assertThat(totals.received()).isEqualTo(7).isEqualTo(totals.deleted() + totals.left());
    assertThat(totals.deleted()).isEqualTo(3);
    List<String> dead = sqsServer.sqs.receiveMessage(b -> b.queueUrl(dlq).maxNumberOfMessages(10)).messages()
        .stream().map(m -> m.messageId()).collect(Collectors.toList());
    assertThat(dead).containsExactlyInAnyOrder(ec2, keyless);
  }

  @Test
  void anS3EventWhoseKeyIsNotUrlEncodedIsLeftAndTheConsumerGoesOn() {
    String queue = sqsServer.queueWithDeadLetters("badkey", 2);
    String bad = sqsServer.send(queue, s3Event("trail", A).replace(".json.gz", "%zz.json.gz"));
    sqsServer.send(queue, s3Event("trail", B));
    List<String> left = new CopyOnWriteArrayList<>();
    List<String> events = new ArrayList<>();
    PollResult totals;
    try (S3NotificationConsumer consumer = consumer(queue, 1, new NotificationListener() {
      @Override
      public void messageLeft(String messageId, int receiveCount, String reason, Throwable cause) {
        left.add(messageId + " " + reason);
      }
    })) {
      pollUntilEmpty(consumer, queue, e -> events.add(e.eventID().orElse("?")));
      totals = consumer.totals();
    }
    assertThat(events).hasSize(records(B));
    assertThat(left).hasSize(2).allMatch(l -> l.startsWith(bad + " ") && l.contains("key is not URL-encoded"));
    assertThat(totals.received()).isEqualTo(3).isEqualTo(totals.deleted() + totals.left());
  }

  @Test
  void aConsumerThatDiesMidMessageLosesNothing() throws Exception {
    String queue = sqsServer.queueWithDeadLetters("crash", 5);
    sqsServer.send(queue, sns("{\"s3Bucket\":\"trail\",\"s3ObjectKey\":[\"" + A + "\",\"" + B + "\",\"" + C + "\"]}"));
    int all = records(A) + records(B) + records(C);
    List<String> first = new ArrayList<>();
    try (S3NotificationConsumer consumer = consumer(queue, 1, new NotificationListener() { })) {
      // the process dies on the fifth event: an Error the consumer does not catch
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> consumer.pollOnce(e -> {
        if (first.size() == 4) {
          throw new Crash();
        }
        first.add(e.eventID().orElse("?"));
      })).isInstanceOf(Crash.class);
    }
    List<String> second = new ArrayList<>();
    try (S3NotificationConsumer consumer = consumer(queue, 30, new NotificationListener() { })) {
      while (sqsServer.visibleAndInFlight(queue) > 0) {
        consumer.pollOnce(e -> second.add(e.eventID().orElse("?")));
      }
      assertThat(consumer.totals().deleted()).isEqualTo(1);
    }
    assertThat(first).hasSize(4);
    assertThat(second).hasSize(all).containsAll(first);
  }

  @Test
  void aPoisonMessageAndAFailingHandlerEndInTheDeadLetterQueueAndTheCountsBalance() {
    String queue = sqsServer.queueWithDeadLetters("poison", 2);
    String dlq = sqsServer.url("poison-dlq");
    sqsServer.send(queue, "this is not a notification");
    sqsServer.send(queue, s3Event("trail", C)); // its handler always fails
    sqsServer.send(queue, s3Event("trail", A));
    List<String> left = new CopyOnWriteArrayList<>();
    PollResult totals;
    try (S3NotificationConsumer consumer = consumer(queue, 1, new NotificationListener() {
      @Override
      public void messageLeft(String messageId, int receiveCount, String reason, Throwable cause) {
        left.add(receiveCount + " " + reason);
      }
    })) {
      pollUntilEmpty(consumer, queue, e -> {
        if (e.origin().map(o -> o.source()).orElse("").contains("123456789012")) {
          throw new IllegalStateException("handler failed");
        }
      });
      totals = consumer.totals();
    }
    assertThat(sqsServer.visibleAndInFlight(queue)).isZero();
    List<String> dead = sqsServer.sqs.receiveMessage(b -> b.queueUrl(dlq).maxNumberOfMessages(10)).messages()
        .stream().map(m -> m.body()).collect(Collectors.toList());
    assertThat(dead).hasSize(2).contains("this is not a notification").anyMatch(b -> b.contains("123456789012"));
    // each of the two bad messages was received twice, then moved; the good one once
    assertThat(totals.received()).isEqualTo(5).isEqualTo(totals.deleted() + totals.left());
    assertThat(totals.deleted()).isEqualTo(1);
    // the handler's failure in its words, not its class name
    assertThat(left).hasSize(4).anyMatch(l -> l.contains("not an S3 notification"))
        .contains("1 reading or handling failed: handler failed", "2 reading or handling failed: handler failed");
  }

  @Test
  void aLongReadKeepsItsMessageInvisible() throws Exception {
    String queue = sqsServer.queueWithDeadLetters("slow", 5);
    sqsServer.send(queue, s3Event("trail", B));
    AtomicInteger stolen = new AtomicInteger();
    AtomicBoolean reading = new AtomicBoolean(true);
    Thread other = thief(queue, reading, stolen);
    List<Integer> counts = new CopyOnWriteArrayList<>();
    try (S3NotificationConsumer consumer = consumer(queue, 1, new NotificationListener() {
      @Override
      public void messageDeleted(String messageId, int objects, long events) {
        counts.add((int) events);
      }
    })) {
      // three events, a second each: three times the visibility timeout, while another consumer polls
      consumer.pollOnce(e -> {
        if (!other.isAlive()) {
          other.start();
        }
        Thread.sleep(1000);
      });
    } finally {
      reading.set(false);
      if (other.isAlive()) {
        other.join();
      }
    }
    assertThat(counts).containsExactly(records(B));
    assertThat(stolen).hasValue(0);
  }

  @Test
  void anObjectWhoseStreamFailsUncheckedLeavesItsMessageUnderALenientReader() throws Exception {
    // a lenient reader reports the failure as an IO_ERROR problem and goes on: the message must stay all the same
    String queue = sqsServer.queueWithDeadLetters("unchecked", 5);
    sqsServer.send(queue, s3Event("trail", B));
    List<CloudTrailProblem> problems = new CopyOnWriteArrayList<>();
    CloudTrailReader lenient = CloudTrailReader.builder().onProblem(problems::add).build();
    List<String> left = new CopyOnWriteArrayList<>();
    List<String> first = new ArrayList<>();
    try (S3Client broken = S3Server.client(s3server.endpoint(), new BodyFailsUnchecked(600));
         S3LogSource brokenSource = S3LogSource.builder().client(broken).build();
         S3NotificationConsumer consumer = consumer(queue, brokenSource, lenient, 1, new NotificationListener() {
           @Override
           public void messageLeft(String messageId, int receiveCount, String reason, Throwable cause) {
             left.add(reason);
           }
         })) {
      PollResult r = consumer.pollOnce(e -> first.add(e.eventID().orElse("?")));
      assertThat(r.received()).isEqualTo(1);
      assertThat(r.deleted()).isZero();
      assertThat(r.left()).isEqualTo(1);
    }
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.kind()).isEqualTo(ProblemKind.IO_ERROR));
    assertThat(left).containsExactly("cannot read s3://trail/" + B + ": the body broke off (test)");
    assertThat(first.size()).isLessThan(records(B));
    // the message comes back after its visibility timeout, and a healthy consumer reads all of it
    List<String> second = new ArrayList<>();
    try (S3NotificationConsumer consumer = consumer(queue, 30, new NotificationListener() { })) {
      pollUntilEmpty(consumer, queue, e -> second.add(e.eventID().orElse("?")));
      assertThat(consumer.totals().deleted()).isEqualTo(1);
    }
    assertThat(second).hasSize(records(B)).containsAll(first);
  }

  /**
   * Makes the body of every GET throw an unchecked exception that is not the SDK's after {@code after} bytes, as an
   * HTTP client's stream may (an {@link IllegalStateException} of a pool shut down under it, say).
   */
  private static final class BodyFailsUnchecked implements ExecutionInterceptor {
    private final int after;

    BodyFailsUnchecked(int after) {
      this.after = after;
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
        ExecutionAttributes attributes) {
      Optional<InputStream> body = context.responseBody();
      if (!(context.request() instanceof GetObjectRequest) || body.isEmpty()) {
        return body;
      }
      return Optional.of(new FilterInputStream(body.get()) {
        private int delivered;

        @Override
        public int read() throws IOException {
          byte[] one = new byte[1];
          int n = read(one, 0, 1);
          return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          if (delivered >= after) {
            throw new IllegalStateException("the body broke off (test)");
          }
          int n = super.read(b, off, Math.min(len, after - delivered));
          delivered += Math.max(n, 0);
          return n;
        }
      });
    }
  }

  @Test
  void aMessageWaitingBehindALongReadInItsBatchStaysInvisible() throws Exception {
    String queue = sqsServer.queueWithDeadLetters("batch", 2);
    sqsServer.send(queue, s3Event("trail", B));
    sqsServer.send(queue, s3Event("trail", A));
    AtomicInteger stolen = new AtomicInteger();
    AtomicBoolean reading = new AtomicBoolean(true);
    Thread other = thief(queue, reading, stolen);
    List<Integer> counts = new CopyOnWriteArrayList<>();
    PollResult r;
    try (S3NotificationConsumer consumer = consumer(queue, 1, new NotificationListener() {
      @Override
      public void messageDeleted(String messageId, int objects, long events) {
        counts.add((int) events);
      }
    })) {
      // the first message's three events take a second each, three visibility timeouts, while the second message of
      // the batch waits for its turn and another consumer polls
      r = consumer.pollOnce(e -> {
        if (!other.isAlive()) {
          other.start();
        }
        if (counts.isEmpty()) {
          Thread.sleep(1000);
        }
      });
    } finally {
      reading.set(false);
      if (other.isAlive()) {
        other.join();
      }
    }
    assertThat(r.received()).isEqualTo(2);
    assertThat(counts).containsExactly(records(B), records(A));
    assertThat(stolen).hasValue(0);
  }

  /** Another consumer of {@code queue}, polling while {@code reading}, counting the messages it receives. */
  private static Thread thief(String queue, AtomicBoolean reading, AtomicInteger stolen) {
    return new Thread(() -> {
      try (S3NotificationConsumer thief = consumer(queue, 30, new NotificationListener() { })) {
        while (reading.get()) {
          stolen.addAndGet((int) thief.pollOnce(e -> { }).received());
        }
      }
    });
  }

  private static final class Crash extends Error {
    private static final long serialVersionUID = 1L;
  }
}
