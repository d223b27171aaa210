package org.cloudtrail4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** jackson-databind's {@code readTree} of the whole file, then a walk over {@code Records}. */
final class DatabindTreeReader implements TrailReader {
  private final ObjectMapper mapper = new ObjectMapper();
  private final byte[] json;

  DatabindTreeReader(byte[] json) {
    this.json = json;
  }

  @Override
  public long read(Sink sink) throws IOException {
    long records = 0;
    for (JsonNode record : mapper.readTree(json).path("Records")) {
      JsonNode eventId = record.get("eventID");
      sink.eventId(eventId == null ? null : eventId.textValue());
      sink.consume(record);
      records++;
    }
    return records;
  }
}
