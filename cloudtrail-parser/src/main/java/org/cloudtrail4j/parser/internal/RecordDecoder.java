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
  private final CloudTrailEvent.Builder eventBuilder = CloudTrailEvent.builder();
  private boolean builderHasResources;
  private boolean builderHasUnknownFields;

  /**
   * A decoder for one thread.
   *
   * @param strict check the full JSON grammar of free-form members when reading; otherwise only their structure
   *     (terminated strings, matched brackets), the rest being checked when they are navigated
   * @param mappers the registry every event carries
   */
  RecordDecoder(ReadLimits limits, StringCache cache, boolean strict, CloudTrailMappers mappers) {
    this.scalar = new Scalars(limits, cache);
    this.scan = new RecordScanner(limits, strict, scalar);
    this.identity = new IdentityDecoder(scalar);
    this.details = new DetailDecoders(scalar);
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
    for (int m = 0; m < scan.members; m++) {
      int v0 = scan.valueStarts[m];
      int v1 = scan.valueEnds[m];
      Key key = Key.lookup(scan.b, scan.keyQuotes[m], scan.keyCloses[m]);
      if (key == null) {
        e.putUnknownFields(scalar.keyName(scan.keyQuotes[m]), scalar.json(v0, v1));
        builderHasUnknownFields = true;
      } else {
        decodeMember(e, key, m, v0, v1);
      }
    }
    return e.rawJson(JsonValue.ofSlice(scan.b, scan.recordStart, scan.recordEnd - scan.recordStart)).origin(origin).build();
  }

  // its own method, compiled on its own: inlined into the loop above, it left the JIT too little budget to
  // scalar-replace the nested builders
  private void decodeMember(CloudTrailEvent.Builder e, Key key, int m, int v0, int v1) {
    switch (key) {
      case eventVersion: { String s = scalar.str(v0, v1, "eventVersion"); if (s != null) e.eventVersion(s); else e.eventVersion(Optional.empty()); break; }
      case userIdentity: { UserIdentity u = identity.identity(v0, v1); if (u != null) e.userIdentity(u); else e.userIdentity(Optional.empty()); break; }
      case eventTime: { Instant t = scalar.time(v0, v1, "eventTime"); if (t != null) e.eventTime(t); else e.eventTime(Optional.empty()); break; }
      case eventSource: { String s = scalar.str(v0, v1, "eventSource"); if (s != null) e.eventSource(s); else e.eventSource(Optional.empty()); break; }
      case eventName: { String s = scalar.str(v0, v1, "eventName"); if (s != null) e.eventName(s); else e.eventName(Optional.empty()); break; }
      case awsRegion: { String s = scalar.str(v0, v1, "awsRegion"); if (s != null) e.awsRegion(s); else e.awsRegion(Optional.empty()); break; }
      case sourceIPAddress: { String s = scalar.str(v0, v1, "sourceIPAddress"); if (s != null) e.sourceIPAddress(s); else e.sourceIPAddress(Optional.empty()); break; }
      case userAgent: { String s = scalar.str(v0, v1, "userAgent"); if (s != null) e.userAgent(s); else e.userAgent(Optional.empty()); break; }
      case errorCode: { String s = scalar.str(v0, v1, "errorCode"); if (s != null) e.errorCode(s); else e.errorCode(Optional.empty()); break; }
      case errorMessage: { String s = scalar.str(v0, v1, "errorMessage"); if (s != null) e.errorMessage(s); else e.errorMessage(Optional.empty()); break; }
      case requestParameters: e.requestParameters(scalar.json(v0, v1)); break;
      case responseElements: e.responseElements(scalar.json(v0, v1)); break;
      case additionalEventData: e.additionalEventData(scalar.json(v0, v1)); break;
      case serviceEventDetails: e.serviceEventDetails(scalar.json(v0, v1)); break;
      case eventContext: e.eventContext(scalar.json(v0, v1)); break;
      case requestID: { String s = scalar.unique(v0, v1, "requestID"); if (s != null) e.requestID(s); else e.requestID(Optional.empty()); break; }
      case eventID: { String s = scalar.unique(v0, v1, "eventID"); if (s != null) e.eventID(s); else e.eventID(Optional.empty()); break; }
      case eventType: { String s = scalar.str(v0, v1, "eventType"); if (s != null) e.eventType(EventType.of(s)); else e.eventType(Optional.empty()); break; }
      case apiVersion: { String s = scalar.str(v0, v1, "apiVersion"); if (s != null) e.apiVersion(s); else e.apiVersion(Optional.empty()); break; }
      case managementEvent: { Boolean x = scalar.bool(v0, v1, "managementEvent"); if (x != null) e.managementEvent(x); else e.managementEvent(Optional.empty()); break; }
      case readOnly: { Boolean x = scalar.bool(v0, v1, "readOnly"); if (x != null) e.readOnly(x); else e.readOnly(Optional.empty()); break; }
      case resources:
        if (builderHasResources) {
          e.resources(List.of()); // a duplicate key replaces, as for every other member
        }
        details.resources(v0, v1, e);
        builderHasResources = true;
        break;
      case recipientAccountId: { String s = scalar.str(v0, v1, "recipientAccountId"); if (s != null) e.recipientAccountId(s); else e.recipientAccountId(Optional.empty()); break; }
      case sharedEventID: { String s = scalar.unique(v0, v1, "sharedEventID"); if (s != null) e.sharedEventID(s); else e.sharedEventID(Optional.empty()); break; }
      case vpcEndpointId: { String s = scalar.str(v0, v1, "vpcEndpointId"); if (s != null) e.vpcEndpointId(s); else e.vpcEndpointId(Optional.empty()); break; }
      case vpcEndpointAccountId: { String s = scalar.str(v0, v1, "vpcEndpointAccountId"); if (s != null) e.vpcEndpointAccountId(s); else e.vpcEndpointAccountId(Optional.empty()); break; }
      case eventCategory: { String s = scalar.str(v0, v1, "eventCategory"); if (s != null) e.eventCategory(EventCategory.of(s)); else e.eventCategory(Optional.empty()); break; }
      case addendum: { Addendum a = details.addendum(v0, v1); if (a != null) e.addendum(a); else e.addendum(Optional.empty()); break; }
      case sessionCredentialFromConsole: { Boolean x = scalar.bool(v0, v1, "sessionCredentialFromConsole"); if (x != null) e.sessionCredentialFromConsole(x); else e.sessionCredentialFromConsole(Optional.empty()); break; }
      case edgeDeviceDetails: { EdgeDeviceDetails d = details.edgeDevice(v0, v1); if (d != null) e.edgeDeviceDetails(d); else e.edgeDeviceDetails(Optional.empty()); break; }
      case tlsDetails: { TlsDetails t = details.tls(v0, v1); if (t != null) e.tlsDetails(t); else e.tlsDetails(Optional.empty()); break; }
      case insightDetails: { InsightDetails d = details.insight(v0, v1); if (d != null) e.insightDetails(d); else e.insightDetails(Optional.empty()); break; }
      case annotation: { String s = scalar.unique(v0, v1, "annotation"); if (s != null) e.annotation(s); else e.annotation(Optional.empty()); break; }
      default: e.putUnknownFields(scalar.keyName(scan.keyQuotes[m]), scalar.json(v0, v1)); builderHasUnknownFields = true; break;
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
