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

  /**
   * Takes every top-level member's value, as application code does ({@code e.eventName().orElse(...)}): the
   * Optional an accessor returns does not escape, so what is measured is what reading costs, not boxing that the
   * JIT removes in real code.
   */
  @Override
  public void accept(CloudTrailEvent e) {
    Sink s = sink;
    s.eventId(e.eventID().orElse(null));
    s.consume(e.eventVersion().orElse(null));
    s.consume(e.userIdentity().orElse(null));
    s.consume(e.eventTime().orElse(null));
    s.consume(e.eventSource().orElse(null));
    s.consume(e.eventName().orElse(null));
    s.consume(e.awsRegion().orElse(null));
    s.consume(e.sourceIPAddress().orElse(null));
    s.consume(e.userAgent().orElse(null));
    s.consume(e.errorCode().orElse(null));
    s.consume(e.errorMessage().orElse(null));
    s.consume(e.requestParameters().orElse(null));
    s.consume(e.responseElements().orElse(null));
    s.consume(e.additionalEventData().orElse(null));
    s.consume(e.serviceEventDetails().orElse(null));
    s.consume(e.requestID().orElse(null));
    s.consume(e.eventType().orElse(null));
    s.consume(e.apiVersion().orElse(null));
    s.consume(e.managementEvent().orElse(null));
    s.consume(e.readOnly().orElse(null));
    s.consume(e.resources());
    s.consume(e.recipientAccountId().orElse(null));
    s.consume(e.sharedEventID().orElse(null));
    s.consume(e.vpcEndpointId().orElse(null));
    s.consume(e.vpcEndpointAccountId().orElse(null));
    s.consume(e.eventCategory().orElse(null));
    s.consume(e.addendum().orElse(null));
    s.consume(e.sessionCredentialFromConsole().orElse(null));
    s.consume(e.edgeDeviceDetails().orElse(null));
    s.consume(e.tlsDetails().orElse(null));
    s.consume(e.insightDetails().orElse(null));
    s.consume(e.eventContext().orElse(null));
    s.consume(e.annotation().orElse(null));
    s.consume(e.unknownFields());
    if (touchRequest) {
      Optional<JsonValue> request = e.requestParameters();
      s.consume(request.flatMap(BUCKET_NAME));
      s.consume(request.flatMap(ROLE_ARN));
    }
    records++;
  }
}
