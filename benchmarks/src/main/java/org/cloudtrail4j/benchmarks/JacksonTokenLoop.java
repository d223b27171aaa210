package org.cloudtrail4j.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * The baseline: jackson-core's tokenizer alone, {@code nextToken()} to the end, counting records by depth. It
 * decodes no value, so nothing that reads the values with jackson-core can be faster.
 */
final class JacksonTokenLoop implements TrailReader {
  /** The depth of a record's START_OBJECT: inside the root object and the Records array. */
  private static final int RECORD_DEPTH = 2;

  private final JsonFactory factory = new JsonFactory();
  private final byte[] json;

  JacksonTokenLoop(byte[] json) {
    this.json = json;
  }

  @Override
  public long read(Sink sink) throws IOException {
    long records = 0;
    int depth = 0;
    try (JsonParser parser = factory.createParser(json)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.START_OBJECT) {
          if (depth == RECORD_DEPTH) {
            records++;
          }
          depth++;
        } else if (token == JsonToken.START_ARRAY) {
          depth++;
        } else if (token.isStructEnd()) {
          depth--;
        }
      }
    }
    sink.consume(records);
    return records;
  }
}
