package org.cloudtrail4j.integrity.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The members of a digest file the validator reads. Parsed from the inflated bytes, which are hashed as they are:
 * the values here are never serialised again (a real digest escapes {@code /} as {@code \/}).
 */
public final class DigestDocument {
  /** One {@code logFiles[]} entry. */
  public record LogEntry(String s3Bucket, String s3Object, String hashValue, String hashAlgorithm) {}

  /** The inflated bytes are not a digest document. */
  public static final class FormatException extends Exception {
    private static final long serialVersionUID = 1L;

    FormatException(String message) {
      super(message);
    }
  }

  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).build()).build();

  /** Top-level string members: absent keys are missing, JSON null is present with a null value. */
  private final Map<String, String> members;
  /** null when the digest has no {@code logFiles} member. */
  public final List<LogEntry> logFiles;

  private DigestDocument(Map<String, String> members, List<LogEntry> logFiles) {
    this.members = members;
    this.logFiles = logFiles;
  }

  /** Whether the member is present (its value may be null). */
  public boolean has(String member) {
    return members.containsKey(member);
  }

  /** The member's string value, or null when absent or JSON null. */
  public String get(String member) {
    return members.get(member);
  }

  public static DigestDocument parse(byte[] json) throws FormatException {
    Map<String, String> members = new HashMap<>();
    List<LogEntry> logFiles = null;
    try (JsonParser p = JSON.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new FormatException("not a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        if (name.equals("logFiles")) {
          if (t != JsonToken.START_ARRAY) {
            throw new FormatException("logFiles is not an array");
          }
          logFiles = new ArrayList<>();
          while (p.nextToken() == JsonToken.START_OBJECT) {
            logFiles.add(entry(p, logFiles.size()));
          }
          if (p.currentToken() != JsonToken.END_ARRAY) {
            throw new FormatException("logFiles holds something other than objects");
          }
        } else if (t == JsonToken.VALUE_STRING) {
          members.put(name, p.getText());
        } else if (t == JsonToken.VALUE_NULL) {
          members.put(name, null);
        } else {
          // a future member we do not read: it is covered by the hash all the same
          p.skipChildren();
        }
      }
      if (p.nextToken() != null) {
        throw new FormatException("data after the JSON object");
      }
    } catch (IOException e) {
      throw new FormatException("not valid JSON: " + e.getMessage());
    }
    return new DigestDocument(members, logFiles);
  }

  private static LogEntry entry(JsonParser p, int index) throws IOException, FormatException {
    Map<String, String> m = new HashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      if (t == JsonToken.VALUE_STRING) {
        m.put(name, p.getText());
      } else {
        p.skipChildren();
      }
    }
    if (m.get("s3Object") == null || m.get("hashValue") == null) {
      throw new FormatException("logFiles[" + index + "] has no s3Object or hashValue");
    }
    return new LogEntry(m.get("s3Bucket"), m.get("s3Object"), m.get("hashValue"), m.get("hashAlgorithm"));
  }
}
