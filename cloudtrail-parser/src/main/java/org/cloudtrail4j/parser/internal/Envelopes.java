package org.cloudtrail4j.parser.internal;

import java.nio.charset.StandardCharsets;
import org.cloudtrail4j.model.internal.JsonScanner;
import org.cloudtrail4j.model.internal.JsonStrings;
import org.cloudtrail4j.model.internal.MalformedJsonException;
import org.cloudtrail4j.model.json.JsonValue;
import org.cloudtrail4j.parser.ProblemKind;

/**
 * Finds the records inside an envelope that lies whole in memory: an EventBridge event's {@code detail}, a CloudWatch
 * Logs subscription message's {@code logEvents[].message} strings, LookupEvents output's
 * {@code Events[].CloudTrailEvent} strings, or one LookupEvents event. Works on a complete slice and never reads the
 * source, so it is testable without streams.
 */
final class Envelopes {
  /** Where the records and problems found go. */
  interface Sink {
    /**
     * A record object that lies whole in {@code bytes[start, end)}.
     *
     * @param offset the source offset of the record (for a record held in a JSON string: of that string)
     */
    void record(byte[] bytes, int start, int end, String path, long offset);

    /** A bad record at source offset {@code offset}. */
    void problem(ProblemKind kind, long offset, String path, String message, JsonValue raw);
  }

  private Envelopes() {}

  /**
   * Reads the envelope of {@code shape} in {@code b[start, end)}, whose structure is known to be sound.
   *
   * @param base the source offset of {@code b[0]}
   * @param path the envelope's JSON path
   */
  static void read(TopLevelShape shape, byte[] b, int start, int end, long base, String path, Sink out) {
    ObjectCursor c = new ObjectCursor().reset(b, start, end);
    switch (shape) {
      case EVENTBRIDGE:
        while (c.next()) {
          if (c.key() == Key.detail) {
            if (b[c.valueStart] == '{') {
              out.record(b, c.valueStart, c.valueEnd(), path + ".detail", base + c.valueStart);
            } else {
              out.problem(ProblemKind.WRONG_TYPE, base + c.valueStart, path + ".detail",
                  "EventBridge detail is not an object", JsonValue.ofSlice(b, start, end - start));
            }
            return;
          }
        }
        out.problem(ProblemKind.UNSUPPORTED_FORMAT, base + start, path, "EventBridge event without a detail",
            JsonValue.ofSlice(b, start, end - start));
        return;
      case LOOKUP_EVENT:
        element(b, start, end, Key.CloudTrailEvent, base, path + ".CloudTrailEvent", out);
        return;
      case CLOUDWATCH_LOGS:
        embedded(b, c, Key.logEvents, Key.message, base, path, out);
        return;
      case LOOKUP_EVENTS:
        embedded(b, c, Key.Events, Key.CloudTrailEvent, base, path, out);
        return;
      default:
        throw new IllegalArgumentException("not an envelope: " + shape);
    }
  }

  /** Records embedded as JSON strings: CloudWatch Logs {@code logEvents[].message}, LookupEvents {@code Events[]}. */
  private static void embedded(byte[] b, ObjectCursor c, Key arrayKey, Key stringKey, long base, String path,
      Sink out) {
    while (c.next()) {
      if (c.key() != arrayKey) {
        continue;
      }
      String arrayPath = path + "." + arrayKey.wire();
      if (b[c.valueStart] != '[') {
        out.problem(ProblemKind.WRONG_TYPE, base + c.valueStart, arrayPath, "expected an array",
            JsonValue.ofSlice(b, c.valueStart, c.valueEnd() - c.valueStart));
        return;
      }
      int i = JsonScanner.skipWhitespace(b, c.valueStart + 1, c.valueEnd());
      int index = 0;
      while (b[i] != ']') {
        int elementEnd = JsonScanner.skipValue(b, i, c.valueEnd(), Integer.MAX_VALUE);
        element(b, i, elementEnd, stringKey, base, arrayPath + "[" + index + "]." + stringKey.wire(), out);
        index++;
        i = JsonScanner.skipWhitespace(b, elementEnd, c.valueEnd());
        if (b[i] == ',') {
          i = JsonScanner.skipWhitespace(b, i + 1, c.valueEnd());
        }
      }
      return;
    }
  }

  /** One envelope element holding a record as the JSON string member {@code stringKey}. */
  private static void element(byte[] b, int start, int end, Key stringKey, long base, String path, Sink out) {
    int stringStart = -1;
    int stringEnd = -1;
    if (b[start] == '{') {
      ObjectCursor member = new ObjectCursor().reset(b, start, end);
      while (member.next()) {
        if (member.key() == stringKey) {
          stringStart = member.valueStart;
          stringEnd = member.valueEnd();
        }
      }
    }
    if (stringStart < 0 || b[stringStart] != '"') {
      out.problem(ProblemKind.WRONG_TYPE, base + start, path, "expected a JSON string holding a record",
          JsonValue.ofSlice(b, start, end - start));
    } else {
      embeddedRecord(b, stringStart, stringEnd, base, path, out);
    }
  }

  private static void embeddedRecord(byte[] b, int stringStart, int stringEnd, long base, String path, Sink out) {
    byte[] json;
    try {
      json = JsonStrings.decode(b, stringStart, stringEnd - 1).getBytes(StandardCharsets.UTF_8);
    } catch (MalformedJsonException e) {
      out.problem(ProblemKind.MALFORMED_JSON, e.index() < 0 ? -1 : base + e.index(), path, e.reason(), null);
      return;
    }
    int i = JsonScanner.skipWhitespace(json, 0, json.length);
    if (i >= json.length || json[i] != '{') {
      out.problem(ProblemKind.WRONG_TYPE, base + stringStart, path, "the string does not hold a JSON object",
          JsonValue.ofSlice(b, stringStart, stringEnd - stringStart));
      return;
    }
    out.record(json, i, json.length, path, base + stringStart);
  }
}
