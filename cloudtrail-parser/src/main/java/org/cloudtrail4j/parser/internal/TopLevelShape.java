package org.cloudtrail4j.parser.internal;

import org.cloudtrail4j.model.internal.JsonScanner;
import org.cloudtrail4j.model.internal.MalformedJsonException;

/**
 * What a top-level JSON object is, told by its first telling key: the first key that is a record member, a delivery's
 * {@code Records}, or the mark of an envelope or a digest. Unknown keys before it are skipped with their values.
 */
enum TopLevelShape {
  /** Not told yet: no key seen, or only unknown keys. */
  UNDECIDED,
  /** A CloudTrail record. */
  RECORD,
  /** A CloudTrail delivery object: {@code Records} among its keys. */
  DELIVERY,
  /** An EventBridge event: the record is its {@code detail}. */
  EVENTBRIDGE,
  /** A CloudWatch Logs subscription message: records as {@code logEvents[].message} strings. */
  CLOUDWATCH_LOGS,
  /** LookupEvents output: records as {@code Events[].CloudTrailEvent} strings. */
  LOOKUP_EVENTS,
  /** One LookupEvents event: the record as its {@code CloudTrailEvent} string. */
  LOOKUP_EVENT,
  /** A CloudTrail digest file (log file integrity). */
  DIGEST;

  /** What {@link #tellingKey} returns when the object closes before a telling key. */
  static final int NO_KEY = -1;
  /** What {@link #tellingKey} returns when the grammar breaks before a telling key. */
  static final int MALFORMED = -2;

  /** The shape a key tells; {@link #UNDECIDED} for an unknown key or null. */
  static TopLevelShape of(Key key) {
    if (key == null) {
      return UNDECIDED;
    }
    switch (key) {
      case Records:
        return DELIVERY;
      case detail:
      case DETAIL_TYPE:
        return EVENTBRIDGE;
      case logEvents:
        return CLOUDWATCH_LOGS;
      case Events:
        return LOOKUP_EVENTS;
      case CloudTrailEvent:
        return LOOKUP_EVENT;
      case digestStartTime:
      case digestEndTime:
      case logFiles:
      case digestSignatureAlgorithm:
        return DIGEST;
      case eventVersion:
      case userIdentity:
      case eventTime:
      case eventSource:
      case eventName:
      case awsRegion:
      case sourceIPAddress:
      case userAgent:
      case requestParameters:
      case responseElements:
      case requestID:
      case eventID:
      case eventType:
      case recipientAccountId:
      case errorCode:
      case errorMessage:
      case readOnly:
      case managementEvent:
      case eventCategory:
      case additionalEventData:
      case serviceEventDetails:
      case resources:
      case sharedEventID:
      case tlsDetails:
      case insightDetails:
      case apiVersion:
        return RECORD;
      default:
        return UNDECIDED;
    }
  }

  /** The shape the key whose opening quote is at {@code quote} tells; the key must lie whole before {@code end}. */
  static TopLevelShape ofKeyAt(byte[] b, int quote, int end) {
    return of(Key.lookup(b, quote, JsonScanner.skipString(b, quote, end) - 1));
  }

  /**
   * Finds the first telling key of the object whose '{' is at {@code start}, skipping unknown keys and their values.
   *
   * @return the index of its opening quote, {@link #NO_KEY} when the object closes first, {@link #MALFORMED} when the
   *     grammar breaks first (the record reader then says where)
   * @throws MalformedJsonException truncated, when the bytes end before the answer
   */
  static int tellingKey(byte[] b, int start, int end, int maxDepth, int maxNumberLength) {
    int i = start + 1;
    while (true) {
      i = JsonScanner.skipWhitespace(b, i, end);
      if (i >= end) {
        throw MalformedJsonException.truncated(i, "input ends inside an object");
      }
      if (b[i] == ',') {
        i++;
        continue;
      }
      if (b[i] != '"') {
        return b[i] == '}' ? NO_KEY : MALFORMED;
      }
      int afterKey;
      try {
        afterKey = JsonScanner.skipString(b, i, end);
      } catch (MalformedJsonException e) {
        if (e.isTruncated()) {
          throw e;
        }
        return MALFORMED;
      }
      if (of(Key.lookup(b, i, afterKey - 1)) != UNDECIDED) {
        return i;
      }
      // an unknown key: skip its value and look at the next key
      int colon = JsonScanner.skipWhitespace(b, afterKey, end);
      if (colon < end && b[colon] != ':') {
        return MALFORMED;
      }
      int valueStart = colon < end ? JsonScanner.skipWhitespace(b, colon + 1, end) : end;
      if (valueStart >= end) {
        throw MalformedJsonException.truncated(valueStart, "input ends inside an object");
      }
      try {
        i = JsonScanner.skipValue(b, valueStart, end, maxDepth, maxNumberLength);
      } catch (MalformedJsonException e) {
        if (e.isTruncated()) {
          throw e;
        }
        return MALFORMED;
      }
    }
  }
}
