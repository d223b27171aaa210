package org.cloudtrail4j.s3;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudtrail4j.testservers.S3ProxyServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
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

  private final S3ProxyServer proxy;
  final S3Client s3;

  private S3Server(S3ProxyServer proxy) {
    this.proxy = proxy;
    this.s3 = client(endpoint());
  }

  static S3Server start() throws Exception {
    return new S3Server(S3ProxyServer.inMemory("access", "secret"));
  }

  URI endpoint() {
    return proxy.endpoint();
  }

  static S3Client client(URI endpoint) {
    return client(endpoint, null);
  }

  /** A client of the server at {@code endpoint} whose calls go through {@code interceptor} (when not null). */
  static S3Client client(URI endpoint, ExecutionInterceptor interceptor) {
    return S3Client.builder().endpointOverride(endpoint).forcePathStyle(true).region(Region.US_EAST_1)
        .credentialsProvider(CREDENTIALS).httpClientBuilder(UrlConnectionHttpClient.builder())
        .overrideConfiguration(o -> {
          if (interceptor != null) {
            o.addExecutionInterceptor(interceptor);
          }
        }).build();
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
    proxy.close();
  }
}
