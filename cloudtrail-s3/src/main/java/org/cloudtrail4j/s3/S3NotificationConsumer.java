package org.cloudtrail4j.s3;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.parser.CloudTrailReader;
import org.cloudtrail4j.parser.CloudTrailSource;
import org.cloudtrail4j.parser.LogFileKey;
import org.cloudtrail4j.parser.LogFileSelector;
import org.cloudtrail4j.parser.internal.Causes;
import org.cloudtrail4j.s3.internal.Notification;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageResponse;

/**
 * Reads the CloudTrail logs that S3 notifications announce on an SQS queue, at least once and losing nothing.
 *
 * <pre>{@code
 * try (S3LogSource s3 = S3LogSource.builder().build();
 *      S3NotificationConsumer consumer = S3NotificationConsumer.builder(sqs, queueUrl, s3, reader).build()) {
 *   consumer.run(event -> index(event));      // until stop() or close()
 * }
 * }</pre>
 *
 * <p><b>Messages.</b> Every shape a notification reaches a queue in is accepted: an S3 event notification
 * ({@code Records[].s3}, keys URL-decoded; only {@code ObjectCreated:*} records are read), the same wrapped in an SNS
 * envelope, CloudTrail's own SNS notice ({@code s3Bucket} with {@code s3ObjectKey} as a string or an array), and S3's
 * events through an EventBridge rule ({@code "source":"aws.s3"}, {@code "detail-type":"Object Created"},
 * {@code detail.bucket.name} and {@code detail.object.key}, taken as they are). S3's {@code s3:TestEvent}, CloudTrail's
 * "CloudTrail validation message." and SNS subscription confirmations are deleted and told to the listener, not
 * errors. Digests, Insights files, other services' files, objects the reader's filter rules out by their key, and
 * events that announce no new object (removals, restores, other S3 EventBridge detail types) are not read and are told
 * to the listener ({@link NotificationListener#objectSkipped}). A body that is none of these (an EventBridge event of
 * another source, say) is told to the listener with its message id ({@link NotificationListener#messageLeft}) and left
 * in the queue, so that the queue's redrive policy moves it to the dead-letter queue; it is never deleted.
 *
 * <p><b>At least once.</b> A message is deleted only after every object it names was read and the handler returned
 * for each event. From its receipt until it is handled, every message of a poll has its visibility timeout extended,
 * every half timeout, so that neither a long read nor the wait behind one in the same batch returns it to another
 * consumer. When the handler throws, an object cannot be read (whatever the
 * reader's error policy), or the process dies, the message stays and is delivered again after its visibility timeout:
 * deduplicate on {@code eventID} where that matters. Records that are bad in themselves follow the reader's error
 * policy: with {@code onProblem(...)} they are reported and the message is still deleted.
 *
 * <p>One thread polls; the reader's parallelism reads a message's objects concurrently.
 *
 * @since 0.1.0
 */
public final class S3NotificationConsumer implements AutoCloseable {
  private final SqsClient sqs;
  private final String queueUrl;
  private final S3LogSource s3;
  private final CloudTrailReader reader;
  private final int visibilitySeconds;
  private final int waitSeconds;
  private final int maxMessages;
  private final NotificationListener listener;
  private final ScheduledExecutorService heartbeats;
  private final AtomicBoolean stopped = new AtomicBoolean();
  private PollResult totals = new PollResult(0, 0, 0, 0, 0);

  private S3NotificationConsumer(Builder b) {
    this.sqs = b.sqs;
    this.queueUrl = b.queueUrl;
    this.s3 = b.s3;
    this.reader = b.reader;
    this.visibilitySeconds = (int) b.visibilityTimeout.getSeconds();
    this.waitSeconds = (int) b.waitTime.getSeconds();
    this.maxMessages = b.maxMessages;
    this.listener = b.listener;
    this.heartbeats = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "cloudtrail4j-sqs-visibility");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * A new builder.
   *
   * @param sqs the SQS client
   * @param queueUrl the queue's URL
   * @param s3 the S3 source that reads the objects
   * @param reader the reader whose configuration reads them (filter, limits, error policy, parallelism)
   * @return the builder
   */
  public static Builder builder(SqsClient sqs, String queueUrl, S3LogSource s3, CloudTrailReader reader) {
    return new Builder(sqs, queueUrl, s3, reader);
  }

  /**
   * Receives one batch of messages (long polling) and handles each to its end.
   *
   * @param handler gets every event of every message
   * @return what this poll did
   * @throws SdkException when the queue cannot be reached; messages already handled keep their outcome
   */
  public PollResult pollOnce(NotificationHandler handler) {
    Objects.requireNonNull(handler, "handler");
    ReceiveMessageResponse r = sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(maxMessages)
        .waitTimeSeconds(waitSeconds).visibilityTimeout(visibilitySeconds)
        .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT));
    PollResult result = new PollResult(0, 0, 0, 0, 0);
    // every message of the batch is kept invisible from now on, not only the one being read: one waiting behind a
    // long read would come back to the queue, be received again and, after maxReceiveCount, end in the dead-letter
    // queue without ever having failed
    List<ScheduledFuture<?>> heartbeats = new ArrayList<>();
    for (Message m : r.messages()) {
      heartbeats.add(extendVisibility(m));
    }
    try {
      for (int i = 0; i < r.messages().size(); i++) {
        result = result.plus(handle(r.messages().get(i), handler, heartbeats.get(i)));
      }
    } finally {
      for (ScheduledFuture<?> h : heartbeats) {
        h.cancel(false);
      }
    }
    synchronized (this) {
      totals = totals.plus(result);
    }
    return result;
  }

  /**
   * Polls until {@link #stop()} or {@link #close()}.
   *
   * @param handler gets every event of every message
   * @return what the polls did
   * @throws SdkException when the queue cannot be reached
   */
  public PollResult run(NotificationHandler handler) {
    PollResult result = new PollResult(0, 0, 0, 0, 0);
    while (!stopped.get()) {
      result = result.plus(pollOnce(handler));
    }
    return result;
  }

  /** Makes {@link #run} return after the current poll; the message being read is finished first. */
  public void stop() {
    stopped.set(true);
  }

  /**
   * What every poll so far did.
   *
   * @return the totals
   */
  public synchronized PollResult totals() {
    return totals;
  }

  /** Stops polling and the visibility extensions; the SQS client and the S3 source are the caller's. */
  @Override
  public void close() {
    stop();
    heartbeats.shutdownNow();
  }

  private PollResult handle(Message m, NotificationHandler handler, ScheduledFuture<?> heartbeat) {
    int receiveCount = receiveCount(m);
    Notification n = Notification.parse(m.body());
    if (n.ping() != null) {
      heartbeat.cancel(false);
      delete(m);
      listener.pingDeleted(m.messageId(), n.ping());
      return new PollResult(1, 1, 0, 1, 0);
    }
    if (n.unreadable() != null) {
      heartbeat.cancel(false); // back to the queue after its visibility timeout, towards the dead-letter queue
      listener.messageLeft(m.messageId(), receiveCount, "not an S3 notification: " + n.unreadable(), null);
      return new PollResult(1, 0, 1, 0, 0);
    }
    for (Notification.Ignored i : n.ignored()) {
      listener.objectSkipped(i.uri, i.reason);
    }
    LogFileSelector selector = reader.logFileSelector();
    List<Tracked> sources = new ArrayList<>();
    for (Notification.ObjectRef ref : n.objects()) {
      String skip = skipReason(ref.key, selector);
      if (skip != null) {
        listener.objectSkipped(ref.toString(), skip);
      } else {
        sources.add(new Tracked(s3.object(ref.bucket, ref.key)));
      }
    }
    long events = 0;
    try (Stream<CloudTrailEvent> stream = reader.read(new ArrayList<CloudTrailSource>(sources).stream())) {
      Iterator<CloudTrailEvent> it = stream.iterator();
      while (it.hasNext()) {
        handler.handle(it.next());
        events++;
      }
    } catch (Exception e) {
      heartbeat.cancel(false);
      listener.messageLeft(m.messageId(), receiveCount, "reading or handling failed: " + Causes.inWords(e, null),
          e);
      return new PollResult(1, 0, 1, 0, events);
    } finally {
      heartbeat.cancel(false);
    }
    for (Tracked t : sources) {
      if (t.failure != null) {
        listener.messageLeft(m.messageId(), receiveCount, "cannot read " + t.name() + ": "
            + Causes.inWords(t.failure, t.name()),
            t.failure);
        return new PollResult(1, 0, 1, 0, events);
      }
    }
    delete(m);
    listener.messageDeleted(m.messageId(), sources.size(), events);
    return new PollResult(1, 1, 0, 0, events);
  }

  private static String skipReason(String key, LogFileSelector selector) {
    LogFileKey k = LogFileKey.parse(key).orElse(null);
    if (k == null) {
      return null;
    }
    switch (k.kind()) {
      case DIGEST:
        return "CloudTrail digest file (log file integrity), not a log file";
      case INSIGHT:
        return "CloudTrail Insights file";
      case OTHER:
        return "file of another service (" + k.service() + "), not a CloudTrail log";
      default:
        return selector.selects(k) ? null : "outside the reader's filter (by its key)";
    }
  }

  private ScheduledFuture<?> extendVisibility(Message m) {
    long period = Math.max(1, visibilitySeconds) * 500L; // every half timeout, in milliseconds
    return heartbeats.scheduleAtFixedRate(() -> {
      try {
        sqs.changeMessageVisibility(b -> b.queueUrl(queueUrl).receiptHandle(m.receiptHandle())
            .visibilityTimeout(visibilitySeconds));
      } catch (SdkException e) {
        // the next beat tries again; if the message reappears, at-least-once still holds
      }
    }, period, period, TimeUnit.MILLISECONDS);
  }

  private void delete(Message m) {
    sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(m.receiptHandle()));
  }

  private static int receiveCount(Message m) {
    String c = m.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT);
    try {
      return c == null ? 0 : Integer.parseInt(c);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /**
   * A source that remembers whether opening or reading it failed, whatever the reader's error policy did with the
   * failure: a lenient reader reports a failed stream as an {@code IO_ERROR} problem and goes on, and the message must
   * then stay. Unchecked failures count too: the reader takes a {@link RuntimeException} of a source's stream (one
   * that is not the SDK's, which {@code ObjectStream} turns into an {@link IOException}) as an I/O error of that
   * source, so the object was not read to its end either.
   */
  private static final class Tracked implements CloudTrailSource {
    private final CloudTrailSource source;
    volatile Exception failure;

    Tracked(CloudTrailSource source) {
      this.source = source;
    }

    @Override
    public String name() {
      return source.name();
    }

    @Override
    public InputStream open() throws IOException {
      InputStream in;
      try {
        in = source.open();
      } catch (IOException | RuntimeException e) {
        failure = e;
        throw e;
      }
      return new FilterInputStream(in) {
        @Override
        public int read() throws IOException {
          try {
            return super.read();
          } catch (IOException | RuntimeException e) {
            failure = e;
            throw e;
          }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          try {
            return super.read(b, off, len);
          } catch (IOException | RuntimeException e) {
            failure = e;
            throw e;
          }
        }

        @Override
        public long skip(long n) throws IOException {
          try {
            return super.skip(n); // FilterInputStream's skip bypasses the reads above
          } catch (IOException | RuntimeException e) {
            failure = e;
            throw e;
          }
        }
      };
    }
  }

  /**
   * Configures an {@link S3NotificationConsumer}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final SqsClient sqs;
    private final String queueUrl;
    private final S3LogSource s3;
    private final CloudTrailReader reader;
    private Duration visibilityTimeout = Duration.ofSeconds(60);
    private Duration waitTime = Duration.ofSeconds(20);
    private int maxMessages = 10;
    private NotificationListener listener = new NotificationListener() { };

    private Builder(SqsClient sqs, String queueUrl, S3LogSource s3, CloudTrailReader reader) {
      this.sqs = Objects.requireNonNull(sqs, "sqs");
      this.queueUrl = Objects.requireNonNull(queueUrl, "queueUrl");
      this.s3 = Objects.requireNonNull(s3, "s3");
      this.reader = Objects.requireNonNull(reader, "reader");
    }

    /**
     * How long a received message stays invisible to other consumers (default 60 s); extended every half of it
     * while the message is read.
     *
     * @param timeout 1 s to 12 h, whole seconds (what SQS takes)
     * @return this builder
     * @throws IllegalArgumentException outside that range, or with a fraction of a second
     */
    public Builder visibilityTimeout(Duration timeout) {
      if (timeout.getSeconds() < 1 || timeout.getSeconds() > 43_200 || timeout.getNano() != 0) {
        throw new IllegalArgumentException("visibility timeout must be whole seconds, 1 s to 12 h: " + timeout);
      }
      this.visibilityTimeout = timeout;
      return this;
    }

    /**
     * How long a poll waits for messages (long polling, default 20 s, the most SQS allows).
     *
     * @param wait 0 to 20 s, whole seconds (what SQS takes)
     * @return this builder
     * @throws IllegalArgumentException outside that range, or with a fraction of a second
     */
    public Builder waitTime(Duration wait) {
      if (wait.isNegative() || wait.getSeconds() > 20 || wait.getNano() != 0) {
        throw new IllegalArgumentException("wait time must be whole seconds, 0 to 20 s: " + wait);
      }
      this.waitTime = wait;
      return this;
    }

    /**
     * Messages per poll (default 10, the most SQS allows).
     *
     * @param max 1 to 10
     * @return this builder
     * @throws IllegalArgumentException outside that range
     */
    public Builder maxMessages(int max) {
      if (max < 1 || max > 10) {
        throw new IllegalArgumentException("max messages must be 1 to 10: " + max);
      }
      this.maxMessages = max;
      return this;
    }

    /**
     * Hears what happens to each message.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(NotificationListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * The consumer.
     *
     * @return the consumer
     */
    public S3NotificationConsumer build() {
      return new S3NotificationConsumer(this);
    }
  }
}
