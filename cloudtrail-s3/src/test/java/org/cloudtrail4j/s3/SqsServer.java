package org.cloudtrail4j.s3;

import java.util.Map;
import org.cloudtrail4j.testservers.ElasticMqServer;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * A real SQS server in the test's JVM: ElasticMQ 1.7.1 on a random loopback port, with its own actor system so that
 * closing it ends its (non-daemon) threads.
 */
final class SqsServer implements AutoCloseable {
  private final ElasticMqServer server;
  final SqsClient sqs;

  private SqsServer(ElasticMqServer server) {
    this.server = server;
    this.sqs = SqsClient.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1)
        .credentialsProvider(S3Server.CREDENTIALS).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
  }

  static SqsServer start() {
    return new SqsServer(ElasticMqServer.start());
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
    server.close();
  }
}
