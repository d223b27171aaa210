package org.cloudtrail4j.s3;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3 server in the test's JVM: S3Proxy 4.1.0 over an in-memory store, on a random loopback port, checking
 * SigV4 signatures. Close it: its Jetty threads are not daemons.
 */
final class S3Server implements AutoCloseable {
  static final StaticCredentialsProvider CREDENTIALS =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("access", "secret"));

  private final S3Proxy proxy;
  final S3Client s3;

  private S3Server(S3Proxy proxy) {
    this.proxy = proxy;
    this.s3 = client(endpoint());
  }

  static S3Server start() throws Exception {
    S3Proxy proxy = S3Proxy.builder().blobStore(new TransientNio2BlobStore())
        .endpoint(URI.create("http://127.0.0.1:0"))
        .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "access", "secret").build();
    proxy.start();
    while (!"STARTED".equals(proxy.getState())) {
      Thread.sleep(1);
    }
    return new S3Server(proxy);
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + proxy.getPort());
  }

  static S3Client client(URI endpoint) {
    return S3Client.builder().endpointOverride(endpoint).forcePathStyle(true).region(Region.US_EAST_1)
        .credentialsProvider(CREDENTIALS).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
  }

  /** Creates {@code bucket} and uploads every file under {@code dir} with its relative path (after prefix) as key. */
  List<String> upload(String bucket, String prefix, Path dir) {
    s3.createBucket(b -> b.bucket(bucket));
    try (Stream<Path> files = Files.walk(dir)) {
      List<Path> list = files.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
      for (Path f : list) {
        String key = prefix + dir.getParent().relativize(f).toString().replace('\\', '/');
        s3.putObject(p -> p.bucket(bucket).key(key), RequestBody.fromFile(f));
      }
      return list.stream().map(f -> prefix + dir.getParent().relativize(f)).collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void put(String bucket, String key, byte[] bytes) {
    s3.putObject(p -> p.bucket(bucket).key(key), RequestBody.fromBytes(bytes));
  }

  @Override
  public void close() {
    s3.close();
    try {
      proxy.stop();
    } catch (Exception e) {
      throw new IllegalStateException("S3Proxy did not stop", e);
    }
  }
}
