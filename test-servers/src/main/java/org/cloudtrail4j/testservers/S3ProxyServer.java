package org.cloudtrail4j.testservers;

import java.net.URI;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

/**
 * A real S3 server: S3Proxy on a random loopback port, checking SigV4 (and V2) signatures of one key pair. Close it:
 * its Jetty threads are not daemons.
 */
public final class S3ProxyServer implements AutoCloseable {
  private final S3Proxy proxy;

  private S3ProxyServer(S3Proxy proxy) {
    this.proxy = proxy;
  }

  /**
   * Starts S3Proxy over an in-memory store.
   *
   * @param accessKey the access key id that requests must be signed with
   * @param secretKey its secret
   * @return the started server
   * @throws Exception when it does not start
   */
  public static S3ProxyServer inMemory(String accessKey, String secretKey) throws Exception {
    return start(new TransientNio2BlobStore(), accessKey, secretKey);
  }

  /**
   * Starts S3Proxy over its filesystem store: each bucket is a folder under {@code baseDirectory}.
   *
   * @param baseDirectory the store's folder
   * @param accessKey the access key id that requests must be signed with
   * @param secretKey its secret
   * @return the started server
   * @throws Exception when it does not start
   */
  public static S3ProxyServer onDisk(String baseDirectory, String accessKey, String secretKey) throws Exception {
    return start(new FilesystemNio2BlobStore(baseDirectory), accessKey, secretKey);
  }

  private static S3ProxyServer start(BlobStore store, String accessKey, String secretKey) throws Exception {
    S3Proxy proxy = S3Proxy.builder().blobStore(store).endpoint(URI.create("http://127.0.0.1:0"))
        .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey).build();
    proxy.start();
    while (!"STARTED".equals(proxy.getState())) {
      Thread.sleep(1);
    }
    return new S3ProxyServer(proxy);
  }

  /**
   * The server's address.
   *
   * @return {@code http://127.0.0.1:<port>}
   */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + proxy.getPort());
  }

  /** Stops the server and its threads. */
  @Override
  public void close() {
    try {
      proxy.stop();
    } catch (Exception e) {
      throw new IllegalStateException("S3Proxy did not stop", e);
    }
  }
}
