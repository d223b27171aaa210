package org.cloudtrail4j.parser.internal;

import java.util.Optional;
import org.cloudtrail4j.model.Addendum;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.EdgeDeviceDetails;
import org.cloudtrail4j.model.EventCategory;
import org.cloudtrail4j.model.EventOrigin;
import org.cloudtrail4j.model.EventType;
import org.cloudtrail4j.model.InsightDetails;
import org.cloudtrail4j.model.TlsDetails;
import org.cloudtrail4j.model.internal.EventParts;
import org.cloudtrail4j.model.internal.MalformedJsonException;
import org.cloudtrail4j.model.spi.CloudTrailMappers;
import org.cloudtrail4j.parser.EventHeader;
import org.cloudtrail4j.parser.ProblemKind;
import org.cloudtrail4j.parser.ReadLimits;

/**
 * Reads one record in two steps, so that a filter can reject a record cheaply: {@link #scan} (the
 * {@link RecordScanner}: one pass that notes where each top-level member is, and the {@link #header()} a filter sees),
 * then {@link #decode}, which builds the event from those positions: scalars through {@link Scalars}, the identity
 * through {@link IdentityDecoder}, the other typed members through {@link DetailDecoders}, and the free-form members
 * as {@link JsonValue} slices of the same bytes, with no copy. One instance per reading thread.
 *
 * <p>Leniency, as documented on the reader: {@code "true"}/{@code "false"} strings for booleans, {@code null} for any
 * member (read as absent, also when it repeats an earlier member), missing members, unknown members (kept), duplicate
 * keys (the last wins). Anything else of the wrong JSON type is a {@link ProblemKind#WRONG_TYPE} problem for the
 * record.
 */
final class RecordDecoder {
  private final Scalars scalar;
  private final RecordScanner scan;
  private final IdentityDecoder identity;
  private final DetailDecoders details;
  private final MemberProjection projection;
  /** The parts of the record being decoded; cleared for each record (an event copies what it keeps). */
  private final EventParts parts = new EventParts();

  /**
   * A decoder for one thread.
   *
   * @param strict check the full JSON grammar of free-form members when reading; otherwise only their structure
   *     (terminated strings, matched brackets), the rest being checked when they are navigated
   * @param mappers the registry every event carries
   * @param projection the members to decode, the others left out of the event
   */
  RecordDecoder(ReadLimits limits, StringCache cache, boolean strict, CloudTrailMappers mappers,
      MemberProjection projection) {
    this.scalar = new Scalars(limits, cache);
    this.scan = new RecordScanner(limits, strict, scalar);
    this.identity = new IdentityDecoder(scalar, scan.identities);
    this.details = new DetailDecoders(scalar);
    this.projection = projection;
    parts.mappers = mappers; // every event carries its reader's mappers; clear() leaves them set
  }

  /**
   * Scans the record object whose '{' is at {@code start} and returns the index just past its '}'.
   *
   * @throws MalformedJsonException if the bytes before {@code end} are not one well-formed object (truncated when
   *     {@code end} came first)
   */
  int scan(byte[] bytes, int start, int end) {
    return scan.scan(bytes, start, end);
  }

  /** The header of the record last scanned, for the filter. */
  EventHeader header() {
    return scan;
  }

  /**
   * Builds the event from the scanned record.
   *
   * @param source the origin's source (see {@link EventOrigin})
   * @param offset the record's byte offset in it
   * @param index the record's index in it
   */
  CloudTrailEvent decode(String source, long offset, long index) {
    try {
      return decodeMembers(source, offset, index);
    } catch (MalformedJsonException e) {
      throw new RecordProblemException(e.isTruncated() ? ProblemKind.TRUNCATED : ProblemKind.MALFORMED_JSON, "",
          e.index(), e.reason(), null);
    }
  }

  private CloudTrailEvent decodeMembers(String source, long offset, long index) {
    EventParts e = parts;
    e.clear();
    RecordScanner s = scan;
    byte[] b = s.b;
    MemberProjection p = projection;
    // members not projected are skipped as the scanner left them: not decoded, so not checked beyond its structure
    for (int m = p.none() ? s.members : 0; m < s.members; m++) {
      Key key = Key.lookup(b, s.keyQuotes[m], s.keyCloses[m]);
      if (!p.decodes(key)) {
        continue;
      }
      if (key == null) {
        unknown(e, m);
      } else {
        decodeMember(e, key, m, s.valueStarts[m], s.valueEnds[m]);
      }
    }
    e.bytes = b;
    e.recordStart = s.recordStart;
    e.recordEnd = s.recordEnd;
    e.source = source;
    e.offset = offset;
    e.index = index;
    return e.event();
  }

  // Its own method, compiled on its own: inlined into the loop above, it left the JIT too little budget. Members of
  // one kind share one call to their decoder (one str, one unique, one bool), then set through a switch: with a call
  // per member, as before, the JIT's budget ran out while inlining the copies, and the commonest members
  // (eventSource, eventName, eventTime, ...) stayed calls.
  //
  // What can be wrong in a member is found here, while reading, so that the error policy reports it with the
  // record: the strings unique to the record and the free-form members are only checked here (their type, their
  // length, the UTF-8 of a string that is not ASCII) and kept as positions, which the event decodes when first asked
  // for (see EventParts).
  private void decodeMember(EventParts e, Key key, int m, int v0, int v1) {
    Optional<String> s;
    switch (key) {
      case eventVersion: case eventSource: case eventName: case awsRegion: case sourceIPAddress: case userAgent:
      case errorCode: case errorMessage: case eventType: case apiVersion: case recipientAccountId: case vpcEndpointId:
      case vpcEndpointAccountId: case eventCategory:
        s = scalar.strOptional(v0, v1, key.name()); // shared by the records with the same string
        break;
      case requestID: case eventID: case sharedEventID: case annotation:
        position(e, key, v0, v1, scalar.checkUnique(v0, v1, key.name()));
        return;
      case managementEvent: case readOnly: case sessionCredentialFromConsole:
        flag(e, key, scalar.bool(v0, v1, key.name()));
        return;
      case requestParameters: case responseElements: case additionalEventData: case serviceEventDetails:
      case eventContext: {
        int at = lazyIndex(key);
        e.starts[at] = v0;
        e.ends[at] = v1;
        return;
      }
      case eventTime: e.eventTime = scalar.timeOptional(v0, v1, "eventTime"); return;
      case userIdentity: e.userIdentity = identity.identity(v0, v1, scan.identitySlot(m)); return;
      case resources:
        if (!e.resources.isEmpty()) {
          e.resources.clear(); // a duplicate key replaces, as for every other member
        }
        details.decode(key, v0, v1, e.resources);
        return;
      case addendum: case edgeDeviceDetails: case tlsDetails: case insightDetails:
        detail(e, key, details.decode(key, v0, v1, e.resources)); // out of line: see DetailDecoders.decode
        return;
      default: unknown(e, m); return;
    }
    string(e, key, s);
  }

  private void unknown(EventParts e, int m) {
    e.unknownFields.put(scalar.keyName(scan.keyQuotes[m]), scalar.json(scan.valueStarts[m], scan.valueEnds[m]));
  }

  /** The index in {@link EventParts#starts} of a member kept as a position. */
  private static int lazyIndex(Key key) {
    switch (key) {
      case requestID: return EventParts.REQUEST_ID;
      case eventID: return EventParts.EVENT_ID;
      case sharedEventID: return EventParts.SHARED_EVENT_ID;
      case annotation: return EventParts.ANNOTATION;
      case requestParameters: return EventParts.REQUEST_PARAMETERS;
      case responseElements: return EventParts.RESPONSE_ELEMENTS;
      case additionalEventData: return EventParts.ADDITIONAL_EVENT_DATA;
      case serviceEventDetails: return EventParts.SERVICE_EVENT_DETAILS;
      case eventContext: return EventParts.EVENT_CONTEXT;
      default: throw new AssertionError(key);
    }
  }

  /**
   * Keeps the position of a string unique to the record, checked by {@link Scalars#checkUnique}: {@code checked} is
   * {@link Scalars#ASCII} for one the event decodes when asked, the string already decoded, or null for JSON null
   * (absent, also after an earlier value of a repeated key).
   */
  private static void position(EventParts e, Key key, int v0, int v1, String checked) {
    int at = lazyIndex(key);
    if (checked == null) {
      e.starts[at] = -1;
      e.ends[at] = -1;
      e.decoded[at] = null;
    } else {
      e.starts[at] = v0;
      e.ends[at] = v1;
      e.decoded[at] = checked == Scalars.ASCII ? null : checked;
    }
  }

  /** Sets a string member; empty (JSON null, also after an earlier value of a repeated key) clears it. */
  private void string(EventParts e, Key key, Optional<String> s) {
    switch (key) {
      case eventVersion: e.eventVersion = s; break;
      case eventSource: e.eventSource = s; break;
      case eventName: e.eventName = s; break;
      case awsRegion: e.awsRegion = s; break;
      case sourceIPAddress: e.sourceIPAddress = s; break;
      case userAgent: e.userAgent = s; break;
      case errorCode: e.errorCode = s; break;
      case errorMessage: e.errorMessage = s; break;
      case eventType: e.eventType = eventType(s); break;
      case apiVersion: e.apiVersion = s; break;
      case recipientAccountId: e.recipientAccountId = s; break;
      case vpcEndpointId: e.vpcEndpointId = s; break;
      case vpcEndpointAccountId: e.vpcEndpointAccountId = s; break;
      case eventCategory: e.eventCategory = eventCategory(s); break;
      default: throw new AssertionError(key);
    }
  }

  // the last eventType and eventCategory, by the (cached, so shared) Optional of their string
  private Optional<String> lastTypeString = Optional.empty();
  private Optional<EventType> lastType = Optional.empty();
  private Optional<String> lastCategoryString = Optional.empty();
  private Optional<EventCategory> lastCategory = Optional.empty();

  private Optional<EventType> eventType(Optional<String> s) {
    if (s != lastTypeString) {
      lastType = s.map(EventType::of);
      lastTypeString = s;
    }
    return lastType;
  }

  private Optional<EventCategory> eventCategory(Optional<String> s) {
    if (s != lastCategoryString) {
      lastCategory = s.map(EventCategory::of);
      lastCategoryString = s;
    }
    return lastCategory;
  }

  private static void flag(EventParts e, Key key, Boolean x) {
    switch (key) {
      case managementEvent: e.managementEvent = x; break;
      case readOnly: e.readOnly = x; break;
      case sessionCredentialFromConsole: e.sessionCredentialFromConsole = x; break;
      default: throw new AssertionError(key);
    }
  }

  /** Sets a nested member other than the identity and resources; {@code null} (JSON null) clears it. */
  @SuppressWarnings("unchecked") // DetailDecoders.decode returns the TLS details as an Optional<TlsDetails>
  private static void detail(EventParts e, Key key, Object d) {
    switch (key) {
      case addendum: e.addendum = (Addendum) d; break;
      case edgeDeviceDetails: e.edgeDeviceDetails = (EdgeDeviceDetails) d; break;
      case tlsDetails: e.tlsDetails = d == null ? Optional.empty() : (Optional<TlsDetails>) d; break;
      case insightDetails: e.insightDetails = (InsightDetails) d; break;
      default: throw new AssertionError(key);
    }
  }
}
