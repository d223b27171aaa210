package org.cloudtrail4j.testservers;

import java.net.URI;
import org.apache.pekko.actor.ActorSystem;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import scala.concurrent.Await;
import scala.concurrent.duration.Duration;

/**
 * A real SQS server: ElasticMQ on a random loopback port, with its own actor system so that closing it ends its
 * (non-daemon) threads.
 */
public final class ElasticMqServer implements AutoCloseable {
  private final ActorSystem actors;
  private final SQSRestServer server;
  private final int port;

  private ElasticMqServer(ActorSystem actors, SQSRestServer server, int port) {
    this.actors = actors;
    this.server = server;
    this.port = port;
  }

  /**
   * Starts ElasticMQ, with no queues.
   *
   * @return the started server
   */
  public static ElasticMqServer start() {
    ActorSystem actors = ActorSystem.create("elasticmq");
    SQSRestServer server = SQSRestServerBuilder.withActorSystem(actors).withInterface("127.0.0.1")
        .withDynamicPort().start();
    int port = server.waitUntilStarted().localAddress().getPort();
    return new ElasticMqServer(actors, server, port);
  }

  /**
   * The server's address.
   *
   * @return {@code http://127.0.0.1:<port>}
   */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + port);
  }

  /** Stops the server and its actor system. */
  @Override
  public void close() {
    server.stopAndWait();
    try {
      Await.result(actors.terminate(), Duration.create(10, "s"));
    } catch (Exception e) {
      throw new IllegalStateException("ElasticMQ's actor system did not stop", e);
    }
  }
}
