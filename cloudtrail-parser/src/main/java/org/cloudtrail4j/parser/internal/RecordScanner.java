package org.cloudtrail4j.parser.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.cloudtrail4j.model.internal.Bytes;
import org.cloudtrail4j.model.internal.JsonScanner;
import org.cloudtrail4j.model.internal.MalformedJsonException;
import org.cloudtrail4j.parser.EventHeader;
import org.cloudtrail4j.parser.ReadLimits;

/**
 * The first stage of reading a record: one pass over its bytes with the full grammar check, noting where each
 * top-level member's key and value are. Nested objects are skipped by the byte scanner, never tokenized. Between
 * {@link #scan} and the next scan it is the {@link EventHeader} a filter sees, so that a rejected record costs no more
 * than this pass; {@link RecordDecoder} then builds the event from the positions. One instance per reading thread.
 */
final class RecordScanner implements EventHeader {
  private final ReadLimits limits;
  private final boolean strict;
  private final Scalars scalar;
  /** Where the identities seen before end, and what they decoded to (see {@link IdentityDecoder}). */
  final StructureMemo identities = new StructureMemo();
  // the member index of the last userIdentity skipped through the memo and its slot there, -1 when none
  private int identityMember;
  private int identitySlot;

  // members found by scan(): key quote and close positions, value range
  int[] keyQuotes = new int[48];
  int[] keyCloses = new int[48];
  int[] valueStarts = new int[48];
  int[] valueEnds = new int[48];
  int members;
  byte[] b;
  int recordStart;
  int recordEnd;
  // member index of the header fields, -1 when absent
  private int sourceAt;
  private int nameAt;
  private int regionAt;
  private int accountAt;
  private int timeAt;

  /**
   * A scanner for one thread.
   *
   * @param strict check the full JSON grammar of free-form members; otherwise only their structure
   */
  RecordScanner(ReadLimits limits, boolean strict, Scalars scalar) {
    this.limits = limits;
    this.strict = strict;
    this.scalar = scalar;
  }

  /**
   * Scans the record object whose '{' is at {@code start} and returns the index just past its '}'.
   *
   * @throws MalformedJsonException if the bytes before {@code end} are not one well-formed object (truncated when
   *     {@code end} came first)
   */
  int scan(byte[] bytes, int start, int end) {
    this.b = bytes;
    scalar.b = bytes;
    this.recordStart = start;
    members = 0;
    identityMember = identitySlot = -1;
    sourceAt = nameAt = regionAt = accountAt = timeAt = -1;
    int depth = limits.maxNestingDepth() - 1;
    int i = skip(start + 1, end);
    if (bytes[i] == '}') {
      return scalar.recordEnd = recordEnd = i + 1;
    }
    while (true) {
      if (bytes[i] != '"') {
        throw new MalformedJsonException(i, "unexpected " + JsonScanner.describe(bytes, i, end)
            + ", expected a field name");
      }
      int afterKey = JsonScanner.skipString(bytes, i, end);
      int colon = skip(afterKey, end);
      if (bytes[colon] != ':') {
        throw new MalformedJsonException(colon, "expected ':' after field name");
      }
      int v0 = skip(colon + 1, end);
      byte first = bytes[v0];
      // Strings, most values, skipped here as skipValue would: through skipValue, the JIT inlined it into this
      // loop or, when skipValue had been compiled on its own first ("already compiled into a big method"), called
      // it for every value, depending on the order of compilation. Objects and arrays: structure only; a typed
      // member's grammar is checked as it is decoded, a free-form member's when it is navigated (or here, in
      // strict mode).
      int v1 = first == '"' ? JsonScanner.skipString(bytes, v0, end)
          : (first == '{' || first == '[') && !strict ? structureEnd(bytes, i, afterKey, v0, end, depth)
          : literalEnd(bytes, v0, end);
      if (members == keyQuotes.length) {
        grow();
      }
      keyQuotes[members] = i;
      keyCloses[members] = afterKey - 1;
      valueStarts[members] = v0;
      valueEnds[members] = v1;
      // only the header's keys are identified now, by comparing eight bytes at a time with them; the rest when
      // the record is decoded, so that a record the filter rejects does not pay for them
      switch (headerKey(bytes, i + 1, afterKey - i - 2)) {
        case 0: sourceAt = members; break;
        case 1: nameAt = members; break;
        case 2: regionAt = members; break;
        case 3: accountAt = members; break;
        case 4: timeAt = members; break;
        default: break;
      }
      members++;
      i = skip(v1, end);
      if (bytes[i] == ',') {
        i = skip(i + 1, end);
      } else if (bytes[i] == '}') {
        return scalar.recordEnd = recordEnd = i + 1;
      } else {
        throw new MalformedJsonException(i, "unexpected " + JsonScanner.describe(bytes, i, end)
            + ", expected ',' or '}'");
      }
    }
  }

  private static final long USERIDEN = word("userIden");
  private static final long IDENTITY = word("Identity");

  /**
   * Skips the object or array at {@code v0} checking its structure; a {@code userIdentity} through the
   * {@link StructureMemo}, which knows where an identity seen before ends without a pass over it.
   */
  private int structureEnd(byte[] bytes, int keyQuote, int afterKey, int v0, int end, int depth) {
    if (afterKey - keyQuote == 14 && Bytes.load(bytes, keyQuote + 1) == USERIDEN
        && Bytes.load(bytes, keyQuote + 5) == IDENTITY) {
      int v1 = identities.skip(bytes, v0, end, depth);
      identityMember = members;
      identitySlot = identities.lastSlot;
      return v1;
    }
    return JsonScanner.skipStructure(bytes, v0, end, depth);
  }

  private static final int TRUE = Bytes.loadInt("true");
  private static final int NULL = Bytes.loadInt("null");
  private static final int FALS = Bytes.loadInt("fals");

  /**
   * Skips the literal, number or (strict mode) container at {@code v0}. The top-level literals of every record
   * ({@code "readOnly":true}, {@code "responseElements":null}) are matched four bytes at a time when a ',' or '}'
   * follows them; anything else goes through {@code skipValue}, which gives the same end or the same error.
   */
  private int literalEnd(byte[] bytes, int v0, int end) {
    if (v0 + 8 <= end) {
      int head = Bytes.loadInt(bytes, v0);
      if (head == TRUE || head == NULL) {
        if (isLiteralEnd(bytes[v0 + 4])) {
          return v0 + 4;
        }
      } else if (head == FALS && bytes[v0 + 4] == 'e' && isLiteralEnd(bytes[v0 + 5])) {
        return v0 + 5;
      }
    }
    return JsonScanner.skipValue(bytes, v0, end, limits.maxNestingDepth() - 1, limits.maxNumberLength());
  }

  private static boolean isLiteralEnd(byte c) {
    return c == ',' || c == '}';
  }

  private static final long EVENTSOU = word("eventSou");
  private static final long NTSOURCE = word("ntSource");
  private static final long EVENTNAM = word("eventNam");
  private static final long EVENTTIM = word("eventTim");
  private static final long AWSREGIO = word("awsRegio");
  private static final long RECIPIEN = word("recipien");
  private static final long TACCOUNT = word("tAccount");
  private static final long CCOUNTID = word("ccountId");

  private static long word(String eight) {
    return Bytes.load(eight.getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0);
  }

  /**
   * Which header member the key at {@code [start, start+length)} names: 0 eventSource, 1 eventName, 2 awsRegion,
   * 3 recipientAccountId, 4 eventTime, -1 none.
   */
  private static int headerKey(byte[] b, int start, int length) {
    switch (length) {
      case 9: {
        long head = Bytes.load(b, start);
        byte last = b[start + 8];
        if (head == EVENTNAM && last == 'e') {
          return 1;
        }
        if (head == EVENTTIM && last == 'e') {
          return 4;
        }
        return head == AWSREGIO && last == 'n' ? 2 : -1;
      }
      case 11:
        return Bytes.load(b, start) == EVENTSOU && Bytes.load(b, start + 3) == NTSOURCE ? 0 : -1;
      case 18:
        return Bytes.load(b, start) == RECIPIEN && Bytes.load(b, start + 8) == TACCOUNT
            && Bytes.load(b, start + 10) == CCOUNTID ? 3 : -1;
      default:
        // a header key written with escapes ("event\\u0053ource") is at least 14 bytes long: decode it to be sure,
        // rather than let a filter reject a record that matches it
        return length >= 14 && Scalars.hasBackslash(b, start, length) ? headerKey(Key.lookup(b, start - 1, start + length))
            : -1;
    }
  }

  private static int headerKey(Key key) {
    if (key == null) {
      return -1;
    }
    switch (key) {
      case eventSource: return 0;
      case eventName: return 1;
      case awsRegion: return 2;
      case recipientAccountId: return 3;
      case eventTime: return 4;
      default: return -1;
    }
  }

  private int skip(int i, int end) {
    i = JsonScanner.skipWhitespace(b, i, end);
    if (i >= end) {
      throw MalformedJsonException.truncated(end, "unexpected end of input inside record");
    }
    return i;
  }

  /**
   * The slot of {@link #identities} that holds the bytes of member {@code m}, a {@code userIdentity} object, or -1.
   * Only the last such member of a record has one (a repeated key is decoded without the memo).
   */
  int identitySlot(int m) {
    return m == identityMember ? identitySlot : -1;
  }

  private void grow() {
    int n = keyQuotes.length * 2;
    keyQuotes = Arrays.copyOf(keyQuotes, n);
    keyCloses = Arrays.copyOf(keyCloses, n);
    valueStarts = Arrays.copyOf(valueStarts, n);
    valueEnds = Arrays.copyOf(valueEnds, n);
  }

  // ---- EventHeader, valid between scan() and the next scan()

  @Override
  public Optional<String> eventSource() {
    return Optional.ofNullable(headerString(sourceAt, "eventSource"));
  }

  @Override
  public Optional<String> eventName() {
    return Optional.ofNullable(headerString(nameAt, "eventName"));
  }

  @Override
  public Optional<String> awsRegion() {
    return Optional.ofNullable(headerString(regionAt, "awsRegion"));
  }

  @Override
  public Optional<String> recipientAccountId() {
    return Optional.ofNullable(headerString(accountAt, "recipientAccountId"));
  }

  @Override
  public Optional<Instant> eventTime() {
    return timeAt < 0 ? Optional.empty() : Optional.ofNullable(scalar.time(valueStarts[timeAt], valueEnds[timeAt], "eventTime"));
  }

  private String headerString(int member, String path) {
    return member < 0 ? null : scalar.str(valueStarts[member], valueEnds[member], path);
  }
}
