package org.cloudtrail4j.s3;

import java.net.URI;
import java.util.Map;
import org.apache.pekko.actor.ActorSystem;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import scala.concurrent.Await;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * A real SQS server in the test's JVM: ElasticMQ 1.7.1 on a random loopback port, with its own actor system so that
 * closing it ends its (non-daemon) threads.
 */
final class SqsServer implements AutoCloseable {
  private final ActorSystem actors;
  private final SQSRestServer server;
  final SqsClient sqs;

  private SqsServer(ActorSystem actors, SQSRestServer server, int port) {
    this.actors = actors;
    this.server = server;
    this.sqs = SqsClient.builder().endpointOverride(URI.create("http://127.0.0.1:" + port)).region(Region.US_EAST_1)
        .credentialsProvider(S3Server.CREDENTIALS).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
  }

  static SqsServer start() {
    ActorSystem actors = ActorSystem.create("elasticmq");
    SQSRestServer server = SQSRestServerBuilder.withActorSystem(actors).withInterface("127.0.0.1")
        .withDynamicPort().start();
    int port = server.waitUntilStarted().localAddress().getPort();
    return new SqsServer(actors, server, port);
  }

  /** A queue whose messages move to a dead-letter queue after {@code maxReceiveCount} receives; returns its URL. */
  String queueWithDeadLetters(String name, int maxReceiveCount) {
    String dlq = sqs.createQueue(b -> b.queueName(name + "-dlq")).queueUrl();
    String dlqArn = sqs.getQueueAttributes(b -> b.queueUrl(dlq).attributeNames(QueueAttributeName.QUEUE_ARN))
        .attributes().get(QueueAttributeName.QUEUE_ARN);
    return sqs.createQueue(b -> b.queueName(name).attributes(Map.of(QueueAttributeName.REDRIVE_POLICY,
        "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":\"" + maxReceiveCount + "\"}")))
        .queueUrl();
  }

  String url(String name) {
    return sqs.getQueueUrl(b -> b.queueName(name)).queueUrl();
  }

  /** Sends {@code body}; returns the message's id. */
  String send(String queueUrl, String body) {
    return sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(body)).messageId();
  }

  int visibleAndInFlight(String queueUrl) {
    Map<QueueAttributeName, String> a = sqs.getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(
        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
        .attributes();
    return Integer.parseInt(a.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
        + Integer.parseInt(a.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
  }

  @Override
  public void close() {
    sqs.close();
    server.stopAndWait();
    try {
      Await.result(actors.terminate(), scala.concurrent.duration.Duration.create(10, "s"));
    } catch (Exception e) {
      throw new IllegalStateException("ElasticMQ's actor system did not stop", e);
    }
  }
}
