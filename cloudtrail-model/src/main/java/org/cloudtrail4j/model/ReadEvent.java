package org.cloudtrail4j.model;

import static org.cloudtrail4j.model.internal.EventParts.ADDITIONAL_EVENT_DATA;
import static org.cloudtrail4j.model.internal.EventParts.ANNOTATION;
import static org.cloudtrail4j.model.internal.EventParts.EVENT_CONTEXT;
import static org.cloudtrail4j.model.internal.EventParts.EVENT_ID;
import static org.cloudtrail4j.model.internal.EventParts.REQUEST_ID;
import static org.cloudtrail4j.model.internal.EventParts.REQUEST_PARAMETERS;
import static org.cloudtrail4j.model.internal.EventParts.RESPONSE_ELEMENTS;
import static org.cloudtrail4j.model.internal.EventParts.SERVICE_EVENT_DETAILS;
import static org.cloudtrail4j.model.internal.EventParts.SHARED_EVENT_ID;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.model.identity.UserIdentity;
import org.cloudtrail4j.model.internal.EventParts;
import org.cloudtrail4j.model.internal.JsonStrings;
import org.cloudtrail4j.model.internal.Utf8Slice;
import org.cloudtrail4j.model.json.JsonValue;
import org.cloudtrail4j.model.spi.CloudTrailMappers;

/**
 * An event as a reader read it: the members that can be wrong were decoded (and checked) when the record was read;
 * the strings unique to the record (IDs, annotation), the free-form JSON members and the raw JSON are kept as
 * positions in the record's bytes and decoded on first access. A decoded value is kept (the racy single-check
 * idiom: it is immutable, so a thread that does not see another's copy only decodes its own, equal one), so the
 * event is immutable and thread-safe as one built in code is, and {@link CloudTrailEvent#equals} makes the two equal
 * when their members are. The strings that repeat across records, the event time, the flags, the identity and the
 * TLS details are held as the
 * {@code Optional} the accessor returns, shared by the records with the same value: on JDK 17 the JIT does not
 * remove the {@code Optional} an accessor makes, about a quarter of what a full read allocated.
 *
 * <p>Every event is made, and most are read once, so its size is most of what a read allocates: the members that
 * few records have are held apart (see {@code Rare}), made only for a record that has one; the two flags share a
 * byte; the {@link EventOrigin} is made when asked for, from the source, offset and index it is made of.
 *
 * <p>Strings kept as positions are ASCII (a string with other bytes is decoded while reading, which checks its
 * UTF-8) with escapes the scan has checked: decoding them later cannot fail. Free-form values cannot fail to become
 * a {@link JsonValue} either: that is a slice of the same bytes, as it always was.
 */
final class ReadEvent extends CloudTrailEvent implements Utf8Slice.Source {
  private static final Optional<Boolean> TRUE = Optional.of(Boolean.TRUE);
  private static final Optional<Boolean> FALSE = Optional.of(Boolean.FALSE);

  private final Optional<String> eventVersion;
  private final Optional<String> eventSource;
  private final Optional<String> eventName;
  private final Optional<String> awsRegion;
  private final Optional<String> sourceIPAddress;
  private final Optional<String> userAgent;
  private final Optional<String> errorCode;
  private final Optional<String> recipientAccountId;
  private final Optional<EventType> eventType;
  private final Optional<EventCategory> eventCategory;
  /** managementEvent in the low two bits, readOnly in the next two: see flagBits. */
  private final byte flags;
  private final Optional<UserIdentity> userIdentity;
  private final Optional<Instant> eventTime;
  private final List<Resource> resources;
  private final Optional<TlsDetails> tlsDetails;
  /** The members few records have, or null when the record has none of them. */
  private final Rare rare;
  private final CloudTrailMappers mappers;
  // the origin, made when asked for: a record's EventOrigin was 32 bytes of every read, and few readers ask
  private final String source;
  private final long offset;
  private final long index;

  private final byte[] bytes;
  private final int recordStart;
  private final int recordEnd;
  // where the values kept as positions are: start and end, start -1 when absent
  private final int requestID0;
  private final int requestID1;
  private final int eventID0;
  private final int eventID1;
  private final int sharedEventID0;
  private final int sharedEventID1;
  private final int requestParameters0;
  private final int requestParameters1;
  private final int responseElements0;
  private final int responseElements1;
  private final int additionalEventData0;
  private final int additionalEventData1;

  // decoded on first access; null until then (and for an absent member, whose start is -1). The values, not their
  // Optionals: an accessor's Optional.of(value) is one JDK 25 removes when the caller does not keep it
  private String requestID;
  private String eventID;
  private String sharedEventID;
  private JsonValue requestParameters;
  private JsonValue responseElements;
  private JsonValue additionalEventData;
  private JsonValue rawJson;

  ReadEvent(EventParts p) {
    eventVersion = p.eventVersion;
    eventSource = p.eventSource;
    eventName = p.eventName;
    awsRegion = p.awsRegion;
    sourceIPAddress = p.sourceIPAddress;
    userAgent = p.userAgent;
    errorCode = p.errorCode;
    recipientAccountId = p.recipientAccountId;
    eventType = p.eventType;
    eventCategory = p.eventCategory;
    flags = (byte) (flagBits(p.managementEvent) | flagBits(p.readOnly) << 2);
    userIdentity = p.userIdentity;
    eventTime = p.eventTime;
    resources = list(p.resources);
    tlsDetails = p.tlsDetails;
    rare = Rare.of(p);
    mappers = p.mappers;
    source = p.source;
    offset = p.offset;
    index = p.index;
    bytes = p.bytes;
    recordStart = p.recordStart;
    recordEnd = p.recordEnd;
    int[] s = p.starts;
    int[] e = p.ends;
    requestID0 = s[REQUEST_ID];
    requestID1 = e[REQUEST_ID];
    eventID0 = s[EVENT_ID];
    eventID1 = e[EVENT_ID];
    sharedEventID0 = s[SHARED_EVENT_ID];
    sharedEventID1 = e[SHARED_EVENT_ID];
    requestParameters0 = s[REQUEST_PARAMETERS];
    requestParameters1 = e[REQUEST_PARAMETERS];
    responseElements0 = s[RESPONSE_ELEMENTS];
    responseElements1 = e[RESPONSE_ELEMENTS];
    additionalEventData0 = s[ADDITIONAL_EVENT_DATA];
    additionalEventData1 = e[ADDITIONAL_EVENT_DATA];
    // strings decoded while reading (not ASCII): kept from the start
    String[] d = p.decoded;
    requestID = d[REQUEST_ID];
    eventID = d[EVENT_ID];
    sharedEventID = d[SHARED_EVENT_ID];
  }

  /**
   * The members that few records have (errors, VPC endpoints, console sessions, Insights, edge devices, addenda,
   * annotations, service event details, event context, members the reader does not know), apart from the event, so
   * that the records without any of them do not carry a field each: made only for a record that has one.
   */
  private static final class Rare {
    final Optional<String> errorMessage;
    final Optional<String> apiVersion;
    final Optional<String> vpcEndpointId;
    final Optional<String> vpcEndpointAccountId;
    final Boolean sessionCredentialFromConsole;
    final Addendum addendum;
    final EdgeDeviceDetails edgeDeviceDetails;
    final InsightDetails insightDetails;
    final Map<String, JsonValue> unknownFields;
    final int annotation0;
    final int annotation1;
    final int serviceEventDetails0;
    final int serviceEventDetails1;
    final int eventContext0;
    final int eventContext1;
    // decoded on first access, as the event's own (see there)
    String annotation;
    JsonValue serviceEventDetails;
    JsonValue eventContext;

    private Rare(EventParts p) {
      errorMessage = p.errorMessage;
      apiVersion = p.apiVersion;
      vpcEndpointId = p.vpcEndpointId;
      vpcEndpointAccountId = p.vpcEndpointAccountId;
      sessionCredentialFromConsole = p.sessionCredentialFromConsole;
      addendum = p.addendum;
      edgeDeviceDetails = p.edgeDeviceDetails;
      insightDetails = p.insightDetails;
      unknownFields = map(p.unknownFields);
      int[] s = p.starts;
      int[] e = p.ends;
      annotation0 = s[ANNOTATION];
      annotation1 = e[ANNOTATION];
      serviceEventDetails0 = s[SERVICE_EVENT_DETAILS];
      serviceEventDetails1 = e[SERVICE_EVENT_DETAILS];
      eventContext0 = s[EVENT_CONTEXT];
      eventContext1 = e[EVENT_CONTEXT];
      annotation = p.decoded[ANNOTATION];
    }

    /** The rare members of {@code p}, or null when it has none. */
    static Rare of(EventParts p) {
      int[] s = p.starts;
      if (p.errorMessage.isEmpty() && p.apiVersion.isEmpty() && p.vpcEndpointId.isEmpty()
          && p.vpcEndpointAccountId.isEmpty() && p.sessionCredentialFromConsole == null && p.addendum == null
          && p.edgeDeviceDetails == null && p.insightDetails == null && p.unknownFields.isEmpty()
          && s[ANNOTATION] < 0 && s[SERVICE_EVENT_DETAILS] < 0 && s[EVENT_CONTEXT] < 0) {
        return null;
      }
      return new Rare(p);
    }
  }

  /** A flag's two bits: 0 absent, 1 false, 2 true. */
  private static int flagBits(Boolean b) {
    return b == null ? 0 : b ? 2 : 1;
  }

  private static Optional<Boolean> flag(int bits) {
    switch (bits & 3) {
      case 0: return Optional.empty();
      case 1: return FALSE;
      default: return TRUE;
    }
  }

  // the copies Immutables makes of a builder's collections, so that both kinds of event hold the same kinds
  private static List<Resource> list(ArrayList<Resource> r) {
    switch (r.size()) {
      case 0: return Collections.emptyList();
      case 1: return Collections.singletonList(r.get(0));
      default: return Collections.unmodifiableList(new ArrayList<>(r));
    }
  }

  private static Map<String, JsonValue> map(LinkedHashMap<String, JsonValue> m) {
    switch (m.size()) {
      case 0: return Collections.emptyMap();
      case 1: {
        Map.Entry<String, JsonValue> e = m.entrySet().iterator().next();
        return Collections.singletonMap(e.getKey(), e.getValue());
      }
      default: return Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }
  }

  private String string(int v0, int v1) {
    return JsonStrings.decode(bytes, v0, v1 - 1);
  }

  // for the Spark source's rows (cloudtrail-spark, owner of this method): an ID's UTF-8 without a String, a
  // free-form member's JSON text without a JsonValue
  @Override
  public boolean slice(int member, Utf8Slice into) {
    int v0;
    int v1;
    boolean string = true;
    switch (member) {
      case REQUEST_ID: v0 = requestID0; v1 = requestID1; break;
      case EVENT_ID: v0 = eventID0; v1 = eventID1; break;
      case SHARED_EVENT_ID: v0 = sharedEventID0; v1 = sharedEventID1; break;
      case REQUEST_PARAMETERS: v0 = requestParameters0; v1 = requestParameters1; string = false; break;
      case RESPONSE_ELEMENTS: v0 = responseElements0; v1 = responseElements1; string = false; break;
      case ADDITIONAL_EVENT_DATA: v0 = additionalEventData0; v1 = additionalEventData1; string = false; break;
      // the rare members' positions are in Rare (decoder's layout, #14): none when the record has no rare member
      case SERVICE_EVENT_DETAILS:
        v0 = rare == null ? -1 : rare.serviceEventDetails0;
        v1 = rare == null ? -1 : rare.serviceEventDetails1;
        string = false;
        break;
      case EVENT_CONTEXT:
        v0 = rare == null ? -1 : rare.eventContext0;
        v1 = rare == null ? -1 : rare.eventContext1;
        string = false;
        break;
      default: return false;
    }
    if (v0 < 0) {
      return false;
    }
    byte[] b = bytes;
    if (string) {
      // checked when read: valid UTF-8 (see EventParts), so as it stands it is the value unless it has an escape
      v1--;
      for (int i = ++v0; i < v1; i++) {
        if (b[i] == '\\') {
          return false;
        }
      }
    }
    into.bytes = b;
    into.start = v0;
    into.end = v1;
    return true;
  }

  private JsonValue json(int v0, int v1) {
    return JsonValue.ofSlice(bytes, v0, v1 - v0);
  }

  private static Optional<Boolean> flag(Boolean b) {
    return b == null ? Optional.empty() : b ? TRUE : FALSE;
  }

  @Override
  public Optional<String> eventVersion() {
    return eventVersion;
  }

  @Override
  public Optional<UserIdentity> userIdentity() {
    return userIdentity;
  }

  @Override
  public Optional<Instant> eventTime() {
    return eventTime;
  }

  @Override
  public Optional<String> eventSource() {
    return eventSource;
  }

  @Override
  public Optional<String> eventName() {
    return eventName;
  }

  @Override
  public Optional<String> awsRegion() {
    return awsRegion;
  }

  @Override
  public Optional<String> sourceIPAddress() {
    return sourceIPAddress;
  }

  @Override
  public Optional<String> userAgent() {
    return userAgent;
  }

  @Override
  public Optional<String> errorCode() {
    return errorCode;
  }

  @Override
  public Optional<String> errorMessage() {
    Rare r = rare;
    return r == null ? Optional.empty() : r.errorMessage;
  }

  @Override
  public Optional<JsonValue> requestParameters() {
    JsonValue v = requestParameters;
    if (v == null) {
      if (requestParameters0 < 0) {
        return Optional.empty();
      }
      requestParameters = v = json(requestParameters0, requestParameters1);
    }
    return Optional.of(v);
  }

  @Override
  public Optional<JsonValue> responseElements() {
    JsonValue v = responseElements;
    if (v == null) {
      if (responseElements0 < 0) {
        return Optional.empty();
      }
      responseElements = v = json(responseElements0, responseElements1);
    }
    return Optional.of(v);
  }

  @Override
  public Optional<JsonValue> additionalEventData() {
    JsonValue v = additionalEventData;
    if (v == null) {
      if (additionalEventData0 < 0) {
        return Optional.empty();
      }
      additionalEventData = v = json(additionalEventData0, additionalEventData1);
    }
    return Optional.of(v);
  }

  @Override
  public Optional<JsonValue> serviceEventDetails() {
    Rare r = rare;
    if (r == null) {
      return Optional.empty();
    }
    JsonValue v = r.serviceEventDetails;
    if (v == null) {
      if (r.serviceEventDetails0 < 0) {
        return Optional.empty();
      }
      r.serviceEventDetails = v = json(r.serviceEventDetails0, r.serviceEventDetails1);
    }
    return Optional.of(v);
  }

  @Override
  public Optional<String> requestID() {
    String v = requestID;
    if (v == null) {
      if (requestID0 < 0) {
        return Optional.empty();
      }
      requestID = v = string(requestID0, requestID1);
    }
    return Optional.of(v);
  }

  @Override
  public Optional<String> eventID() {
    String v = eventID;
    if (v == null) {
      if (eventID0 < 0) {
        return Optional.empty();
      }
      eventID = v = string(eventID0, eventID1);
    }
    return Optional.of(v);
  }

  @Override
  public Optional<EventType> eventType() {
    return eventType;
  }

  @Override
  public Optional<String> apiVersion() {
    Rare r = rare;
    return r == null ? Optional.empty() : r.apiVersion;
  }

  @Override
  public Optional<Boolean> managementEvent() {
    return flag(flags);
  }

  @Override
  public Optional<Boolean> readOnly() {
    return flag(flags >> 2);
  }

  @Override
  public List<Resource> resources() {
    return resources;
  }

  @Override
  public Optional<String> recipientAccountId() {
    return recipientAccountId;
  }

  @Override
  public Optional<String> sharedEventID() {
    String v = sharedEventID;
    if (v == null) {
      if (sharedEventID0 < 0) {
        return Optional.empty();
      }
      sharedEventID = v = string(sharedEventID0, sharedEventID1);
    }
    return Optional.of(v);
  }

  @Override
  public Optional<String> vpcEndpointId() {
    Rare r = rare;
    return r == null ? Optional.empty() : r.vpcEndpointId;
  }

  @Override
  public Optional<String> vpcEndpointAccountId() {
    Rare r = rare;
    return r == null ? Optional.empty() : r.vpcEndpointAccountId;
  }

  @Override
  public Optional<EventCategory> eventCategory() {
    return eventCategory;
  }

  @Override
  public Optional<Addendum> addendum() {
    Rare r = rare;
    return r == null ? Optional.empty() : Optional.ofNullable(r.addendum);
  }

  @Override
  public Optional<Boolean> sessionCredentialFromConsole() {
    Rare r = rare;
    return r == null ? Optional.empty() : flag(r.sessionCredentialFromConsole);
  }

  @Override
  public Optional<EdgeDeviceDetails> edgeDeviceDetails() {
    Rare r = rare;
    return r == null ? Optional.empty() : Optional.ofNullable(r.edgeDeviceDetails);
  }

  @Override
  public Optional<TlsDetails> tlsDetails() {
    return tlsDetails;
  }

  @Override
  public Optional<InsightDetails> insightDetails() {
    Rare r = rare;
    return r == null ? Optional.empty() : Optional.ofNullable(r.insightDetails);
  }

  @Override
  public Optional<JsonValue> eventContext() {
    Rare r = rare;
    if (r == null) {
      return Optional.empty();
    }
    JsonValue v = r.eventContext;
    if (v == null) {
      if (r.eventContext0 < 0) {
        return Optional.empty();
      }
      r.eventContext = v = json(r.eventContext0, r.eventContext1);
    }
    return Optional.of(v);
  }

  @Override
  public Optional<String> annotation() {
    Rare r = rare;
    if (r == null) {
      return Optional.empty();
    }
    String v = r.annotation;
    if (v == null) {
      if (r.annotation0 < 0) {
        return Optional.empty();
      }
      r.annotation = v = string(r.annotation0, r.annotation1);
    }
    return Optional.of(v);
  }

  @Override
  public Map<String, JsonValue> unknownFields() {
    Rare r = rare;
    return r == null ? Collections.emptyMap() : r.unknownFields;
  }

  @Override
  public JsonValue rawJson() {
    JsonValue v = rawJson;
    if (v == null) {
      rawJson = v = JsonValue.ofSlice(bytes, recordStart, recordEnd - recordStart);
    }
    return v;
  }

  @Override
  public Optional<EventOrigin> origin() {
    return source == null ? Optional.empty() : Optional.of(EventOrigin.of(source, offset, index));
  }

  @Override
  public CloudTrailMappers mappers() {
    return mappers;
  }
}
