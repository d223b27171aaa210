package org.cloudtrail4j.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.Map;

/**
 * jackson-databind, streaming: a parser positioned on the {@code Records} array, and each record read as a
 * {@code Map<String, Object>}, as a pipeline that does not know the schema would.
 */
final class DatabindMapReader implements TrailReader {
  private final ObjectMapper mapper = new ObjectMapper();
  private final ObjectReader recordReader = mapper.readerFor(new TypeReference<Map<String, Object>>() {});
  private final byte[] json;

  DatabindMapReader(byte[] json) {
    this.json = json;
  }

  @Override
  public long read(Sink sink) throws IOException {
    long records = 0;
    try (JsonParser parser = mapper.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("not a CloudTrail log file: no object at " + parser.currentLocation());
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        boolean isRecords = "Records".equals(parser.currentName());
        if (parser.nextToken() != JsonToken.START_ARRAY || !isRecords) {
          parser.skipChildren();
          continue;
        }
        while (parser.nextToken() == JsonToken.START_OBJECT) {
          Map<String, Object> record = recordReader.readValue(parser);
          sink.eventId(record.get("eventID"));
          sink.consume(record);
          records++;
        }
      }
    }
    return records;
  }
}
