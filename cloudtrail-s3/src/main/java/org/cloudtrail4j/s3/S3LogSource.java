package org.cloudtrail4j.s3;

import java.net.URI;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.parser.CloudTrailReader;
import org.cloudtrail4j.parser.CloudTrailSource;
import org.cloudtrail4j.parser.LogFileSelector;
import org.cloudtrail4j.parser.ReadListener;
import org.cloudtrail4j.s3.internal.ListingAhead;
import org.cloudtrail4j.s3.internal.S3Walk;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * CloudTrail logs read where CloudTrail delivers them, in S3: the module's front door.
 *
 * <pre>{@code
 * CloudTrailReader reader = CloudTrailReader.builder()
 *     .filter(EventFilter.awsRegion("eu-west-1").and(EventFilter.eventTimeBetween(from, until)))
 *     .parallelism(8)                                   // eight GETs at once
 *     .build();
 * try (S3LogSource s3 = S3LogSource.builder().build();  // default credentials and region chains
 *      Stream<CloudTrailEvent> events = s3.read(reader, S3Location.parse("s3://my-trail-bucket/prefix"))) {
 *   events.forEach(e -> ...);
 * }
 * }</pre>
 *
 * <p><b>Listing.</b> The objects are found the way CloudTrail lays them out, never by listing the whole bucket: a
 * delimiter listing finds the organization, account and region folders, and those the reader's filter excludes are
 * not entered ({@link CloudTrailReader#logFileSelector()}); within a region, each day of the filter's time range is
 * listed (with pagination), or, with only a lower bound, one listing starts after the day before it
 * ({@code StartAfter}). Digest, Insights and other services' files are skipped. Pruned and skipped folders and objects
 * go to the builder's {@link Builder#listener(ReadListener) listener}.
 *
 * <p><b>Reading.</b> Objects are read through the reader's {@link CloudTrailReader#read(Stream)}, so with its
 * filter, limits, error policy, mappers, listener, order and parallelism: its parallelism is the number of concurrent
 * GETs, and each GET is streamed through gunzip into the parser (memory stays bounded whatever the bucket holds).
 * Throttling ({@code 503 SlowDown}) and server errors are retried by the SDK's retry strategy; a connection that breaks
 * in the middle of an object is resumed with a ranged GET from the first byte not yet read, conditional on the
 * object's ETag, so that no record is lost or repeated. An object deleted after it was listed, an object or a folder
 * whose access is denied, and a failed listing are problems naming the key, reported under the reader's error
 * policy; the other folders and objects are still read.
 *
 * <p>Thread-safe; close it to close the S3 client it built (a client given to the builder is the caller's).
 *
 * @since 0.1.0
 */
public final class S3LogSource implements AutoCloseable {
  private final S3Client s3;
  private final boolean ownsClient;
  private final ReadListener listener;
  private final int maxResumes;

  private S3LogSource(S3Client s3, boolean ownsClient, ReadListener listener, int maxResumes) {
    this.s3 = s3;
    this.ownsClient = ownsClient;
    this.listener = listener;
    this.maxResumes = maxResumes;
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The events under {@code location} that {@code reader} accepts, read with its configuration. Close the stream.
   *
   * @param reader the reader whose filter prunes the listing and whose configuration reads the objects
   * @param location the bucket and prefix
   * @return the events, in key order (or as objects complete, with the reader's {@code ordered(false)})
   */
  public Stream<CloudTrailEvent> read(CloudTrailReader reader, S3Location location) {
    Objects.requireNonNull(reader, "reader");
    return reader.read(sources(location, reader.logFileSelector()));
  }

  /**
   * The log objects under {@code location} that can hold records {@code selector} selects, listed lazily in key
   * order: for {@link CloudTrailReader#read(Stream)}, or to count or copy them. Listing starts with the first object
   * taken and runs ahead on a thread of its own, up to about a thousand objects (a listing page) ahead of the
   * stream's consumer, so that reading never waits for a list request that could have been made before; the
   * {@link Builder#listener(ReadListener) listener} is still called on the consuming thread, in key order. Closing
   * the stream stops listing ahead.
   *
   * @param location the bucket and prefix
   * @param selector which account, region and day folders and objects to keep
   * @return the objects as sources named {@code s3://bucket/key}, opened with a streaming GET
   */
  public Stream<CloudTrailSource> sources(S3Location location, LogFileSelector selector) {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(selector, "selector");
    // listed on a thread of its own, ahead of the reader: see ListingAhead
    ListingAhead walk = new ListingAhead(location.toString(),
        relay -> new S3Walk(s3, location.bucket(), location.prefix(), selector, relay, maxResumes), listener);
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(walk, Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(walk::close);
  }

  /**
   * One object, read as a source: for notifications that name their objects.
   *
   * @param bucket the bucket
   * @param key the key (not URL-encoded)
   * @return the source, named {@code s3://bucket/key}
   */
  public CloudTrailSource object(String bucket, String key) {
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(key, "key");
    String name = "s3://" + bucket + "/" + key;
    return CloudTrailSource.of(name, () -> org.cloudtrail4j.s3.internal.ObjectStream.open(s3, bucket, key, null,
        maxResumes));
  }

  /**
   * The S3 client in use.
   *
   * @return the client
   */
  public S3Client client() {
    return s3;
  }

  /** Closes the S3 client when this source built it. */
  @Override
  public void close() {
    if (ownsClient) {
      s3.close();
    }
  }

  /**
   * Configures an {@link S3LogSource}: either an S3 client of your own ({@link #client(S3Client)}), or the settings of
   * one it builds (the SDK's default credentials and region chains unless set). Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private S3Client client;
    private String region;
    private URI endpoint;
    private boolean pathStyle;
    private AwsCredentialsProvider credentials;
    private String profile;
    private ReadListener listener = new ReadListener() { };
    private int maxResumes = 5;

    private Builder() {}

    /**
     * Uses {@code client}, which the source does not close; the other client settings are then ignored.
     *
     * @param client an S3 client
     * @return this builder
     */
    public Builder client(S3Client client) {
      this.client = Objects.requireNonNull(client, "client");
      return this;
    }

    /**
     * The bucket's region; by default the SDK's region chain, or {@code us-east-1} with cross-region access when it
     * finds none.
     *
     * @param region a region such as {@code eu-west-1}
     * @return this builder
     */
    public Builder region(String region) {
      this.region = Objects.requireNonNull(region, "region");
      return this;
    }

    /**
     * An S3-compatible endpoint instead of AWS's, e.g. {@code http://127.0.0.1:9000}.
     *
     * @param endpoint the endpoint URL
     * @return this builder
     */
    public Builder endpointOverride(URI endpoint) {
      this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
      return this;
    }

    /**
     * Addresses buckets in the path ({@code host/bucket/key}) rather than the host name; most S3-compatible stores
     * need it. Default false.
     *
     * @param pathStyle whether to use path-style requests
     * @return this builder
     */
    public Builder forcePathStyle(boolean pathStyle) {
      this.pathStyle = pathStyle;
      return this;
    }

    /**
     * The credentials; default: the SDK's default credentials chain (environment, system properties, profile, web
     * identity, container and instance roles).
     *
     * @param credentials a credentials provider
     * @return this builder
     */
    public Builder credentialsProvider(AwsCredentialsProvider credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
      return this;
    }

    /**
     * The credentials of a named profile of the shared AWS configuration files.
     *
     * @param profile the profile name
     * @return this builder
     */
    public Builder profile(String profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /**
     * Hears of the folders and objects the listing prunes or skips, on the thread consuming the events' stream.
     *
     * @param listener the listener; the reader's own listener hears of the objects read
     * @return this builder
     */
    public Builder listener(ReadListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * How many times the body of one object may be resumed after a broken connection (default 5).
     *
     * @param maxResumes zero or more
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder maxResumes(int maxResumes) {
      if (maxResumes < 0) {
        throw new IllegalArgumentException("maxResumes must not be negative: " + maxResumes);
      }
      this.maxResumes = maxResumes;
      return this;
    }

    /**
     * The source.
     *
     * @return the source
     */
    public S3LogSource build() {
      if (client != null) {
        return new S3LogSource(client, false, listener, maxResumes);
      }
      S3ClientBuilder b = S3Client.builder().forcePathStyle(pathStyle);
      if (endpoint != null) {
        b.endpointOverride(endpoint);
      }
      if (credentials != null) {
        b.credentialsProvider(credentials);
      } else if (profile != null) {
        b.credentialsProvider(ProfileCredentialsProvider.create(profile));
      } else {
        b.credentialsProvider(DefaultCredentialsProvider.builder().build());
      }
      if (region != null) {
        b.region(Region.of(region));
      } else {
        Region found = Regions.fromChain(profile);
        b.region(found == null ? Region.US_EAST_1 : found);
        if (found == null && endpoint == null) {
          b.crossRegionAccessEnabled(true);
        }
      }
      return new S3LogSource(b.build(), true, listener, maxResumes);
    }
  }
}
