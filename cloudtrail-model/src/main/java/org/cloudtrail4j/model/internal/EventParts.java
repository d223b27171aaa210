package org.cloudtrail4j.model.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.function.Function;
import org.cloudtrail4j.model.Addendum;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.EdgeDeviceDetails;
import org.cloudtrail4j.model.EventCategory;
import org.cloudtrail4j.model.EventOrigin;
import org.cloudtrail4j.model.EventType;
import org.cloudtrail4j.model.InsightDetails;
import org.cloudtrail4j.model.Resource;
import org.cloudtrail4j.model.TlsDetails;
import org.cloudtrail4j.model.identity.UserIdentity;
import org.cloudtrail4j.model.json.JsonValue;
import org.cloudtrail4j.model.spi.CloudTrailMappers;

/**
 * The members of one record as a reader found them, from which {@link #event()} makes the event: the members that
 * can be wrong are decoded (and so checked) when the record is read; the ones that cannot be wrong once the scan has
 * checked them (strings of ASCII bytes unique to the record, the free-form JSON members, the raw JSON) are kept as
 * positions in the record's bytes and decoded when first asked for. One instance per reading thread, cleared for
 * each record; not thread-safe. The event made from it is immutable and thread-safe.
 *
 * <p>Not part of the API: exported only to the cloudtrail4j parser module.
 */
public final class EventParts {
  /** The members kept as positions, by their index in {@link #starts} and {@link #ends}. */
  public static final int REQUEST_ID = 0;
  /** See {@link #REQUEST_ID}. */
  public static final int EVENT_ID = 1;
  /** See {@link #REQUEST_ID}. */
  public static final int SHARED_EVENT_ID = 2;
  /** See {@link #REQUEST_ID}. */
  public static final int ANNOTATION = 3;
  /** See {@link #REQUEST_ID}; the strings are those below this index, the free-form JSON members from it. */
  public static final int REQUEST_PARAMETERS = 4;
  /** See {@link #REQUEST_ID}. */
  public static final int RESPONSE_ELEMENTS = 5;
  /** See {@link #REQUEST_ID}. */
  public static final int ADDITIONAL_EVENT_DATA = 6;
  /** See {@link #REQUEST_ID}. */
  public static final int SERVICE_EVENT_DETAILS = 7;
  /** See {@link #REQUEST_ID}. */
  public static final int EVENT_CONTEXT = 8;
  static final int LAZY = 9;

  // set by CloudTrailEvent's initialisation (see register); not by this class's, which would risk a deadlock of two
  // threads initialising the two classes at once
  private static volatile Function<EventParts, CloudTrailEvent> factory;

  /**
   * Called once, by {@link CloudTrailEvent}'s initialisation: the constructor of its implementation for events read
   * from bytes is package-private in its package.
   *
   * @param f makes the event
   */
  public static void register(Function<EventParts, CloudTrailEvent> f) {
    if (factory != null) {
      throw new IllegalStateException("registered already");
    }
    factory = f;
  }

  // ---- decoded when the record is read; empty or null for absent (or JSON null). The Optionals are those the
  // event's accessors return: shared across records where the value repeats
  /** See {@link CloudTrailEvent#eventVersion()}. */
  public Optional<String> eventVersion;
  /** See {@link CloudTrailEvent#eventSource()}. */
  public Optional<String> eventSource;
  /** See {@link CloudTrailEvent#eventName()}. */
  public Optional<String> eventName;
  /** See {@link CloudTrailEvent#awsRegion()}. */
  public Optional<String> awsRegion;
  /** See {@link CloudTrailEvent#sourceIPAddress()}. */
  public Optional<String> sourceIPAddress;
  /** See {@link CloudTrailEvent#userAgent()}. */
  public Optional<String> userAgent;
  /** See {@link CloudTrailEvent#errorCode()}. */
  public Optional<String> errorCode;
  /** See {@link CloudTrailEvent#errorMessage()}. */
  public Optional<String> errorMessage;
  /** See {@link CloudTrailEvent#apiVersion()}. */
  public Optional<String> apiVersion;
  /** See {@link CloudTrailEvent#recipientAccountId()}. */
  public Optional<String> recipientAccountId;
  /** See {@link CloudTrailEvent#vpcEndpointId()}. */
  public Optional<String> vpcEndpointId;
  /** See {@link CloudTrailEvent#vpcEndpointAccountId()}. */
  public Optional<String> vpcEndpointAccountId;
  /** See {@link CloudTrailEvent#eventType()}. */
  public Optional<EventType> eventType;
  /** See {@link CloudTrailEvent#eventCategory()}. */
  public Optional<EventCategory> eventCategory;
  /** See {@link CloudTrailEvent#managementEvent()}. */
  public Boolean managementEvent;
  /** See {@link CloudTrailEvent#readOnly()}. */
  public Boolean readOnly;
  /** See {@link CloudTrailEvent#sessionCredentialFromConsole()}. */
  public Boolean sessionCredentialFromConsole;
  /** See {@link CloudTrailEvent#userIdentity()}: shared by the records with the same identity. */
  public Optional<UserIdentity> userIdentity;
  /** See {@link CloudTrailEvent#eventTime()}. */
  public Optional<Instant> eventTime;
  /** See {@link CloudTrailEvent#resources()}; copied into the event. */
  public final ArrayList<Resource> resources = new ArrayList<>();
  /** See {@link CloudTrailEvent#addendum()}. */
  public Addendum addendum;
  /** See {@link CloudTrailEvent#edgeDeviceDetails()}. */
  public EdgeDeviceDetails edgeDeviceDetails;
  /** See {@link CloudTrailEvent#tlsDetails()}: shared by the records with the same details. */
  public Optional<TlsDetails> tlsDetails;
  /** See {@link CloudTrailEvent#insightDetails()}. */
  public InsightDetails insightDetails;
  /** See {@link CloudTrailEvent#unknownFields()}; copied into the event, in this order. */
  public final LinkedHashMap<String, JsonValue> unknownFields = new LinkedHashMap<>();
  /** See {@link CloudTrailEvent#origin()}: its source, null for none; the event makes its origin when asked. */
  public String source;
  /** See {@link EventOrigin#byteOffset()}. */
  public long offset;
  /** See {@link EventOrigin#recordIndex()}. */
  public long index;
  /** See {@link CloudTrailEvent#mappers()}. */
  public CloudTrailMappers mappers;

  // ---- kept as positions
  /** The bytes of the record; never modified while an event refers to them. */
  public byte[] bytes;
  /** Where the record's '{' is in {@link #bytes}. */
  public int recordStart;
  /** Where the record ends (past its '}'). */
  public int recordEnd;
  /**
   * Where the value of each member kept as positions starts (its opening quote, '{', '[' or first byte), -1 when the
   * record does not have it (or, for the strings, has JSON null); by {@link #REQUEST_ID} and the indexes after it.
   */
  public final int[] starts = new int[LAZY];
  /** Where each value of {@link #starts} ends (past its closing quote or bracket). */
  public final int[] ends = new int[LAZY];
  /**
   * A string member that was decoded while reading (not ASCII: its UTF-8 had to be checked), by the index of
   * {@link #starts}; null when it is to be decoded from its position.
   */
  public final String[] decoded = new String[ANNOTATION + 1];

  /** Parts with every member absent. */
  public EventParts() {
    clear();
  }

  /** Makes every member absent, for the next record; {@link #mappers} stays. */
  public void clear() {
    Optional<String> none = Optional.empty();
    eventVersion = eventSource = eventName = awsRegion = sourceIPAddress = userAgent = errorCode = errorMessage = none;
    apiVersion = recipientAccountId = vpcEndpointId = vpcEndpointAccountId = none;
    eventType = Optional.empty();
    eventCategory = Optional.empty();
    managementEvent = readOnly = sessionCredentialFromConsole = null;
    userIdentity = Optional.empty();
    eventTime = Optional.empty();
    if (!resources.isEmpty()) {
      resources.clear();
    }
    addendum = null;
    edgeDeviceDetails = null;
    tlsDetails = Optional.empty();
    insightDetails = null;
    if (!unknownFields.isEmpty()) {
      unknownFields.clear();
    }
    source = null;
    offset = 0;
    index = 0;
    Arrays.fill(starts, -1);
    Arrays.fill(ends, -1);
    Arrays.fill(decoded, null);
  }

  /**
   * The immutable event of these parts; they can be cleared and reused at once.
   *
   * @return the event
   */
  public CloudTrailEvent event() {
    Function<EventParts, CloudTrailEvent> f = factory;
    if (f == null) {
      try {
        Class.forName(CloudTrailEvent.class.getName(), true, EventParts.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      f = factory;
    }
    return f.apply(this);
  }
}
