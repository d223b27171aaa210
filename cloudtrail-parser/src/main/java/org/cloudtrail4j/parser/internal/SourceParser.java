package org.cloudtrail4j.parser.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.zip.ZipException;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.internal.JsonScanner;
import org.cloudtrail4j.model.internal.MalformedJsonException;
import org.cloudtrail4j.model.json.JsonValue;
import org.cloudtrail4j.parser.CloudTrailProblem;
import org.cloudtrail4j.parser.EventFilter;
import org.cloudtrail4j.parser.ProblemKind;
import org.cloudtrail4j.parser.ReadLimits;

/**
 * Reads one source (a file or a stream) into events and problems, pulled one at a time with {@link #next()}.
 *
 * <p>The format is detected from the bytes ({@link SourceFormat}): gzip or not, an optional UTF-8 BOM, then a
 * sequence of top-level JSON values separated by whitespace (one value, or newline-delimited JSON). Each top-level
 * object is classified by its first telling key ({@link TopLevelShape}): a CloudTrail delivery object
 * ({@code Records} anywhere among its keys), a record, an envelope ({@link Envelopes}) or a digest file. A top-level
 * array holds any of these. After damage, reading goes on where {@link Resync} says.
 *
 * <p>Only the {@code Records} array and the top-level sequence are streamed, by the state machine here; every record
 * or envelope must fit in the window (the record size limit). Not thread-safe: one parser per source, on one thread
 * at a time.
 */
final class SourceParser implements Envelopes.Sink {
  /** The streamed containers. */
  private enum Context {
    /** The sequence of top-level values. */
    TOP,
    /** A top-level array. */
    TOP_ARRAY,
    /** A delivery object's members. */
    DELIVERY,
    /** A delivery object's {@code Records} array. */
    RECORDS
  }

  private final String source;
  private final ReadLimits limits;
  private final EventFilter filter;
  private final RecordDecoder decoder;
  private final boolean explicit;
  private final boolean claimsToBeLog;
  private final InputStream rawStream;
  /** Whether a gzip source inflates on another thread, ahead of parsing: the pipeline decides. */
  private final boolean readAhead;
  private final WindowedScan.Scan skipValue;
  private final WindowedScan.Scan tellingKey;
  private final WindowedScan.Scan scanRecord;
  private Input in;

  private final ArrayDeque<Object> pending = new ArrayDeque<>();
  private Context[] contexts = new Context[8];
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
   * @param decoder the reading thread's decoder, shared by the sources it reads one after the other, so that its
   *     caches carry over from file to file
   * @param readAhead inflate a gzip source on another thread, ahead of parsing
   */
  SourceParser(String source, InputStream stream, ReaderConfig config, RecordDecoder decoder, boolean explicit,
      boolean claimsToBeLog, boolean readAhead) {
    this(source, new Input(stream, config.limits.maxRecordBytes()), stream, config, decoder, explicit, claimsToBeLog,
        readAhead);
  }

  /**
   * A parser over bytes in memory: records are slices of {@code bytes}, never copied.
   *
   * @param decoder the decoder, made with {@code config} for this thread
   * @param readAhead inflate a gzip source on another thread, ahead of parsing
   */
  SourceParser(String source, byte[] bytes, int offset, int length, ReaderConfig config, RecordDecoder decoder,
      boolean readAhead) {
    this(source, new Input(bytes, offset, length), null, config, decoder, true, true, readAhead);
  }

  private SourceParser(String source, Input in, InputStream rawStream, ReaderConfig config, RecordDecoder decoder,
      boolean explicit, boolean claimsToBeLog, boolean readAhead) {
    this.source = source;
    this.limits = config.limits;
    this.filter = config.filter;
    this.decoder = decoder;
    this.explicit = explicit;
    this.claimsToBeLog = claimsToBeLog;
    this.rawStream = rawStream;
    this.readAhead = readAhead;
    this.in = in;
    int maxDepth = limits.maxNestingDepth();
    int maxNumber = limits.maxNumberLength();
    this.skipValue = (b, start, end) -> JsonScanner.skipValue(b, start, end, maxDepth, maxNumber);
    this.tellingKey = (b, start, end) -> TopLevelShape.tellingKey(b, start, end, maxDepth, maxNumber);
    this.scanRecord = decoder::scan; // once: a method reference made per record would be an allocation per record
    contexts[0] = Context.TOP;
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

  /**
   * Stops inflating ahead, when this parser does, and closes what the inflater reads (the stream it was given).
   * Events already read stay valid.
   */
  void close() throws IOException {
    in.close();
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
      } catch (IOException e) {
        failed(e);
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

  /**
   * Reads the source's first bytes before the first item is asked for: a gzip source then starts inflating ahead
   * (when this parser reads ahead), while the consumer still parses the source before it. What the start finds (a
   * source that is not a log, say) is kept for {@link #next()}, in order.
   */
  void prime() {
    if (!started) {
      started = true;
      try {
        start();
      } catch (IOException e) {
        failed(e);
      }
    }
  }

  /** Whether a gzip source has been inflated to its end: its inflater is free for the next source. */
  boolean inflatedToTheEnd() {
    return in.fedToTheEnd();
  }

  /** Ends the source after a failure to read it, reported as a source problem. */
  private void failed(IOException e) {
    if (e instanceof Input.WindowFullException) {
      sourceProblem(ProblemKind.LIMIT_EXCEEDED, in.pos, "$",
          "a value exceeds the record size limit of " + limits.maxRecordBytes() + " bytes", null);
    } else if (e instanceof EOFException) {
      sourceProblem(ProblemKind.TRUNCATED, in.limit, "$", "truncated gzip stream: " + e.getMessage(), e);
    } else if (e instanceof ZipException) {
      sourceProblem(ProblemKind.IO_ERROR, in.limit, "$", "corrupt gzip stream: " + e.getMessage(), e);
    } else {
      // the source's own failure (an unchecked one came as a SourceStream.Failure): its cause is what the user wants.
      // The records before it were delivered; the rest of the source is lost, so the problem is the source's.
      Throwable cause = e instanceof SourceStream.Failure ? e.getCause() : e;
      sourceProblem(ProblemKind.IO_ERROR, in.limit, "$",
          "cannot read" + (recordIndex == 0 ? "" : " after record " + (recordIndex - 1)) + ": "
              + Causes.inWords(cause, source), cause);
    }
    finished = true;
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
          push(Context.TOP_ARRAY);
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
    SourceFormat format = SourceFormat.open(in, rawStream, readAhead, limits.maxRecordBytes());
    in = format.input;
    int c = peek();
    if (c < 0) {
      if (in.truncation == null) {
        skippedReason = "empty";
      }
      finished = true;
    } else if (c != '{' && c != '[' || format.other != null) {
      if (explicit || claimsToBeLog) {
        sourceProblem(ProblemKind.UNSUPPORTED_FORMAT, in.pos, "$", format.other != null
            ? "not a CloudTrail log: " + format.other
            : "not a CloudTrail log: starts with " + JsonScanner.describe(in.buf, in.pos, in.limit)
                + ", expected gzip or a JSON object or array", null);
      } else {
        skippedReason = format.other != null ? format.other : "not JSON or gzip";
      }
      finished = true;
    }
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

  private void push(Context context) {
    if (++depth == contexts.length) {
      contexts = Arrays.copyOf(contexts, depth * 2);
      firsts = Arrays.copyOf(firsts, depth * 2);
    }
    contexts[depth] = context;
    firsts[depth] = true;
    if (context == Context.RECORDS || context == Context.TOP_ARRAY) {
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
    Resync.toNextValueLine(in);
  }

  private void arrayElement(int c) throws IOException {
    boolean records = contexts[depth] == Context.RECORDS;
    String where = records ? "$.Records" : "$";
    if (endsContainer(c, ']', where, "the array")) {
      return;
    }
    if (!firsts[depth]) {
      if (c != ',') {
        // not a record: the rest of a damaged one, or a damaged separator; the records around it are counted
        sourceProblem(ProblemKind.MALFORMED_JSON, in.pos, where, "unexpected "
            + JsonScanner.describe(in.buf, in.pos, in.limit) + ", expected ',' or ']' after a record", null);
        if (c != '{' || !Resync.startsWithRecordKey(in, in.pos)) {
          resyncInArray(-1);
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
    return (contexts[depth] == Context.RECORDS ? "$.Records[" : "$[") + arrayIndex + "]";
  }

  /**
   * The JSON path of the value being read: built only when a problem is reported, so that reading a record does
   * not allocate its path.
   */
  private String currentPath() {
    return contexts[depth] == Context.TOP ? "$" : elementPath();
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
    int afterKey = ensureValue(in.pos, "$");
    if (afterKey < 0) {
      return;
    }
    boolean isRecords = Key.lookup(in.buf, in.pos, afterKey - 1) == Key.Records;
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
      push(Context.RECORDS);
      return;
    }
    int end = ensureValue(in.pos, "$");
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
   * to the value's (possibly shifted) start. Returns -1 after reporting a source problem, which ends the source,
   * when it is malformed or too large.
   */
  private int ensureValue(int start, String path) throws IOException {
    in.pos = start;
    try {
      return WindowedScan.whole(in, skipValue);
    } catch (Input.WindowFullException full) {
      sourceProblem(ProblemKind.LIMIT_EXCEEDED, in.pos, path,
          "a value exceeds the record size limit of " + limits.maxRecordBytes() + " bytes", null);
    } catch (MalformedJsonException e) {
      ProblemKind kind = e.isTruncated() ? ProblemKind.TRUNCATED
          : e.limit() != 0 ? ProblemKind.LIMIT_EXCEEDED : ProblemKind.MALFORMED_JSON;
      sourceProblem(kind, e.index(), path, e.limit() != 0 ? limitMessage(e) : e.reason(), null);
    }
    finished = true;
    return -1;
  }

  /**
   * Like {@link #ensureValue} for a non-record array element: reports problems as a bad record and goes on after it.
   * A window full ends the source (from {@link #next()}).
   */
  private int skipValueOrReport(int start, String path) throws IOException {
    in.pos = start;
    try {
      return WindowedScan.whole(in, skipValue);
    } catch (MalformedJsonException e) {
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
        resyncInArray(-1);
      }
      return -1;
    }
  }

  // ---- top-level objects

  /** Classifies the object at {@code start} by its first telling key and handles it. */
  private void topObject(int start) throws IOException {
    in.pos = start;
    int key;
    try {
      key = WindowedScan.whole(in, tellingKey);
    } catch (MalformedJsonException e) {
      key = TopLevelShape.MALFORMED; // truncated: the record reader reports it
    }
    TopLevelShape shape = key >= 0 ? TopLevelShape.ofKeyAt(in.buf, key, in.limit)
        : key == TopLevelShape.NO_KEY ? TopLevelShape.UNDECIDED : TopLevelShape.RECORD;
    switch (shape) {
      case DELIVERY:
        in.pos = key;
        push(Context.DELIVERY);
        return;
      case RECORD:
        record(null, in.pos);
        return;
      case UNDECIDED: {
        String path = currentPath();
        int end = ensureValue(in.pos, path);
        if (end >= 0) {
          recordProblem(ProblemKind.UNSUPPORTED_FORMAT, in.pos, path,
              "a JSON object with no CloudTrail record, delivery or envelope member",
              JsonValue.ofSlice(in.buf, in.pos, end - in.pos), null);
          in.pos = end;
        }
        return;
      }
      case DIGEST:
        digest(currentPath());
        return;
      default:
        envelope(shape, currentPath());
    }
  }

  private void digest(String path) throws IOException {
    int end = ensureValue(in.pos, path);
    if (end < 0) {
      return;
    }
    int start = in.pos;
    in.pos = end;
    if (explicit && !sawValue) {
      sourceProblem(ProblemKind.UNSUPPORTED_FORMAT, start, path,
          "a CloudTrail digest file (log file integrity), not a log file", null);
    } else if (!sawValue) {
      skippedReason = "CloudTrail digest file";
    } else {
      recordProblem(ProblemKind.UNSUPPORTED_FORMAT, start, path, "a CloudTrail digest, not a record",
          JsonValue.ofSlice(in.buf, start, end - start), null);
    }
    if (!sawValue) {
      finished = true;
    }
  }

  private void envelope(TopLevelShape shape, String path) throws IOException {
    int end = ensureValue(in.pos, path);
    if (end < 0) {
      return;
    }
    int start = in.pos;
    in.pos = end;
    Envelopes.read(shape, in.buf, start, end, in.offset(0), path, this);
  }

  // ---- records

  /** Reads the record object at {@code start}: scan, filter, decode, or report; a null path is the current one. */
  private void record(String path, int start) throws IOException {
    in.pos = start;
    int end;
    try {
      end = WindowedScan.whole(in, scanRecord);
    } catch (Input.WindowFullException full) {
      tooLarge(path);
      return;
    } catch (MalformedJsonException e) {
      if (e.isTruncated()) {
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
      if (contexts[depth] == Context.TOP) {
        // from the line of the error, which may start the next value when this one was cut short
        in.pos = Math.max(in.pos + 1, e.index() - 1);
        Resync.toNextValueLine(in);
      } else {
        // from the record's start, not the error: a broken string or bracket can carry the scan past the start
        // of the next records, which must not be lost
        int balanced = Resync.balancedEnd(in);
        in.pos++;
        resyncInArray(balanced);
      }
      return;
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
      CloudTrailEvent event = decoder.decode(source, offset, recordIndex);
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

  /** An envelope's record, which lies whole in {@code bytes[start, end)}: scanned, then emitted. */
  @Override
  public void record(byte[] bytes, int start, int end, String path, long offset) {
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

  /** An envelope's bad record. */
  @Override
  public void problem(ProblemKind kind, long offset, String path, String message, JsonValue raw) {
    pending.add(Problems.of(kind, source, offset, recordIndex++, path, message, raw, null));
  }

  /** A record over the size limit: report it, then skip it without buffering it. */
  private void tooLarge(String path) throws IOException {
    long offset = in.offset(in.pos);
    pending.add(Problems.of(ProblemKind.LIMIT_EXCEEDED, source, offset, recordIndex++,
        path != null ? path : currentPath(),
        "record exceeds the size limit of " + limits.maxRecordBytes() + " bytes; skipped", null, null));
    skipStructurally();
  }

  /** The message of a limit problem, naming the configured limit. */
  private String limitMessage(MalformedJsonException e) {
    return e.limit() == MalformedJsonException.DEPTH_LIMIT
        ? "nesting depth exceeds the limit of " + limits.maxNestingDepth() + " (ReadLimits.maxNestingDepth)"
        : e.reason() + " (ReadLimits.maxNumberLength)";
  }

  // ---- recovery: where to go on is Resync's; what to report is here

  /** Skips a value already reported as over a limit; reports a truncation when the input ends inside it. */
  private void skipStructurally() throws IOException {
    if (!Resync.skipStructurally(in)) {
      pending.add(Problems.of(ProblemKind.TRUNCATED, source, in.offset(in.pos), -1, currentPath(),
          "input ends inside a record skipped for exceeding a limit", null, null));
      finished = true;
    }
  }

  /** After a malformed record inside an array: goes on at the next record (see {@link Resync#inArray}). */
  private void resyncInArray(int balancedEnd) throws IOException {
    switch (Resync.inArray(in, balancedEnd)) {
      case AT_RECORD:
        firsts[depth] = true;
        return;
      case END_OF_INPUT:
        sourceProblem(ProblemKind.TRUNCATED, in.pos, "$", "input ends inside the array", null);
        finished = true;
        return;
      default:
        // after the bad record: a ',' or ']' follows
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
