package org.cloudtrail4j.benchmarks;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.json.JsonValue;
import org.cloudtrail4j.parser.CloudTrailReader;

/**
 * cloudtrail4j: a {@link CloudTrailReader} stream over the trail, every event's top-level fields handed to the sink,
 * as an application that looks at each event would. Optionally also looks into {@code requestParameters}, which
 * cloudtrail4j keeps as undecoded bytes until asked.
 */
final class C4jReader implements TrailReader, Consumer<CloudTrailEvent> {
  /** The S3 bucket of a data event; absent from most other records, which must be searched to know it. */
  private static final Function<JsonValue, Optional<String>> BUCKET_NAME = v -> v.path("bucketName").asString();
  /** The role of an AssumeRole call. */
  private static final Function<JsonValue, Optional<String>> ROLE_ARN = v -> v.path("roleArn").asString();

  private final Supplier<Stream<CloudTrailEvent>> events;
  private final boolean touchRequest;
  private Sink sink;
  private long records;

  /**
   * @param events opens the stream of events one read consumes
   * @param touchRequest whether to also read two members of each event's requestParameters
   */
  C4jReader(Supplier<Stream<CloudTrailEvent>> events, boolean touchRequest) {
    this.events = events;
    this.touchRequest = touchRequest;
  }

  /** Reads {@code json} in memory with {@code reader}. */
  static C4jReader of(CloudTrailReader reader, byte[] json, boolean touchRequest) {
    return new C4jReader(() -> reader.read(json), touchRequest);
  }

  @Override
  public long read(Sink sink) {
    this.sink = sink;
    records = 0;
    try (Stream<CloudTrailEvent> stream = events.get()) {
      stream.forEach(this);
    }
    this.sink = null;
    return records;
  }

  @Override
  public void accept(CloudTrailEvent e) {
    Sink s = sink;
    s.eventId(e.eventID().orElse(null));
    s.consume(e.eventVersion());
    s.consume(e.userIdentity());
    s.consume(e.eventTime());
    s.consume(e.eventSource());
    s.consume(e.eventName());
    s.consume(e.awsRegion());
    s.consume(e.sourceIPAddress());
    s.consume(e.userAgent());
    s.consume(e.errorCode());
    s.consume(e.errorMessage());
    s.consume(e.requestParameters());
    s.consume(e.responseElements());
    s.consume(e.additionalEventData());
    s.consume(e.serviceEventDetails());
    s.consume(e.requestID());
    s.consume(e.eventType());
    s.consume(e.apiVersion());
    s.consume(e.managementEvent());
    s.consume(e.readOnly());
    s.consume(e.resources());
    s.consume(e.recipientAccountId());
    s.consume(e.sharedEventID());
    s.consume(e.vpcEndpointId());
    s.consume(e.vpcEndpointAccountId());
    s.consume(e.eventCategory());
    s.consume(e.addendum());
    s.consume(e.sessionCredentialFromConsole());
    s.consume(e.edgeDeviceDetails());
    s.consume(e.tlsDetails());
    s.consume(e.insightDetails());
    s.consume(e.eventContext());
    s.consume(e.annotation());
    s.consume(e.unknownFields());
    if (touchRequest) {
      Optional<JsonValue> request = e.requestParameters();
      s.consume(request.flatMap(BUCKET_NAME));
      s.consume(request.flatMap(ROLE_ARN));
    }
    records++;
  }
}
