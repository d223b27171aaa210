package org.cloudtrail4j.s3;

import org.cloudtrail4j.testservers.S3ProxyServer;

/**
 * S3Proxy in a process of its own, over its filesystem store, for tests and benchmarks whose reader must not share
 * its heap or its JIT with the server. Prints {@code PORT <n>} once listening on a random loopback port, and stops when
 * its standard input ends (the parent closes it, or dies).
 */
final class StandaloneS3Proxy {
  private StandaloneS3Proxy() {}

  /**
   * Runs the server.
   *
   * @param args the store's base directory
   * @throws Exception when it cannot start
   */
  public static void main(String[] args) throws Exception {
    S3ProxyServer proxy = S3ProxyServer.onDisk(args[0], "access", "secret");
    System.out.println("PORT " + proxy.endpoint().getPort());
    System.out.flush();
    while (System.in.read() >= 0) {
      // the parent's end of the pipe: nothing is sent, only closed
    }
    proxy.close();
    System.exit(0); // Jetty's threads are not daemons
  }
}
