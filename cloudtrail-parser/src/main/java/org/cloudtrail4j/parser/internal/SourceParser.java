package org.cloudtrail4j.parser.internal;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.zip.ZipException;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.EventOrigin;
import org.cloudtrail4j.model.internal.JsonScanner;
import org.cloudtrail4j.model.internal.JsonStrings;
import org.cloudtrail4j.model.internal.MalformedJsonException;
import org.cloudtrail4j.model.json.JsonValue;
import org.cloudtrail4j.parser.CloudTrailProblem;
import org.cloudtrail4j.parser.EventFilter;
import org.cloudtrail4j.parser.ProblemKind;
import org.cloudtrail4j.parser.ReadLimits;

/**
 * Reads one source (a file or a stream) into events and problems, pulled one at a time with {@link #next()}.
 *
 * <p>The format is detected from the bytes: gzip or not (concatenated gzip members included), an optional UTF-8 BOM,
 * then a sequence of top-level JSON values separated by whitespace (one value, or newline-delimited JSON). Each
 * top-level object is classified by its first telling key: a CloudTrail delivery object ({@code Records} anywhere
 * among its keys), a record, an EventBridge event ({@code detail}), a CloudWatch Logs subscription message
 * ({@code logEvents[].message} strings), LookupEvents output ({@code Events[].CloudTrailEvent} strings) or a digest
 * file. A top-level array holds any of these.
 *
 * <p>Only the {@code Records} array and the top-level sequence are streamed; every record or envelope must fit in
 * the window (the record size limit). Not thread-safe: one parser per source, on one thread at a time.
 */
final class SourceParser {
  private static final int TOP = 0;
  private static final int TOP_ARRAY = 1;
  private static final int DELIVERY = 2;
  private static final int RECORDS = 3;

  private static final int UNDECIDED = 0;
  private static final int RECORD = 1;
  private static final int DELIVERY_OBJECT = 2;
  private static final int EVENTBRIDGE = 3;
  private static final int CLOUDWATCH_LOGS = 4;
  private static final int LOOKUP_EVENTS = 5;
  private static final int DIGEST = 6;
  private static final int LOOKUP_EVENT = 7;

  private final String source;
  private final ReadLimits limits;
  private final EventFilter filter;
  private final RecordDecoder decoder;
  private final boolean explicit;
  private final boolean claimsToBeLog;
  private final InputStream rawStream;
  /**
   * Whether a gzip source inflates on another thread, one block ahead of parsing: when this reader reads one source
   * at a time (with parallelism, the other threads parse other files) and there is a second processor.
   */
  private final boolean readAhead;
  private Input in;

  private final ArrayDeque<Object> pending = new ArrayDeque<>();
  private int[] contexts = new int[8];
  private boolean[] firsts = new boolean[8];
  private int depth;
  private boolean started;
  private boolean finished;
  private boolean sawValue;
  private String skippedReason;

  private long recordIndex;
  private long arrayIndex;
  private long records;
  private long problems;
  private long filtered;

  /**
   * A parser over a stream.
   *
   * @param explicit true when the user named this source; false when it was found walking a directory, where
   *     non-log files are skipped rather than reported
   * @param claimsToBeLog true when the file name says it is a log (.json, .gz, ...), so that a non-JSON content is
   *     a problem even in a directory walk
   */
  SourceParser(String source, InputStream stream, ReaderConfig config, StringCache cache, boolean explicit,
      boolean claimsToBeLog) {
    this.source = source;
    this.limits = config.limits;
    this.filter = config.filter;
    this.decoder = new RecordDecoder(config.limits, cache, config.strict, config.mappers);
    this.explicit = explicit;
    this.claimsToBeLog = claimsToBeLog;
    this.rawStream = stream;
    this.readAhead = config.parallelism == 1 && ReadAheadInput.worthwhile();
    this.in = new Input(stream, limits.maxRecordBytes());
  }

  /** A parser over bytes in memory: records are slices of {@code bytes}, never copied. */
  SourceParser(String source, byte[] bytes, int offset, int length, ReaderConfig config, StringCache cache) {
    this.source = source;
    this.limits = config.limits;
    this.filter = config.filter;
    this.decoder = new RecordDecoder(config.limits, cache, config.strict, config.mappers);
    this.explicit = true;
    this.claimsToBeLog = true;
    this.rawStream = null;
    this.readAhead = config.parallelism == 1 && ReadAheadInput.worthwhile();
    this.in = new Input(bytes, offset, length);
  }

  String source() {
    return source;
  }

  long records() {
    return records;
  }

  long problems() {
    return problems;
  }

  long filtered() {
    return filtered;
  }

  /** Bytes of (decompressed) JSON read so far. */
  long bytesRead() {
    return in.offset(in.pos);
  }

  /** Why the source was skipped as not a log file, or null. */
  String skippedReason() {
    return skippedReason;
  }

  /** The next {@link CloudTrailEvent} or {@link CloudTrailProblem}, or null at the end of the source. */
  Object next() {
    while (pending.isEmpty()) {
      if (finished) {
        if (in.truncation == null) {
          return null;
        }
        String cut = in.truncation.getMessage();
        sourceProblem(ProblemKind.TRUNCATED, in.limit, "$", "truncated gzip stream" + (cut == null ? "" : ": " + cut),
            in.truncation);
        in.truncation = null;
        continue;
      }
      try {
        step();
      } catch (Input.WindowFullException e) {
        sourceProblem(ProblemKind.LIMIT_EXCEEDED, in.pos, "$",
            "a value exceeds the record size limit of " + limits.maxRecordBytes() + " bytes", null);
        finished = true;
      } catch (EOFException e) {
        sourceProblem(ProblemKind.TRUNCATED, in.limit, "$", "truncated gzip stream: " + e.getMessage(), e);
        finished = true;
      } catch (ZipException e) {
        sourceProblem(ProblemKind.IO_ERROR, in.limit, "$", "corrupt gzip stream: " + e.getMessage(), e);
        finished = true;
      } catch (IOException e) {
        sourceProblem(ProblemKind.IO_ERROR, in.limit, "$", "cannot read: " + e, e);
        finished = true;
      }
    }
    Object item = pending.poll();
    if (item instanceof CloudTrailProblem) {
      problems++;
    } else {
      records++;
    }
    return item;
  }

  // ---- the state machine

  private void step() throws IOException {
    if (!started) {
      started = true;
      start();
      return;
    }
    int c = peek();
    switch (contexts[depth]) {
      case TOP:
        if (c < 0) {
          finished = true;
        } else if (c == '[') {
          in.pos++;
          push(TOP_ARRAY);
        } else if (c == '{') {
          topObject(in.pos);
        } else {
          garbage();
        }
        sawValue = true;
        return;
      case TOP_ARRAY:
      case RECORDS:
        arrayElement(c);
        return;
      default:
        deliveryMember(c);
    }
  }

  private void start() throws IOException {
    boolean gunzipped = false;
    if (in.limit - in.pos < 3) {
      in.fill(in.pos);
    }
    if (in.limit - in.pos >= 2 && (in.buf[in.pos] & 0xff) == 0x1f && (in.buf[in.pos + 1] & 0xff) == 0x8b) {
      InputStream compressed = rawStream != null
          ? new SequenceInputStream(new ByteArrayInputStream(in.buf, in.pos, in.limit - in.pos), rawStream)
          : new ByteArrayInputStream(in.buf, in.pos, in.limit - in.pos);
      InputStream inflated = new GzipInput(compressed);
      in = new Input(readAhead ? new ReadAheadInput(inflated) : inflated, limits.maxRecordBytes());
      in.fill(0);
      gunzipped = true;
    }
    if (in.limit - in.pos >= 3 && (in.buf[in.pos] & 0xff) == 0xef && (in.buf[in.pos + 1] & 0xff) == 0xbb
        && (in.buf[in.pos + 2] & 0xff) == 0xbf) {
      in.pos += 3; // a UTF-8 byte order mark, which RFC 8259 lets parsers ignore
    }
    String other = otherFormat(in.buf, in.pos, in.limit, gunzipped);
    int c = peek();
    if (c < 0) {
      if (in.truncation == null) {
        skippedReason = "empty";
      }
      finished = true;
    } else if (c != '{' && c != '[' || other != null) {
      if (explicit || claimsToBeLog) {
        sourceProblem(ProblemKind.UNSUPPORTED_FORMAT, in.pos, "$", other != null ? "not a CloudTrail log: " + other
            : "not a CloudTrail log: starts with " + JsonScanner.describe(in.buf, in.pos, in.limit)
                + ", expected gzip or a JSON object or array", null);
      } else {
        skippedReason = other != null ? other : "not JSON or gzip";
      }
      finished = true;
    }
  }

  private static boolean jsonStart(int c) {
    return c == '{' || c == '[' || c == ' ' || c == '\n' || c == '\r' || c == '\t';
  }

  /**
   * What the bytes at {@code i} are when they are recognisably something else than UTF-8 JSON: gzip data inside gzip
   * (a file compressed twice), or JSON in UTF-16 or UTF-32 (told by a byte order mark or by the zero bytes around
   * its first ASCII character, as RFC 4627 describes); null otherwise.
   */
  private static String otherFormat(byte[] b, int i, int end, boolean decompressed) {
    int n = Math.min(4, end - i);
    int[] x = new int[4];
    for (int k = 0; k < n; k++) {
      x[k] = b[i + k] & 0xff;
    }
    if (decompressed && n >= 2 && x[0] == 0x1f && x[1] == 0x8b) {
      return "gzip data inside gzip: the file is compressed twice";
    }
    if (n >= 4 && x[0] == 0 && x[1] == 0 && (x[2] == 0xfe && x[3] == 0xff || x[2] == 0 && jsonStart(x[3]))) {
      return "UTF-32BE text; CloudTrail logs are UTF-8";
    }
    if (n >= 4 && x[2] == 0 && x[3] == 0 && (x[0] == 0xff && x[1] == 0xfe || jsonStart(x[0]) && x[1] == 0)) {
      return "UTF-32LE text; CloudTrail logs are UTF-8";
    }
    if (n >= 2 && (x[0] == 0xfe && x[1] == 0xff || x[0] == 0 && jsonStart(x[1]))) {
      return "UTF-16BE text; CloudTrail logs are UTF-8";
    }
    if (n >= 2 && (x[0] == 0xff && x[1] == 0xfe || jsonStart(x[0]) && x[1] == 0)) {
      return "UTF-16LE text; CloudTrail logs are UTF-8";
    }
    return null;
  }

  /** The next non-whitespace byte (at {@code in.pos}), reading more as needed; -1 at end of input. */
  private int peek() throws IOException {
    while (true) {
      int i = JsonScanner.skipWhitespace(in.buf, in.pos, in.limit);
      in.pos = i;
      if (i < in.limit) {
        return in.buf[i] & 0xff;
      }
      if (in.fill(in.pos) < 0) {
        return -1;
      }
    }
  }

  private void push(int context) {
    if (++depth == contexts.length) {
      contexts = java.util.Arrays.copyOf(contexts, depth * 2);
      firsts = java.util.Arrays.copyOf(firsts, depth * 2);
    }
    contexts[depth] = context;
    firsts[depth] = true;
    if (context == RECORDS || context == TOP_ARRAY) {
      arrayIndex = 0;
    }
  }

  private void garbage() throws IOException {
    if (!sawValue) {
      sourceProblem(ProblemKind.UNSUPPORTED_FORMAT, in.pos, "$", "unexpected "
          + JsonScanner.describe(in.buf, in.pos, in.limit) + ", expected a JSON object or array", null);
      finished = true;
      return;
    }
    // newline-delimited JSON with a bad line: report it as a bad record and go on at the next value
    recordProblem(ProblemKind.MALFORMED_JSON, in.pos, "$", "unexpected "
        + JsonScanner.describe(in.buf, in.pos, in.limit) + ", expected a JSON object", null, null);
    skipToNextValueLine();
  }

  private void arrayElement(int c) throws IOException {
    boolean records = contexts[depth] == RECORDS;
    String where = records ? "$.Records" : "$";
    if (endsContainer(c, ']', where, "the array")) {
      return;
    }
    if (!firsts[depth]) {
      if (c != ',') {
        // not a record: the rest of a damaged one, or a damaged separator; the records around it are counted
        sourceProblem(ProblemKind.MALFORMED_JSON, in.pos, where, "unexpected "
            + JsonScanner.describe(in.buf, in.pos, in.limit) + ", expected ',' or ']' after a record", null);
        if (c != '{' || !startsWithRecordKey(in.pos)) {
          resyncInArray();
          return;
        }
        // only the comma is missing: read the record that follows
      } else {
        in.pos++;
        c = peek();
        if (c < 0) {
          sourceProblem(ProblemKind.TRUNCATED, in.pos, where, "input ends inside the array", null);
          finished = true;
          return;
        }
        if (c == ']') {
          // a trailing comma: the element it promises is missing, but the array is complete
          recordProblem(ProblemKind.MALFORMED_JSON, in.pos, elementPath(), "unexpected ']' after ',', expected a value",
              null, null);
          in.pos++;
          depth--;
          return;
        }
      }
    }
    firsts[depth] = false;
    if (c == '{') {
      if (records) {
        record(null, in.pos);
      } else {
        topObject(in.pos);
      }
    } else {
      int end = skipValueOrReport(in.pos, elementPath());
      if (end >= 0) {
        int start = in.pos; // where the value now is: skipping it may have moved the window
        recordProblem(ProblemKind.WRONG_TYPE, start, elementPath(), "expected a record object, found "
            + JsonScanner.describe(in.buf, start, end), JsonValue.ofSlice(in.buf, start, end - start), null);
        in.pos = end;
      }
    }
    arrayIndex++;
  }

  private String elementPath() {
    return (contexts[depth] == RECORDS ? "$.Records[" : "$[") + arrayIndex + "]";
  }

  /**
   * The JSON path of the value being read: built only when a problem is reported, so that reading a record does
   * not allocate its path.
   */
  private String currentPath() {
    return contexts[depth] == TOP ? "$" : elementPath();
  }

  /**
   * At the next byte {@code c} of a streamed container: true, having handled it, when the input ends there (a
   * TRUNCATED source problem) or the container closes there; false when a member or element follows.
   */
  private boolean endsContainer(int c, char close, String where, String what) {
    if (c < 0) {
      sourceProblem(ProblemKind.TRUNCATED, in.pos, where, "input ends inside " + what, null);
      finished = true;
      return true;
    }
    if (c == close) {
      in.pos++;
      depth--;
      return true;
    }
    return false;
  }

  private void deliveryMember(int c) throws IOException {
    if (endsContainer(c, '}', "$", "the delivery object")) {
      return;
    }
    if (!firsts[depth]) {
      if (c != ',') {
        sourceProblem(ProblemKind.MALFORMED_JSON, in.pos, "$", "unexpected "
            + JsonScanner.describe(in.buf, in.pos, in.limit) + ", expected ',' or '}'", null);
        finished = true;
        return;
      }
      in.pos++;
      peek();
    }
    firsts[depth] = false;
    int keyStart = in.pos;
    int afterKey = ensureValue(keyStart, "$");
    if (afterKey < 0) {
      return;
    }
    keyStart = in.pos;
    boolean isRecords = Key.lookup(in.buf, keyStart, afterKey - 1) == Key.Records;
    in.pos = afterKey;
    int colon = peek();
    if (colon != ':') {
      sourceProblem(colon < 0 ? ProblemKind.TRUNCATED : ProblemKind.MALFORMED_JSON, in.pos, "$",
          "expected ':' after a field name", null);
      finished = true;
      return;
    }
    in.pos++;
    int v = peek();
    if (isRecords && v == '[') {
      in.pos++;
      push(RECORDS);
      return;
    }
    int start = in.pos;
    int end = ensureValue(start, "$");
    if (end < 0) {
      return;
    }
    if (isRecords) {
      sourceProblem(ProblemKind.WRONG_TYPE, in.pos, "$.Records", "expected an array of records, found "
          + JsonScanner.describe(in.buf, in.pos, end), null);
    }
    in.pos = end;
  }

  /**
   * Makes sure the whole value starting at {@code start} is in the window and returns its end; {@code in.pos} is set
   * to the value's (possibly shifted) start. Returns -1 after reporting a problem when it is malformed or too large.
   */
  private int ensureValue(int start, String path) throws IOException {
    in.pos = start;
    while (true) {
      try {
        return JsonScanner.skipValue(in.buf, in.pos, in.limit, limits.maxNestingDepth(),
            limits.maxNumberLength());
      } catch (MalformedJsonException e) {
        if (e.isTruncated()) {
          int shift;
          try {
            shift = in.fill(in.pos);
          } catch (Input.WindowFullException full) {
            sourceProblem(ProblemKind.LIMIT_EXCEEDED, in.pos, path,
                "a value exceeds the record size limit of " + limits.maxRecordBytes() + " bytes", null);
            finished = true;
            return -1;
          }
          if (shift >= 0) {
            continue;
          }
          sourceProblem(ProblemKind.TRUNCATED, e.index(), path, e.reason(), null);
        } else {
          sourceProblem(e.limit() != 0 ? ProblemKind.LIMIT_EXCEEDED : ProblemKind.MALFORMED_JSON, e.index(), path,
              e.limit() != 0 ? limitMessage(e) : e.reason(), null);
        }
        finished = true;
        return -1;
      }
    }
  }

  /** Like {@link #ensureValue} for a non-record array element: reports problems as a bad record. */
  private int skipValueOrReport(int start, String path) throws IOException {
    in.pos = start;
    while (true) {
      try {
        return JsonScanner.skipValue(in.buf, in.pos, in.limit, limits.maxNestingDepth(),
            limits.maxNumberLength());
      } catch (MalformedJsonException e) {
        if (e.isTruncated() && in.fill(in.pos) >= 0) {
          continue;
        }
        if (e.limit() != 0) {
          recordProblem(ProblemKind.LIMIT_EXCEEDED, e.index(), path, limitMessage(e), null, null);
          skipStructurally();
          return -1;
        }
        recordProblem(e.isTruncated() ? ProblemKind.TRUNCATED : ProblemKind.MALFORMED_JSON, e.index(), path,
            e.reason(), null, null);
        if (e.isTruncated()) {
          finished = true;
        } else {
          resyncInArray();
        }
        return -1;
      }
    }
  }

  // ---- top-level objects

  /** Classifies the object at {@code start} by its first telling key and handles it. */
  private void topObject(int start) throws IOException {
    in.pos = start;
    int kind;
    int recordsKey = -1;
    // walk the keys; the window may move, so positions are kept relative to the object start (in.pos)
    int rel = 1;
    while (true) {
      int i = JsonScanner.skipWhitespace(in.buf, in.pos + rel, in.limit);
      if (i >= in.limit) {
        if (in.fill(in.pos) < 0) {
          kind = RECORD; // truncated: let the record reader report it
          break;
        }
        continue;
      }
      byte c = in.buf[i];
      if (c == ',') {
        rel = i + 1 - in.pos;
        continue;
      }
      if (c != '"') {
        kind = c == '}' ? UNDECIDED : RECORD; // malformed: the record reader reports where
        break;
      }
      int afterKey;
      try {
        afterKey = JsonScanner.skipString(in.buf, i, in.limit);
      } catch (MalformedJsonException e) {
        if (e.isTruncated() && in.fill(in.pos) >= 0) {
          continue;
        }
        kind = RECORD;
        break;
      }
      kind = classify(Key.lookup(in.buf, i, afterKey - 1));
      if (kind == DELIVERY_OBJECT) {
        recordsKey = i - in.pos;
      }
      if (kind != UNDECIDED) {
        break;
      }
      // an unknown key: skip its value and look at the next key
      int colon = JsonScanner.skipWhitespace(in.buf, afterKey, in.limit);
      int valueStart = colon < in.limit && in.buf[colon] == ':'
          ? JsonScanner.skipWhitespace(in.buf, colon + 1, in.limit) : -1;
      if (valueStart < 0 || valueStart >= in.limit) {
        if (colon < in.limit && in.buf[colon] != ':') {
          kind = RECORD;
          break;
        }
        if (in.fill(in.pos) < 0) {
          kind = RECORD;
          break;
        }
        continue;
      }
      try {
        int valueEnd = JsonScanner.skipValue(in.buf, valueStart, in.limit, limits.maxNestingDepth(),
            limits.maxNumberLength());
        rel = valueEnd - in.pos;
      } catch (MalformedJsonException e) {
        if (e.isTruncated() && in.fill(in.pos) >= 0) {
          continue;
        }
        kind = RECORD;
        break;
      }
    }
    switch (kind) {
      case DELIVERY_OBJECT:
        in.pos += recordsKey;
        push(DELIVERY);
        return;
      case RECORD:
        record(null, in.pos);
        return;
      case UNDECIDED: {
        String path = currentPath();
        int begin = in.pos;
        int end = ensureValue(begin, path);
        if (end >= 0) {
          recordProblem(ProblemKind.UNSUPPORTED_FORMAT, in.pos, path,
              "a JSON object with no CloudTrail record, delivery or envelope member",
              JsonValue.ofSlice(in.buf, in.pos, end - in.pos), null);
          in.pos = end;
        }
        return;
      }
      default:
        envelope(kind, currentPath());
    }
  }

  private static int classify(Key key) {
    if (key == null) {
      return UNDECIDED;
    }
    switch (key) {
      case Records:
        return DELIVERY_OBJECT;
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

  // ---- records

  /** Reads the record object at {@code start}: scan, filter, decode, or report; a null path is the current one. */
  private void record(String path, int start) throws IOException {
    in.pos = start;
    int end;
    while (true) {
      try {
        end = decoder.scan(in.buf, in.pos, in.limit);
        break;
      } catch (MalformedJsonException e) {
        if (e.isTruncated()) {
          int shift;
          try {
            shift = in.fill(in.pos);
          } catch (Input.WindowFullException full) {
            tooLarge(path);
            return;
          }
          if (shift >= 0) {
            continue;
          }
          recordProblem(ProblemKind.TRUNCATED, in.limit, path, "input ends inside the record ("
              + e.reason() + ")", null, null);
          in.pos = in.limit;
          finished = true;
          return;
        }
        if (e.limit() != 0) {
          // well-formed as far as the scan went, only too deep or too long: skip it by its brackets
          recordProblem(ProblemKind.LIMIT_EXCEEDED, e.index(), path, limitMessage(e), null, null);
          skipStructurally();
          return;
        }
        recordProblem(ProblemKind.MALFORMED_JSON, e.index(), path, e.reason(), null, null);
        if (contexts[depth] == TOP) {
          // from the line of the error, which may start the next value when this one was cut short
          in.pos = Math.max(in.pos + 1, e.index() - 1);
          skipToNextValueLine();
        } else {
          // from the record's start, not the error: a broken string or bracket can carry the scan past the start
          // of the next records, which must not be lost
          int balanced = balancedEnd();
          in.pos++;
          resyncInArray(balanced);
        }
        return;
      }
    }
    start = in.pos;
    in.pos = end;
    if (end - start > limits.maxRecordBytes()) {
      recordProblem(ProblemKind.LIMIT_EXCEEDED, start, path, "record of " + (end - start)
          + " bytes exceeds the limit of " + limits.maxRecordBytes(), null, null);
      return;
    }
    emit(in.buf, start, end, path, in.offset(start));
  }

  /** Filters and decodes a scanned record; the bytes stay valid (events hold them). */
  private void emit(byte[] bytes, int start, int end, String path, long offset) {
    try {
      if (filter != null && !filter.test(decoder.header())) {
        filtered++;
        recordIndex++;
        return;
      }
      CloudTrailEvent event = decoder.decode(EventOrigin.of(source, offset, recordIndex));
      recordIndex++;
      pending.add(event);
    } catch (RecordProblemException e) {
      String base = path != null ? path : currentPath();
      String where = e.path.isEmpty() ? base : base + "." + e.path;
      long at = bytes == in.buf ? in.offset(e.index) : offset;
      pending.add(Problems.of(e.kind, source, at, recordIndex++, where, e.getMessage(),
          JsonValue.ofSlice(bytes, start, end - start), e.getCause()));
    }
  }

  /** A record over the size limit: report it, then skip it without buffering it. */
  private void tooLarge(String path) throws IOException {
    long offset = in.offset(in.pos);
    pending.add(Problems.of(ProblemKind.LIMIT_EXCEEDED, source, offset, recordIndex++,
        path != null ? path : currentPath(),
        "record exceeds the size limit of " + limits.maxRecordBytes() + " bytes; skipped", null, null));
    skipStructurally();
  }

  /**
   * Skips the object or array at {@code in.pos} by counting its brackets outside strings, without buffering it: for a
   * record already reported as over a limit, whose bytes need not (or cannot) be kept.
   */
  private void skipStructurally() throws IOException {
    if (in.buf[in.pos] != '{' && in.buf[in.pos] != '[') {
      skipNumber(); // the only scalar a limit applies to
      return;
    }
    int nesting = 0;
    boolean inString = false;
    boolean escaped = false;
    int i = in.pos;
    while (true) {
      if (i >= in.limit) {
        in.pos = i;
        if (in.fill(i) < 0) {
          pending.add(Problems.of(ProblemKind.TRUNCATED, source, in.offset(i), -1, currentPath(),
              "input ends inside a record skipped for exceeding a limit", null, null));
          finished = true;
          return;
        }
        i = in.pos;
      }
      byte c = in.buf[i++];
      if (inString) {
        if (escaped) {
          escaped = false;
        } else if (c == '\\') {
          escaped = true;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        nesting++;
      } else if ((c == '}' || c == ']') && --nesting == 0) {
        in.pos = i;
        return;
      }
    }
  }

  /** Skips the characters of the number at {@code in.pos}, however long, without buffering it. */
  private void skipNumber() throws IOException {
    while (true) {
      while (in.pos < in.limit && isNumberByte(in.buf[in.pos])) {
        in.pos++;
      }
      if (in.pos < in.limit || in.fill(in.pos) < 0) {
        return;
      }
    }
  }

  private static boolean isNumberByte(byte c) {
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
  }

  /** The message of a limit problem, naming the configured limit. */
  private String limitMessage(MalformedJsonException e) {
    return e.limit() == MalformedJsonException.DEPTH_LIMIT
        ? "nesting depth exceeds the limit of " + limits.maxNestingDepth() + " (ReadLimits.maxNestingDepth)"
        : e.reason() + " (ReadLimits.maxNumberLength)";
  }

  // ---- envelopes

  private void envelope(int kind, String path) throws IOException {
    int start = in.pos;
    int end = ensureValue(start, path);
    if (end < 0) {
      return;
    }
    start = in.pos;
    byte[] b = in.buf;
    in.pos = end;
    ObjectCursor c = new ObjectCursor().reset(b, start, end);
    switch (kind) {
      case DIGEST:
        if (explicit && !sawValue) {
          sourceProblem(ProblemKind.UNSUPPORTED_FORMAT, start, path,
              "a CloudTrail digest file (log file integrity), not a log file", null);
        } else if (!sawValue) {
          skippedReason = "CloudTrail digest file";
        } else {
          recordProblem(ProblemKind.UNSUPPORTED_FORMAT, start, path, "a CloudTrail digest, not a record",
              JsonValue.ofSlice(b, start, end - start), null);
        }
        if (!sawValue) {
          finished = true;
        }
        return;
      case EVENTBRIDGE:
        while (c.next()) {
          if (c.key() == Key.detail) {
            if (b[c.valueStart] == '{') {
              scanAndEmit(b, c.valueStart, c.valueEnd(), path + ".detail", in.offset(c.valueStart));
            } else {
              recordProblem(ProblemKind.WRONG_TYPE, c.valueStart, path + ".detail",
                  "EventBridge detail is not an object", JsonValue.ofSlice(b, start, end - start), null);
            }
            return;
          }
        }
        recordProblem(ProblemKind.UNSUPPORTED_FORMAT, start, path, "EventBridge event without a detail",
            JsonValue.ofSlice(b, start, end - start), null);
        return;
      case LOOKUP_EVENT:
        embeddedElement(b, start, end, Key.CloudTrailEvent, path + ".CloudTrailEvent");
        return;
      default:
        embedded(b, c, kind == CLOUDWATCH_LOGS ? Key.logEvents : Key.Events,
            kind == CLOUDWATCH_LOGS ? Key.message : Key.CloudTrailEvent, path);
    }
  }

  /** Records embedded as JSON strings: CloudWatch Logs {@code logEvents[].message}, LookupEvents {@code Events[]}. */
  private void embedded(byte[] b, ObjectCursor c, Key arrayKey, Key stringKey, String path) {
    while (c.next()) {
      if (c.key() != arrayKey) {
        continue;
      }
      String arrayPath = path + "." + arrayKey.wire();
      if (b[c.valueStart] != '[') {
        recordProblem(ProblemKind.WRONG_TYPE, c.valueStart, arrayPath, "expected an array",
            JsonValue.ofSlice(b, c.valueStart, c.valueEnd() - c.valueStart), null);
        return;
      }
      int i = JsonScanner.skipWhitespace(b, c.valueStart + 1, c.valueEnd());
      int index = 0;
      while (b[i] != ']') {
        int elementEnd = JsonScanner.skipValue(b, i, c.valueEnd(), Integer.MAX_VALUE);
        embeddedElement(b, i, elementEnd, stringKey, arrayPath + "[" + index + "]." + stringKey.wire());
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
  private void embeddedElement(byte[] b, int start, int end, Key stringKey, String path) {
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
      recordProblem(ProblemKind.WRONG_TYPE, start, path, "expected a JSON string holding a record",
          JsonValue.ofSlice(b, start, end - start), null);
    } else {
      embeddedRecord(b, stringStart, stringEnd, path);
    }
  }

  private void embeddedRecord(byte[] b, int stringStart, int stringEnd, String path) {
    long offset = in.offset(stringStart);
    byte[] json;
    try {
      json = JsonStrings.decode(b, stringStart, stringEnd - 1).getBytes(StandardCharsets.UTF_8);
    } catch (MalformedJsonException e) {
      recordProblem(ProblemKind.MALFORMED_JSON, e.index(), path, e.reason(), null, null);
      return;
    }
    int i = JsonScanner.skipWhitespace(json, 0, json.length);
    if (i >= json.length || json[i] != '{') {
      recordProblem(ProblemKind.WRONG_TYPE, stringStart, path, "the string does not hold a JSON object",
          JsonValue.ofSlice(b, stringStart, stringEnd - stringStart), null);
      return;
    }
    scanAndEmit(json, i, json.length, path, offset);
  }

  /** Scans and emits a record that lies wholly in {@code bytes[start, end)} (an envelope member). */
  private void scanAndEmit(byte[] bytes, int start, int end, String path, long offset) {
    int recordEnd;
    try {
      recordEnd = decoder.scan(bytes, start, end);
    } catch (MalformedJsonException e) {
      ProblemKind kind = e.limit() != 0 ? ProblemKind.LIMIT_EXCEEDED
          : e.isTruncated() ? ProblemKind.TRUNCATED : ProblemKind.MALFORMED_JSON;
      pending.add(Problems.of(kind, source, offset, recordIndex++, path,
          (e.limit() != 0 ? limitMessage(e) : e.reason()) + " (at byte " + (e.index() - start)
              + " of the embedded record)", null, null));
      return;
    }
    emit(bytes, start, recordEnd, path, offset);
  }

  // ---- recovery

  /**
   * After a bad top-level value (a bad line of newline-delimited JSON, or a damaged pretty-printed record): go on at
   * the next line that starts with '{' or '[', where the next top-level value starts. The lines inside a
   * pretty-printed value are indented, so the rest of a damaged value is skipped with it, not reported line by line.
   */
  private void skipToNextValueLine() throws IOException {
    while (true) {
      for (int i = in.pos; i + 1 < in.limit; i++) {
        if (in.buf[i] == '\n' && (in.buf[i + 1] == '{' || in.buf[i + 1] == '[')) {
          in.pos = i + 1;
          return;
        }
      }
      in.pos = Math.max(in.pos, in.limit - 1); // a '\n' at the end may start a line in the next window
      if (in.fill(in.pos) < 0) {
        in.pos = in.limit;
        return;
      }
    }
  }

  /**
   * After a malformed record inside an array, at its '{': when its brackets still balance and match (the damage is
   * inside a string or a scalar, the commonest kind), the index just past its closing '}', provided a ',' or ']'
   * follows within the record size limit; -1 otherwise. {@code in.pos} stays at the record's '{'.
   *
   * <p>Not {@link JsonScanner#skipStructure}: that one rejects what broke the record in the first place (a control
   * character or a bad escape inside a string), while this only needs quotes and brackets to balance.
   */
  private int balancedEnd() throws IOException {
    int start = in.pos;
    long objects = 0; // bit k set when level k is an object; deeper records are left to the resync
    int nesting = 0;
    boolean inString = false;
    boolean escaped = false;
    int i = start;
    int end = -1;
    while (true) {
      if (i >= in.limit) {
        int shift;
        try {
          shift = in.fill(start);
        } catch (Input.WindowFullException e) {
          shift = -1;
        }
        if (shift < 0) {
          return -1;
        }
        start -= shift;
        i -= shift;
        end = end < 0 ? -1 : end - shift;
        continue;
      }
      byte c = in.buf[i++];
      if (end >= 0) {
        if (c == ',' || c == ']') {
          return end;
        }
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
          return -1;
        }
      } else if (inString) {
        if (escaped) {
          escaped = false;
        } else if (c == '\\') {
          escaped = true;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        if (nesting == 64) {
          return -1;
        }
        objects = c == '{' ? objects | 1L << nesting : objects & ~(1L << nesting);
        nesting++;
      } else if (c == '}' || c == ']') {
        if (nesting == 0 || ((objects >>> (nesting - 1) & 1) != 0) != (c == '}')) {
          return -1;
        }
        if (--nesting == 0) {
          end = i;
        }
      }
    }
  }

  /**
   * After a malformed record inside an array: find where the next record starts, a '{' after a ',' whose first key
   * is a top-level record member, so that one bad record does not lose the good ones after it. Nested objects
   * rarely start with a record member, and a false start is reported as a bad record in turn, never dropped.
   */
  private void resyncInArray() throws IOException {
    resyncInArray(-1);
  }

  /**
   * Like {@link #resyncInArray()}, but stops at {@code balancedEnd} (when not -1), the end of the bad record by its
   * brackets: a record start found before it wins (the brackets are then not to be trusted), else the array goes on
   * after the bad record, whatever key the next record starts with.
   */
  private void resyncInArray(int balancedEnd) throws IOException {
    boolean afterComma = false;
    int i = in.pos;
    while (true) {
      if (balancedEnd >= 0 && i >= balancedEnd) {
        in.pos = balancedEnd;
        return;
      }
      if (i >= in.limit) {
        in.pos = i;
        int shift = in.fill(in.pos);
        balancedEnd = balancedEnd < 0 ? -1 : balancedEnd - Math.max(shift, 0);
        if (shift < 0) {
          sourceProblem(ProblemKind.TRUNCATED, in.pos, "$", "input ends inside the array", null);
          finished = true;
          return;
        }
        i = in.pos;
      }
      byte c = in.buf[i];
      if (c == ',') {
        afterComma = true;
      } else if (c == '{' && afterComma) {
        boolean found = startsWithRecordKey(i);
        int shift = i - in.pos; // it may have read more: in.pos is the brace, moved
        i = in.pos;
        balancedEnd = balancedEnd < 0 ? -1 : balancedEnd - shift;
        if (found) {
          firsts[depth] = true;
          return;
        }
        afterComma = false;
      } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        afterComma = false;
      }
      i++;
    }
  }

  private boolean startsWithRecordKey(int brace) throws IOException {
    in.pos = brace;
    if (in.limit - brace < 512) {
      in.fill(brace);
    }
    int i = JsonScanner.skipWhitespace(in.buf, in.pos + 1, in.limit);
    if (i >= in.limit || in.buf[i] != '"') {
      return false;
    }
    try {
      int afterKey = JsonScanner.skipString(in.buf, i, in.limit);
      return classify(Key.lookup(in.buf, i, afterKey - 1)) == RECORD;
    } catch (MalformedJsonException e) {
      return false;
    }
  }

  // ---- problems

  private void recordProblem(ProblemKind kind, int index, String path, String message, JsonValue raw,
      Throwable cause) {
    pending.add(Problems.of(kind, source, index < 0 ? -1 : in.offset(index), recordIndex++,
        path != null ? path : currentPath(), message, raw, cause));
  }

  private void sourceProblem(ProblemKind kind, int index, String path, String message, Throwable cause) {
    pending.add(Problems.of(kind, source, in.offset(index), -1, path, message, null, cause));
  }
}
