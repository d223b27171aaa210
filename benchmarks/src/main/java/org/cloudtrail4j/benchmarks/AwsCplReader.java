package org.cloudtrail4j.benchmarks;

import com.amazonaws.services.cloudtrail.processinglibrary.model.CloudTrailEvent;
import com.amazonaws.services.cloudtrail.processinglibrary.model.CloudTrailLog;
import com.amazonaws.services.cloudtrail.processinglibrary.serializer.DefaultEventSerializer;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * The AWS CloudTrail Processing Library 1.1.3 parser, as its {@code AWSCloudTrailProcessingExecutor} uses it for each
 * log file: a {@link DefaultEventSerializer} over a parser from an {@link ObjectMapper}'s factory (its nested values
 * are read with {@code readValueAsTree}, which needs the mapper as codec), then
 * {@code hasNextEvent()}/{@code getNextEvent()} to the end.
 *
 * <p>Every record is fully decoded by CPL: its top-level fields into a map, eventTime to a {@code Date}, eventID to a
 * {@code UUID}, userIdentity and resources to objects, and every other nested value (requestParameters,
 * responseElements...) to a tree and back to a JSON string.
 */
final class AwsCplReader implements TrailReader {
  private final ObjectMapper mapper = new ObjectMapper();
  private final CloudTrailLog log = new CloudTrailLog("benchmark-bucket", Corpus.TRAIL_JSON);
  private final byte[] json;

  AwsCplReader(byte[] json) {
    this.json = json;
  }

  @Override
  public long read(Sink sink) throws IOException {
    long records = 0;
    try (JsonParser parser = mapper.getFactory().createParser(json)) {
      DefaultEventSerializer serializer = new DefaultEventSerializer(log, parser);
      // hasNextEvent() advances the parser: it must be called exactly once per event
      while (serializer.hasNextEvent()) {
        CloudTrailEvent event = serializer.getNextEvent();
        sink.eventId(event.getEventData().getEventId());
        sink.consume(event);
        records++;
      }
    }
    return records;
  }
}
