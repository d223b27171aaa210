package org.cloudtrail4j.parser.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cloudtrail4j.model.Addendum;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.EdgeDeviceDetails;
import org.cloudtrail4j.model.EventCategory;
import org.cloudtrail4j.model.EventOrigin;
import org.cloudtrail4j.model.EventType;
import org.cloudtrail4j.model.InsightDetails;
import org.cloudtrail4j.model.Resource;
import org.cloudtrail4j.model.TlsDetails;
import org.cloudtrail4j.model.identity.InScopeOf;
import org.cloudtrail4j.model.identity.OnBehalfOf;
import org.cloudtrail4j.model.identity.SessionAttributes;
import org.cloudtrail4j.model.identity.SessionContext;
import org.cloudtrail4j.model.identity.SessionIssuer;
import org.cloudtrail4j.model.identity.UserIdentity;
import org.cloudtrail4j.model.identity.WebIdFederationData;
import org.cloudtrail4j.model.internal.Bytes;
import org.cloudtrail4j.model.internal.JsonScanner;
import org.cloudtrail4j.model.internal.MalformedJsonException;
import org.cloudtrail4j.model.internal.Timestamps;
import org.cloudtrail4j.model.json.JsonValue;
import org.cloudtrail4j.model.spi.CloudTrailMappers;
import org.cloudtrail4j.parser.EventHeader;
import org.cloudtrail4j.parser.ProblemKind;
import org.cloudtrail4j.parser.ReadLimits;

/**
 * Decodes one record in two steps, so that a filter can reject a record cheaply.
 *
 * <ol>
 *   <li>{@link #scan} makes one pass over the record's bytes with the full grammar check and notes where each
 *       top-level member's key and value are. Nested objects are skipped by the byte scanner, never tokenized.
 *   <li>{@link #decode} builds the event from those positions: scalars are decoded (short repeated strings come from
 *       the {@link StringCache}), typed objects such as {@code userIdentity} are walked, and the free-form members
 *       become {@link JsonValue} slices of the same bytes, with no copy.
 * </ol>
 *
 * <p>Between the two, the decoder is the {@link EventHeader} a filter sees. One instance per reading thread.
 *
 * <p>Leniency, as documented on the reader: {@code "true"}/{@code "false"} strings for booleans, {@code null} for any
 * member (read as absent), missing members, unknown members (kept), duplicate keys (the last wins). Anything else of
 * the wrong JSON type is a {@link ProblemKind#WRONG_TYPE} problem for the record.
 */
final class RecordDecoder implements EventHeader {
  private final ReadLimits limits;
  private final StringCache cache;
  private final ObjectCursor[] cursors = {new ObjectCursor(), new ObjectCursor(), new ObjectCursor(),
      new ObjectCursor()};

  // members found by scan(): key (null when unknown), key quote position, value range
  private int[] keyQuotes = new int[48];
  private int[] keyCloses = new int[48];
  private int[] valueStarts = new int[48];
  private int[] valueEnds = new int[48];
  private int members;
  private byte[] b;
  private int recordStart;
  private int recordEnd;
  // member index of the header fields, -1 when absent
  private int sourceAt;
  private int nameAt;
  private int regionAt;
  private int accountAt;
  private int timeAt;

  private final boolean strict;
  private final CloudTrailEvent.Builder eventBuilder = CloudTrailEvent.builder();
  private boolean builderHasResources;
  /** Where the nested object the last nested decoder walked ends, or -1 when it was null. */
  private int nestedEnd;
  private boolean builderHasUnknownFields;

  /**
   * A decoder for one thread.
   *
   * @param strict check the full JSON grammar of free-form members when reading; otherwise only their structure
   *     (terminated strings, matched brackets), the rest being checked when they are navigated
   * @param mappers the registry every event carries
   */
  RecordDecoder(ReadLimits limits, StringCache cache, boolean strict, CloudTrailMappers mappers) {
    this.limits = limits;
    this.cache = cache;
    this.strict = strict;
    eventBuilder.mappers(mappers); // every event carries its reader's mappers; resetBuilder leaves them set
  }

  /**
   * Scans the record object whose '{' is at {@code start} and returns the index just past its '}'.
   *
   * @throws MalformedJsonException if the bytes before {@code end} are not one well-formed object (truncated when
   *     {@code end} came first)
   */
  int scan(byte[] bytes, int start, int end) {
    this.b = bytes;
    this.recordStart = start;
    members = 0;
    sourceAt = nameAt = regionAt = accountAt = timeAt = -1;
    int depth = limits.maxNestingDepth() - 1;
    int i = skip(start + 1, end);
    if (bytes[i] == '}') {
      return recordEnd = i + 1;
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
      // objects and arrays: structure only; a typed member's grammar is checked as it is decoded, a free-form
      // member's when it is navigated (or here, in strict mode)
      int v1 = (first == '{' || first == '[') && !strict
          ? JsonScanner.skipStructure(bytes, v0, end, depth)
          : JsonScanner.skipValue(bytes, v0, end, depth, limits.maxNumberLength());
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
        return recordEnd = i + 1;
      } else {
        throw new MalformedJsonException(i, "unexpected " + JsonScanner.describe(bytes, i, end)
            + ", expected ',' or '}'");
      }
    }
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
        return length >= 14 && hasBackslash(b, start, length) ? headerKey(Key.lookup(b, start - 1, start + length))
            : -1;
    }
  }

  private static boolean hasBackslash(byte[] b, int start, int length) {
    for (int k = start; k < start + length; k++) {
      if (b[k] == '\\') {
        return true;
      }
    }
    return false;
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
    return timeAt < 0 ? Optional.empty() : Optional.ofNullable(time(valueStarts[timeAt], valueEnds[timeAt], "eventTime"));
  }

  private String headerString(int member, String path) {
    return member < 0 ? null : str(valueStarts[member], valueEnds[member], path);
  }

  // ---- decoding

  /** Builds the event from the scanned record. */
  CloudTrailEvent decode(EventOrigin origin) {
    try {
      return decodeMembers(origin);
    } catch (MalformedJsonException e) {
      throw new RecordProblemException(e.isTruncated() ? ProblemKind.TRUNCATED : ProblemKind.MALFORMED_JSON, "",
          e.index(), e.reason(), null);
    }
  }

  private CloudTrailEvent decodeMembers(EventOrigin origin) {
    CloudTrailEvent.Builder e = resetBuilder();
    for (int m = 0; m < members; m++) {
      int v0 = valueStarts[m];
      int v1 = valueEnds[m];
      Key key = Key.lookup(b, keyQuotes[m], keyCloses[m]);
      if (key == null) {
        e.putUnknownFields(keyName(keyQuotes[m]), json(v0, v1));
        builderHasUnknownFields = true;
      } else {
        decodeMember(e, key, m, v0, v1);
      }
    }
    return e.rawJson(JsonValue.ofSlice(b, recordStart, recordEnd - recordStart)).origin(origin).build();
  }

  // its own method, compiled on its own: inlined into the loop above, it left the JIT too little budget to
  // scalar-replace the nested builders
  private void decodeMember(CloudTrailEvent.Builder e, Key key, int m, int v0, int v1) {
    switch (key) {
      case eventVersion: { String s = str(v0, v1, "eventVersion"); if (s != null) e.eventVersion(s); else e.eventVersion(Optional.empty()); break; }
      case userIdentity: { UserIdentity u = identity(v0, v1); if (u != null) e.userIdentity(u); else e.userIdentity(Optional.empty()); break; }
      case eventTime: { Instant t = time(v0, v1, "eventTime"); if (t != null) e.eventTime(t); else e.eventTime(Optional.empty()); break; }
      case eventSource: { String s = str(v0, v1, "eventSource"); if (s != null) e.eventSource(s); else e.eventSource(Optional.empty()); break; }
      case eventName: { String s = str(v0, v1, "eventName"); if (s != null) e.eventName(s); else e.eventName(Optional.empty()); break; }
      case awsRegion: { String s = str(v0, v1, "awsRegion"); if (s != null) e.awsRegion(s); else e.awsRegion(Optional.empty()); break; }
      case sourceIPAddress: { String s = str(v0, v1, "sourceIPAddress"); if (s != null) e.sourceIPAddress(s); else e.sourceIPAddress(Optional.empty()); break; }
      case userAgent: { String s = str(v0, v1, "userAgent"); if (s != null) e.userAgent(s); else e.userAgent(Optional.empty()); break; }
      case errorCode: { String s = str(v0, v1, "errorCode"); if (s != null) e.errorCode(s); else e.errorCode(Optional.empty()); break; }
      case errorMessage: { String s = str(v0, v1, "errorMessage"); if (s != null) e.errorMessage(s); else e.errorMessage(Optional.empty()); break; }
      case requestParameters: e.requestParameters(json(v0, v1)); break;
      case responseElements: e.responseElements(json(v0, v1)); break;
      case additionalEventData: e.additionalEventData(json(v0, v1)); break;
      case serviceEventDetails: e.serviceEventDetails(json(v0, v1)); break;
      case eventContext: e.eventContext(json(v0, v1)); break;
      case requestID: { String s = unique(v0, v1, "requestID"); if (s != null) e.requestID(s); else e.requestID(Optional.empty()); break; }
      case eventID: { String s = unique(v0, v1, "eventID"); if (s != null) e.eventID(s); else e.eventID(Optional.empty()); break; }
      case eventType: { String s = str(v0, v1, "eventType"); if (s != null) e.eventType(EventType.of(s)); else e.eventType(Optional.empty()); break; }
      case apiVersion: { String s = str(v0, v1, "apiVersion"); if (s != null) e.apiVersion(s); else e.apiVersion(Optional.empty()); break; }
      case managementEvent: { Boolean x = bool(v0, v1, "managementEvent"); if (x != null) e.managementEvent(x); else e.managementEvent(Optional.empty()); break; }
      case readOnly: { Boolean x = bool(v0, v1, "readOnly"); if (x != null) e.readOnly(x); else e.readOnly(Optional.empty()); break; }
      case resources: resources(v0, v1, e); builderHasResources = true; break;
      case recipientAccountId: { String s = str(v0, v1, "recipientAccountId"); if (s != null) e.recipientAccountId(s); else e.recipientAccountId(Optional.empty()); break; }
      case sharedEventID: { String s = unique(v0, v1, "sharedEventID"); if (s != null) e.sharedEventID(s); else e.sharedEventID(Optional.empty()); break; }
      case vpcEndpointId: { String s = str(v0, v1, "vpcEndpointId"); if (s != null) e.vpcEndpointId(s); else e.vpcEndpointId(Optional.empty()); break; }
      case vpcEndpointAccountId: { String s = str(v0, v1, "vpcEndpointAccountId"); if (s != null) e.vpcEndpointAccountId(s); else e.vpcEndpointAccountId(Optional.empty()); break; }
      case eventCategory: { String s = str(v0, v1, "eventCategory"); if (s != null) e.eventCategory(EventCategory.of(s)); else e.eventCategory(Optional.empty()); break; }
      case addendum: { Addendum a = addendum(v0, v1); if (a != null) e.addendum(a); else e.addendum(Optional.empty()); break; }
      case sessionCredentialFromConsole: { Boolean x = bool(v0, v1, "sessionCredentialFromConsole"); if (x != null) e.sessionCredentialFromConsole(x); else e.sessionCredentialFromConsole(Optional.empty()); break; }
      case edgeDeviceDetails: { EdgeDeviceDetails d = edgeDevice(v0, v1); if (d != null) e.edgeDeviceDetails(d); else e.edgeDeviceDetails(Optional.empty()); break; }
      case tlsDetails: { TlsDetails t = tls(v0, v1); if (t != null) e.tlsDetails(t); else e.tlsDetails(Optional.empty()); break; }
      case insightDetails: { InsightDetails d = insight(v0, v1); if (d != null) e.insightDetails(d); else e.insightDetails(Optional.empty()); break; }
      case annotation: { String s = unique(v0, v1, "annotation"); if (s != null) e.annotation(s); else e.annotation(Optional.empty()); break; }
      default: e.putUnknownFields(keyName(keyQuotes[m]), json(v0, v1)); builderHasUnknownFields = true; break;
    }
  }

  /**
   * The one event builder of this decoder, with every member cleared. Reusing it saves an allocation of some 130
   * bytes per record (a builder this large is not scalar-replaced by the JIT); build() copies everything out, and a
   * decoder is confined to one thread.
   */
  private CloudTrailEvent.Builder resetBuilder() {
    CloudTrailEvent.Builder e = eventBuilder;
    Optional<String> none = Optional.empty();
    e.eventVersion(none).userIdentity(Optional.empty()).eventTime(Optional.empty()).eventSource(none)
        .eventName(none).awsRegion(none).sourceIPAddress(none).userAgent(none).errorCode(none).errorMessage(none)
        .requestParameters(Optional.empty()).responseElements(Optional.empty()).additionalEventData(Optional.empty())
        .serviceEventDetails(Optional.empty()).requestID(none).eventID(none).eventType(Optional.empty())
        .apiVersion(none).managementEvent(Optional.empty()).readOnly(Optional.empty()).recipientAccountId(none)
        .sharedEventID(none).vpcEndpointId(none).vpcEndpointAccountId(none).eventCategory(Optional.empty())
        .addendum(Optional.empty()).sessionCredentialFromConsole(Optional.empty())
        .edgeDeviceDetails(Optional.empty()).tlsDetails(Optional.empty()).insightDetails(Optional.empty())
        .eventContext(Optional.empty()).annotation(none);
    if (builderHasResources) {
      e.resources(List.of());
      builderHasResources = false;
    }
    if (builderHasUnknownFields) {
      e.unknownFields(java.util.Map.of());
      builderHasUnknownFields = false;
    }
    return e;
  }

  private UserIdentity identity(int v0, int v1) {
    if (!isObject(v0, v1, "userIdentity")) {
      return null;
    }
    UserIdentity.Builder u = UserIdentity.builder();
    ObjectCursor c = cursors[0].reset(b, v0, v1);
    while (c.next()) {
      int s = c.valueStart;
      Key key = c.key();
      if (key == null) {
        u.putUnknownField(keyName(c.keyQuote), json(s, c.valueEnd()));
        continue;
      }
      if (key == Key.sessionContext || key == Key.onBehalfOf || key == Key.inScopeOf) {
        // decoded in place: the nested cursor finds where the object ends
        if (key == Key.sessionContext) {
          u.sessionContext(sessionContext(s, c.bound()));
        } else if (key == Key.onBehalfOf) {
          u.onBehalfOf(onBehalfOf(s, c.bound()));
        } else {
          u.inScopeOf(inScopeOf(s, c.bound()));
        }
        if (nestedEnd > 0) {
          c.valueEndsAt(nestedEnd);
        }
        continue;
      }
      int t = c.valueEnd();
      switch (key) {
        case type: u.type(str(s, t, "userIdentity.type")); break;
        case principalId: u.principalId(str(s, t, "userIdentity.principalId")); break;
        case arn: u.arn(str(s, t, "userIdentity.arn")); break;
        case accountId: u.accountId(str(s, t, "userIdentity.accountId")); break;
        case accessKeyId: u.accessKeyId(str(s, t, "userIdentity.accessKeyId")); break;
        case userName: u.userName(str(s, t, "userIdentity.userName")); break;
        case invokedBy: u.invokedBy(str(s, t, "userIdentity.invokedBy")); break;
        case identityProvider: u.identityProvider(str(s, t, "userIdentity.identityProvider")); break;
        case credentialId: u.credentialId(str(s, t, "userIdentity.credentialId")); break;
        case invokedByDelegate: u.invokedByDelegate(isNull(s) ? null : json(s, t)); break;
        default: u.putUnknownField(keyName(c.keyQuote), json(s, t)); break;
      }
    }
    return u.build();
  }

  private SessionContext sessionContext(int v0, int v1) {
    if (!isObject(v0, v1, "userIdentity.sessionContext")) {
      nestedEnd = -1;
      return null;
    }
    SessionContext.Builder sc = SessionContext.builder();
    ObjectCursor c = cursors[1].reset(b, v0, v1);
    while (c.next()) {
      int s = c.valueStart;
      Key key = c.key();
      if (key == null) {
        sc.putUnknownFields(keyName(c.keyQuote), json(s, c.valueEnd()));
        continue;
      }
      if (key == Key.attributes || key == Key.sessionIssuer || key == Key.webIdFederationData) {
        // decoded in place: the nested cursor finds where the object ends
        if (key == Key.attributes) {
          SessionAttributes a = sessionAttributes(s, c.bound());
          if (a != null) {
            sc.attributes(a);
          } else {
            sc.attributes(Optional.empty());
          }
        } else if (key == Key.sessionIssuer) {
          SessionIssuer i = sessionIssuer(s, c.bound());
          if (i != null) {
            sc.sessionIssuer(i);
          } else {
            sc.sessionIssuer(Optional.empty());
          }
        } else {
          WebIdFederationData w = webId(s, c.bound());
          if (w != null) {
            sc.webIdFederationData(w);
          } else {
            sc.webIdFederationData(Optional.empty());
          }
        }
        if (nestedEnd > 0) {
          c.valueEndsAt(nestedEnd);
        }
        continue;
      }
      int t = c.valueEnd();
      switch (key) {
        case sourceIdentity: { String x = str(s, t, "userIdentity.sessionContext.sourceIdentity"); if (x != null) sc.sourceIdentity(x); else sc.sourceIdentity(Optional.empty()); break; }
        case ec2RoleDelivery: { String x = str(s, t, "userIdentity.sessionContext.ec2RoleDelivery"); if (x != null) sc.ec2RoleDelivery(x); else sc.ec2RoleDelivery(Optional.empty()); break; }
        case assumedRoot: { Boolean x = bool(s, t, "userIdentity.sessionContext.assumedRoot"); if (x != null) sc.assumedRoot(x); else sc.assumedRoot(Optional.empty()); break; }
        default: sc.putUnknownFields(keyName(c.keyQuote), json(s, t)); break;
      }
    }
    nestedEnd = c.objectEnd();
    return sc.build();
  }

  private SessionAttributes sessionAttributes(int v0, int v1) {
    String path = "userIdentity.sessionContext.attributes";
    if (!isObject(v0, v1, path)) {
      nestedEnd = -1;
      return null;
    }
    SessionAttributes.Builder a = SessionAttributes.builder();
    ObjectCursor c = cursors[2].reset(b, v0, v1);
    while (c.next()) {
      int s = c.valueStart;
      int t = c.valueEnd();
      Key key = c.key();
      if (key == Key.creationDate) {
        Instant x = time(s, t, path + ".creationDate");
        if (x != null) {
          a.creationDate(x);
        } else {
          a.creationDate(Optional.empty());
        }
      } else if (key == Key.mfaAuthenticated) {
        Boolean x = bool(s, t, path + ".mfaAuthenticated");
        if (x != null) {
          a.mfaAuthenticated(x);
        } else {
          a.mfaAuthenticated(Optional.empty());
        }
      } else {
        a.putUnknownFields(keyName(c.keyQuote), json(s, t));
      }
    }
    nestedEnd = c.objectEnd();
    return a.build();
  }

  private SessionIssuer sessionIssuer(int v0, int v1) {
    String path = "userIdentity.sessionContext.sessionIssuer";
    if (!isObject(v0, v1, path)) {
      nestedEnd = -1;
      return null;
    }
    SessionIssuer.Builder i = SessionIssuer.builder();
    ObjectCursor c = cursors[2].reset(b, v0, v1);
    while (c.next()) {
      int s = c.valueStart;
      int t = c.valueEnd();
      Key key = c.key();
      String x;
      if (key == Key.type) {
        if ((x = str(s, t, path + ".type")) != null) i.type(x); else i.type(Optional.empty());
      } else if (key == Key.principalId) {
        if ((x = str(s, t, path + ".principalId")) != null) i.principalId(x); else i.principalId(Optional.empty());
      } else if (key == Key.arn) {
        if ((x = str(s, t, path + ".arn")) != null) i.arn(x); else i.arn(Optional.empty());
      } else if (key == Key.accountId) {
        if ((x = str(s, t, path + ".accountId")) != null) i.accountId(x); else i.accountId(Optional.empty());
      } else if (key == Key.userName) {
        if ((x = str(s, t, path + ".userName")) != null) i.userName(x); else i.userName(Optional.empty());
      } else {
        i.putUnknownFields(keyName(c.keyQuote), json(s, t));
      }
    }
    nestedEnd = c.objectEnd();
    return i.build();
  }

  private WebIdFederationData webId(int v0, int v1) {
    String path = "userIdentity.sessionContext.webIdFederationData";
    if (!isObject(v0, v1, path)) {
      nestedEnd = -1;
      return null;
    }
    WebIdFederationData.Builder w = WebIdFederationData.builder();
    ObjectCursor c = cursors[2].reset(b, v0, v1);
    while (c.next()) {
      Key key = c.key();
      if (key == Key.federatedProvider) {
        String x = str(c.valueStart, c.valueEnd(), path + ".federatedProvider");
        if (x != null) w.federatedProvider(x); else w.federatedProvider(Optional.empty());
      } else if (key == Key.attributes) {
        w.attributes(json(c.valueStart, c.valueEnd()));
      } else {
        w.putUnknownFields(keyName(c.keyQuote), json(c.valueStart, c.valueEnd()));
      }
    }
    nestedEnd = c.objectEnd();
    return w.build();
  }

  private OnBehalfOf onBehalfOf(int v0, int v1) {
    String path = "userIdentity.onBehalfOf";
    if (!isObject(v0, v1, path)) {
      nestedEnd = -1;
      return null;
    }
    OnBehalfOf.Builder o = OnBehalfOf.builder();
    ObjectCursor c = cursors[1].reset(b, v0, v1);
    while (c.next()) {
      Key key = c.key();
      String x;
      if (key == Key.userId) {
        if ((x = str(c.valueStart, c.valueEnd(), path + ".userId")) != null) o.userId(x); else o.userId(Optional.empty());
      } else if (key == Key.identityStoreArn) {
        if ((x = str(c.valueStart, c.valueEnd(), path + ".identityStoreArn")) != null) o.identityStoreArn(x); else o.identityStoreArn(Optional.empty());
      } else {
        o.putUnknownFields(keyName(c.keyQuote), json(c.valueStart, c.valueEnd()));
      }
    }
    nestedEnd = c.objectEnd();
    return o.build();
  }

  private InScopeOf inScopeOf(int v0, int v1) {
    String path = "userIdentity.inScopeOf";
    if (!isObject(v0, v1, path)) {
      nestedEnd = -1;
      return null;
    }
    InScopeOf.Builder o = InScopeOf.builder();
    ObjectCursor c = cursors[1].reset(b, v0, v1);
    while (c.next()) {
      Key key = c.key();
      String x;
      if (key == Key.sourceArn) {
        if ((x = str(c.valueStart, c.valueEnd(), path + ".sourceArn")) != null) o.sourceArn(x); else o.sourceArn(Optional.empty());
      } else if (key == Key.sourceAccount) {
        if ((x = str(c.valueStart, c.valueEnd(), path + ".sourceAccount")) != null) o.sourceAccount(x); else o.sourceAccount(Optional.empty());
      } else if (key == Key.issuerType) {
        if ((x = str(c.valueStart, c.valueEnd(), path + ".issuerType")) != null) o.issuerType(x); else o.issuerType(Optional.empty());
      } else if (key == Key.credentialsIssuedTo) {
        if ((x = str(c.valueStart, c.valueEnd(), path + ".credentialsIssuedTo")) != null) o.credentialsIssuedTo(x); else o.credentialsIssuedTo(Optional.empty());
      } else {
        o.putUnknownFields(keyName(c.keyQuote), json(c.valueStart, c.valueEnd()));
      }
    }
    nestedEnd = c.objectEnd();
    return o.build();
  }

  private void resources(int v0, int v1, CloudTrailEvent.Builder e) {
    if (builderHasResources) {
      e.resources(List.of()); // a duplicate key replaces, as for every other member
    }
    if (isNull(v0)) {
      return;
    }
    if (b[v0] != '[') {
      throw wrongType(v0, "resources", "an array");
    }
    int i = JsonScanner.skipWhitespace(b, v0 + 1, v1);
    int index = 0;
    while (b[i] != ']') {
      int end = JsonScanner.skipValue(b, i, v1, Integer.MAX_VALUE);
      String path = "resources[" + index + "]";
      if (!isObject(i, end, path)) {
        throw wrongType(i, path, "an object");
      }
      Resource.Builder r = Resource.builder();
      ObjectCursor c = cursors[0].reset(b, i, end);
      while (c.next()) {
        Key key = c.key();
        String x;
        if (key == Key.ARN) {
          if ((x = str(c.valueStart, c.valueEnd(), path)) != null) r.arn(x); else r.arn(Optional.empty());
        } else if (key == Key.ARNPrefix) {
          if ((x = str(c.valueStart, c.valueEnd(), path)) != null) r.arnPrefix(x); else r.arnPrefix(Optional.empty());
        } else if (key == Key.accountId) {
          if ((x = str(c.valueStart, c.valueEnd(), path)) != null) r.accountId(x); else r.accountId(Optional.empty());
        } else if (key == Key.type) {
          if ((x = str(c.valueStart, c.valueEnd(), path)) != null) r.type(x); else r.type(Optional.empty());
        } else {
          r.putUnknownFields(keyName(c.keyQuote), json(c.valueStart, c.valueEnd()));
        }
      }
      e.addResources(r.build());
      index++;
      i = JsonScanner.skipWhitespace(b, end, v1);
      if (b[i] == ',') {
        i = JsonScanner.skipWhitespace(b, i + 1, v1);
      }
    }
  }

  private Addendum addendum(int v0, int v1) {
    if (!isObject(v0, v1, "addendum")) {
      return null;
    }
    Addendum.Builder a = Addendum.builder();
    ObjectCursor c = cursors[0].reset(b, v0, v1);
    while (c.next()) {
      Key key = c.key();
      String x;
      if (key == Key.reason) {
        if ((x = str(c.valueStart, c.valueEnd(), "addendum.reason")) != null) a.reason(x); else a.reason(Optional.empty());
      } else if (key == Key.updatedFields) {
        if ((x = str(c.valueStart, c.valueEnd(), "addendum.updatedFields")) != null) a.updatedFields(x); else a.updatedFields(Optional.empty());
      } else if (key == Key.originalRequestID) {
        if ((x = str(c.valueStart, c.valueEnd(), "addendum.originalRequestID")) != null) a.originalRequestID(x); else a.originalRequestID(Optional.empty());
      } else if (key == Key.originalEventID) {
        if ((x = str(c.valueStart, c.valueEnd(), "addendum.originalEventID")) != null) a.originalEventID(x); else a.originalEventID(Optional.empty());
      } else {
        a.putUnknownFields(keyName(c.keyQuote), json(c.valueStart, c.valueEnd()));
      }
    }
    return a.build();
  }

  private TlsDetails tls(int v0, int v1) {
    if (!isObject(v0, v1, "tlsDetails")) {
      return null;
    }
    TlsDetails.Builder d = TlsDetails.builder();
    ObjectCursor c = cursors[0].reset(b, v0, v1);
    while (c.next()) {
      Key key = c.key();
      String x;
      if (key == Key.tlsVersion) {
        if ((x = str(c.valueStart, c.valueEnd(), "tlsDetails.tlsVersion")) != null) d.tlsVersion(x); else d.tlsVersion(Optional.empty());
      } else if (key == Key.cipherSuite) {
        if ((x = str(c.valueStart, c.valueEnd(), "tlsDetails.cipherSuite")) != null) d.cipherSuite(x); else d.cipherSuite(Optional.empty());
      } else if (key == Key.clientProvidedHostHeader) {
        if ((x = str(c.valueStart, c.valueEnd(), "tlsDetails.clientProvidedHostHeader")) != null) d.clientProvidedHostHeader(x); else d.clientProvidedHostHeader(Optional.empty());
      } else {
        d.putUnknownFields(keyName(c.keyQuote), json(c.valueStart, c.valueEnd()));
      }
    }
    return d.build();
  }

  private EdgeDeviceDetails edgeDevice(int v0, int v1) {
    if (!isObject(v0, v1, "edgeDeviceDetails")) {
      return null;
    }
    EdgeDeviceDetails.Builder d = EdgeDeviceDetails.builder();
    ObjectCursor c = cursors[0].reset(b, v0, v1);
    while (c.next()) {
      Key key = c.key();
      String x;
      if (key == Key.type) {
        if ((x = str(c.valueStart, c.valueEnd(), "edgeDeviceDetails.type")) != null) d.type(x); else d.type(Optional.empty());
      } else if (key == Key.deviceID) {
        if ((x = str(c.valueStart, c.valueEnd(), "edgeDeviceDetails.deviceID")) != null) d.deviceID(x); else d.deviceID(Optional.empty());
      } else if (key == Key.snowJobId) {
        if ((x = str(c.valueStart, c.valueEnd(), "edgeDeviceDetails.snowJobId")) != null) d.snowJobId(x); else d.snowJobId(Optional.empty());
      } else if (key == Key.deviceFamily) {
        if ((x = str(c.valueStart, c.valueEnd(), "edgeDeviceDetails.deviceFamily")) != null) d.deviceFamily(x); else d.deviceFamily(Optional.empty());
      } else if (key == Key.attributes) {
        d.attributes(json(c.valueStart, c.valueEnd()));
      } else {
        d.putUnknownFields(keyName(c.keyQuote), json(c.valueStart, c.valueEnd()));
      }
    }
    return d.build();
  }

  private InsightDetails insight(int v0, int v1) {
    if (!isObject(v0, v1, "insightDetails")) {
      return null;
    }
    InsightDetails.Builder d = InsightDetails.builder();
    ObjectCursor c = cursors[0].reset(b, v0, v1);
    while (c.next()) {
      Key key = c.key();
      String x;
      if (key == Key.state) {
        if ((x = str(c.valueStart, c.valueEnd(), "insightDetails.state")) != null) d.state(x); else d.state(Optional.empty());
      } else if (key == Key.eventSource) {
        if ((x = str(c.valueStart, c.valueEnd(), "insightDetails.eventSource")) != null) d.eventSource(x); else d.eventSource(Optional.empty());
      } else if (key == Key.eventName) {
        if ((x = str(c.valueStart, c.valueEnd(), "insightDetails.eventName")) != null) d.eventName(x); else d.eventName(Optional.empty());
      } else if (key == Key.insightType) {
        if ((x = str(c.valueStart, c.valueEnd(), "insightDetails.insightType")) != null) d.insightType(x); else d.insightType(Optional.empty());
      } else if (key == Key.errorCode) {
        if ((x = str(c.valueStart, c.valueEnd(), "insightDetails.errorCode")) != null) d.errorCode(x); else d.errorCode(Optional.empty());
      } else if (key == Key.insightContext) {
        d.insightContext(json(c.valueStart, c.valueEnd()));
      } else {
        d.putUnknownFields(keyName(c.keyQuote), json(c.valueStart, c.valueEnd()));
      }
    }
    return d.build();
  }

  // ---- scalars

  private boolean isNull(int v0) {
    return b[v0] == 'n';
  }

  /** True for an object, false for null; any other type is a WRONG_TYPE problem. */
  private boolean isObject(int v0, int v1, String path) {
    if (b[v0] == '{') {
      return true;
    }
    if (isNull(v0)) {
      return false;
    }
    throw wrongType(v0, path, "an object");
  }

  /** A string that repeats across records, through the cache; null for JSON null. */
  private String str(int v0, int v1, String path) {
    if (b[v0] == '"') {
      checkStringLength(v0, v1, path);
      try {
        return cache.get(b, v0, v1 - 1);
      } catch (MalformedJsonException e) {
        throw new RecordProblemException(ProblemKind.MALFORMED_JSON, path, e.index(), e.reason(), null);
      }
    }
    if (isNull(v0)) {
      return null;
    }
    throw wrongType(v0, path, "a string");
  }

  /** A string unique to the record (IDs): decoded without the cache, which it would only churn. */
  private String unique(int v0, int v1, String path) {
    if (b[v0] == '"') {
      checkStringLength(v0, v1, path);
      try {
        return org.cloudtrail4j.model.internal.JsonStrings.decode(b, v0, v1 - 1);
      } catch (MalformedJsonException e) {
        throw new RecordProblemException(ProblemKind.MALFORMED_JSON, path, e.index(), e.reason(), null);
      }
    }
    if (isNull(v0)) {
      return null;
    }
    throw wrongType(v0, path, "a string");
  }

  private void checkStringLength(int v0, int v1, String path) {
    if (v1 - v0 - 2 > limits.maxStringBytes()) {
      throw new RecordProblemException(ProblemKind.LIMIT_EXCEEDED, path, v0,
          "string of " + (v1 - v0 - 2) + " bytes exceeds the limit of " + limits.maxStringBytes(), null);
    }
  }

  /** true/false, or the strings "true"/"false" as CloudTrail writes some flags; null for JSON null. */
  private Boolean bool(int v0, int v1, String path) {
    byte c = b[v0];
    if (c == 't') {
      return Boolean.TRUE;
    }
    if (c == 'f') {
      return Boolean.FALSE;
    }
    if (c == 'n') {
      return null;
    }
    if (c == '"') {
      // CloudTrail writes some flags as strings; pipelines re-case them ("True", "FALSE")
      if (v1 - v0 == 6 && regionMatchesIgnoreCase(v0 + 1, "true")) {
        return Boolean.TRUE;
      }
      if (v1 - v0 == 7 && regionMatchesIgnoreCase(v0 + 1, "false")) {
        return Boolean.FALSE;
      }
      if (v1 - v0 <= 32 && hasBackslash(b, v0 + 1, v1 - v0 - 2)) {
        // written with escapes ("\u0074rue"): valid JSON for the same string
        String text = escaped(v0, v1, path);
        if (text.equalsIgnoreCase("true")) {
          return Boolean.TRUE;
        }
        if (text.equalsIgnoreCase("false")) {
          return Boolean.FALSE;
        }
      }
      throw new RecordProblemException(ProblemKind.INVALID_VALUE, path, v0,
          "expected true or false, found " + JsonScanner.describe(b, v0, v1), null);
    }
    throw wrongType(v0, path, "a boolean");
  }

  private boolean regionMatchesIgnoreCase(int at, String lower) {
    for (int k = 0; k < lower.length(); k++) {
      if ((b[at + k] | 0x20) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private Instant time(int v0, int v1, String path) {
    if (b[v0] == '"') {
      if (v1 - v0 > 2 + 64 * 6) { // 64 characters, each of which may be written as a six-byte escape
        throw new RecordProblemException(ProblemKind.INVALID_VALUE, path, v0, "timestamp too long", null);
      }
      try {
        if (hasBackslash(b, v0 + 1, v1 - v0 - 2)) {
          return Timestamps.parse(escaped(v0, v1, path)); // written with escapes: valid JSON for the same string
        }
        return Timestamps.parse(b, v0 + 1, v1 - 1);
      } catch (DateTimeParseException e) {
        throw new RecordProblemException(ProblemKind.INVALID_VALUE, path, v0,
            "not an ISO-8601 timestamp: " + new String(b, v0, v1 - v0, java.nio.charset.StandardCharsets.UTF_8), e);
      }
    }
    if (isNull(v0)) {
      return null;
    }
    throw wrongType(v0, path, "an ISO-8601 timestamp string");
  }

  /** The decoded text of a short string written with escapes. */
  private String escaped(int v0, int v1, String path) {
    try {
      return org.cloudtrail4j.model.internal.JsonStrings.decode(b, v0, v1 - 1);
    } catch (MalformedJsonException e) {
      throw new RecordProblemException(ProblemKind.MALFORMED_JSON, path, e.index(), e.reason(), null);
    }
  }

  private JsonValue json(int v0, int v1) {
    return JsonValue.ofSlice(b, v0, v1 - v0);
  }

  private String keyName(int quote) {
    int close = JsonScanner.skipString(b, quote, recordEnd) - 1;
    try {
      return cache.get(b, quote, close);
    } catch (MalformedJsonException e) {
      throw new RecordProblemException(ProblemKind.MALFORMED_JSON, "", e.index(), e.reason(), null);
    }
  }

  private RecordProblemException wrongType(int v0, String path, String expected) {
    return new RecordProblemException(ProblemKind.WRONG_TYPE, path, v0,
        "expected " + expected + ", found " + typeName(b[v0]), null);
  }

  private static String typeName(byte c) {
    switch (c) {
      case '{': return "an object";
      case '[': return "an array";
      case '"': return "a string";
      case 't':
      case 'f': return "a boolean";
      case 'n': return "null";
      default: return "a number";
    }
  }
}
