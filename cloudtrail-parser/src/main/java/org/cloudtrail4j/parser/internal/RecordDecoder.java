package org.cloudtrail4j.parser.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cloudtrail4j.model.Addendum;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.EdgeDeviceDetails;
import org.cloudtrail4j.model.EventCategory;
import org.cloudtrail4j.model.EventOrigin;
import org.cloudtrail4j.model.EventType;
import org.cloudtrail4j.model.InsightDetails;
import org.cloudtrail4j.model.TlsDetails;
import org.cloudtrail4j.model.identity.UserIdentity;
import org.cloudtrail4j.model.internal.MalformedJsonException;
import org.cloudtrail4j.model.json.JsonValue;
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
  private final CloudTrailEvent.Builder eventBuilder = CloudTrailEvent.builder();
  private boolean builderHasResources;
  private boolean builderHasUnknownFields;

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
    this.identity = new IdentityDecoder(scalar);
    this.details = new DetailDecoders(scalar);
    this.projection = projection;
    eventBuilder.mappers(mappers); // every event carries its reader's mappers; resetBuilder leaves them set
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
    return e.rawJson(JsonValue.ofSlice(b, s.recordStart, s.recordEnd - s.recordStart)).origin(origin).build();
  }

  // Its own method, compiled on its own: inlined into the loop above, it left the JIT too little budget to
  // scalar-replace the nested builders. Members of one kind share one call to their decoder (one str, one unique,
  // one bool, one json), then set through a switch: with a call per member, as before, the JIT's budget ran out
  // while inlining the copies, and the commonest members (eventSource, eventName, eventTime, ...) stayed calls.
  private void decodeMember(CloudTrailEvent.Builder e, Key key, int m, int v0, int v1) {
    String s;
    switch (key) {
      case eventVersion: case eventSource: case eventName: case awsRegion: case sourceIPAddress: case userAgent:
      case errorCode: case errorMessage: case eventType: case apiVersion: case recipientAccountId: case vpcEndpointId:
      case vpcEndpointAccountId: case eventCategory:
        s = scalar.str(v0, v1, key.name());
        break;
      case requestID: case eventID: case sharedEventID: case annotation:
        s = scalar.unique(v0, v1, key.name()); // unique to the record: not through the cache
        break;
      case managementEvent: case readOnly: case sessionCredentialFromConsole:
        flag(e, key, scalar.bool(v0, v1, key.name()));
        return;
      case requestParameters: case responseElements: case additionalEventData: case serviceEventDetails:
      case eventContext:
        json(e, key, scalar.json(v0, v1));
        return;
      case eventTime: { Instant t = scalar.time(v0, v1, "eventTime"); if (t != null) e.eventTime(t); else clear(e, key); return; }
      case userIdentity: { UserIdentity u = identity.identity(v0, v1); if (u != null) e.userIdentity(u); else clear(e, key); return; }
      case resources:
        if (builderHasResources) {
          e.resources(List.of()); // a duplicate key replaces, as for every other member
        }
        details.decode(key, v0, v1, e);
        builderHasResources = true;
        return;
      case addendum: case edgeDeviceDetails: case tlsDetails: case insightDetails:
        detail(e, key, details.decode(key, v0, v1, e)); // out of line: see DetailDecoders.decode
        return;
      default: unknown(e, m); return;
    }
    string(e, key, s);
  }

  private void unknown(CloudTrailEvent.Builder e, int m) {
    e.putUnknownFields(scalar.keyName(scan.keyQuotes[m]), scalar.json(scan.valueStarts[m], scan.valueEnds[m]));
    builderHasUnknownFields = true;
  }

  /** Sets a string member; {@code null} (JSON null, also after an earlier value of a repeated key) clears it. */
  private static void string(CloudTrailEvent.Builder e, Key key, String s) {
    if (s == null) {
      clear(e, key);
      return;
    }
    switch (key) {
      case eventVersion: e.eventVersion(s); break;
      case eventSource: e.eventSource(s); break;
      case eventName: e.eventName(s); break;
      case awsRegion: e.awsRegion(s); break;
      case sourceIPAddress: e.sourceIPAddress(s); break;
      case userAgent: e.userAgent(s); break;
      case errorCode: e.errorCode(s); break;
      case errorMessage: e.errorMessage(s); break;
      case eventType: e.eventType(EventType.of(s)); break;
      case apiVersion: e.apiVersion(s); break;
      case recipientAccountId: e.recipientAccountId(s); break;
      case vpcEndpointId: e.vpcEndpointId(s); break;
      case vpcEndpointAccountId: e.vpcEndpointAccountId(s); break;
      case eventCategory: e.eventCategory(EventCategory.of(s)); break;
      case requestID: e.requestID(s); break;
      case eventID: e.eventID(s); break;
      case sharedEventID: e.sharedEventID(s); break;
      case annotation: e.annotation(s); break;
      default: throw new AssertionError(key);
    }
  }

  private static void flag(CloudTrailEvent.Builder e, Key key, Boolean x) {
    if (x == null) {
      clear(e, key);
      return;
    }
    switch (key) {
      case managementEvent: e.managementEvent(x); break;
      case readOnly: e.readOnly(x); break;
      case sessionCredentialFromConsole: e.sessionCredentialFromConsole(x); break;
      default: throw new AssertionError(key);
    }
  }

  /** Sets a nested member other than the identity and resources; {@code null} (JSON null) clears it. */
  private static void detail(CloudTrailEvent.Builder e, Key key, Object d) {
    if (d == null) {
      clear(e, key);
      return;
    }
    switch (key) {
      case addendum: e.addendum((Addendum) d); break;
      case edgeDeviceDetails: e.edgeDeviceDetails((EdgeDeviceDetails) d); break;
      case tlsDetails: e.tlsDetails((TlsDetails) d); break;
      case insightDetails: e.insightDetails((InsightDetails) d); break;
      default: throw new AssertionError(key);
    }
  }

  private static void json(CloudTrailEvent.Builder e, Key key, JsonValue v) {
    switch (key) {
      case requestParameters: e.requestParameters(v); break;
      case responseElements: e.responseElements(v); break;
      case additionalEventData: e.additionalEventData(v); break;
      case serviceEventDetails: e.serviceEventDetails(v); break;
      case eventContext: e.eventContext(v); break;
      default: throw new AssertionError(key);
    }
  }

  /** Clears the member {@code key}: its value was JSON {@code null}, read as absent. Rare: out of the hot path. */
  private static void clear(CloudTrailEvent.Builder e, Key key) {
    switch (key) {
      case eventVersion: e.eventVersion(Optional.empty()); break;
      case userIdentity: e.userIdentity(Optional.empty()); break;
      case eventTime: e.eventTime(Optional.empty()); break;
      case eventSource: e.eventSource(Optional.empty()); break;
      case eventName: e.eventName(Optional.empty()); break;
      case awsRegion: e.awsRegion(Optional.empty()); break;
      case sourceIPAddress: e.sourceIPAddress(Optional.empty()); break;
      case userAgent: e.userAgent(Optional.empty()); break;
      case errorCode: e.errorCode(Optional.empty()); break;
      case errorMessage: e.errorMessage(Optional.empty()); break;
      case requestID: e.requestID(Optional.empty()); break;
      case eventID: e.eventID(Optional.empty()); break;
      case eventType: e.eventType(Optional.empty()); break;
      case apiVersion: e.apiVersion(Optional.empty()); break;
      case managementEvent: e.managementEvent(Optional.empty()); break;
      case readOnly: e.readOnly(Optional.empty()); break;
      case recipientAccountId: e.recipientAccountId(Optional.empty()); break;
      case sharedEventID: e.sharedEventID(Optional.empty()); break;
      case vpcEndpointId: e.vpcEndpointId(Optional.empty()); break;
      case vpcEndpointAccountId: e.vpcEndpointAccountId(Optional.empty()); break;
      case eventCategory: e.eventCategory(Optional.empty()); break;
      case addendum: e.addendum(Optional.empty()); break;
      case sessionCredentialFromConsole: e.sessionCredentialFromConsole(Optional.empty()); break;
      case edgeDeviceDetails: e.edgeDeviceDetails(Optional.empty()); break;
      case tlsDetails: e.tlsDetails(Optional.empty()); break;
      case insightDetails: e.insightDetails(Optional.empty()); break;
      case annotation: e.annotation(Optional.empty()); break;
      default: throw new AssertionError(key);
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
}
