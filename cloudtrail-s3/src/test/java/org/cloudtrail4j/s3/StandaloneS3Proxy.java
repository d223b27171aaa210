package org.cloudtrail4j.s3;

import java.net.URI;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;

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
    S3Proxy proxy = S3Proxy.builder().blobStore(new FilesystemNio2BlobStore(args[0]))
        .endpoint(URI.create("http://127.0.0.1:0"))
        .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "access", "secret").build();
    proxy.start();
    while (!"STARTED".equals(proxy.getState())) {
      Thread.sleep(1);
    }
    System.out.println("PORT " + proxy.getPort());
    System.out.flush();
    while (System.in.read() >= 0) {
      // the parent's end of the pipe: nothing is sent, only closed
    }
    proxy.stop();
    System.exit(0); // Jetty's threads are not daemons
  }
}
