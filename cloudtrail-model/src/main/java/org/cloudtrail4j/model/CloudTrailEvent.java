package org.cloudtrail4j.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.cloudtrail4j.model.identity.AssumedRole;
import org.cloudtrail4j.model.identity.Role;
import org.cloudtrail4j.model.identity.SessionContext;
import org.cloudtrail4j.model.identity.SessionIssuer;
import org.cloudtrail4j.model.identity.UserIdentity;
import org.cloudtrail4j.model.internal.CloudTrailStyle;
import org.cloudtrail4j.model.internal.EventParts;
import org.cloudtrail4j.model.internal.EventSources;
import org.cloudtrail4j.model.json.JsonValue;
import org.cloudtrail4j.model.spi.CloudTrailMappers;
import org.immutables.value.Value;

/**
 * One CloudTrail record: an API call, console sign-in, service event or Insights event, with every member CloudTrail
 * writes through eventVersion 1.11.
 *
 * <p>Members are named as CloudTrail spells them on the wire. A member the record does not have is
 * {@link Optional#empty()} (or an empty list); a JSON {@code null} in the record reads as absent too, except in the
 * free-form members ({@code requestParameters}, {@code responseElements}, {@code additionalEventData},
 * {@code serviceEventDetails}, {@code eventContext}), which hold any JSON value as a {@link JsonValue}, {@code null}
 * included. Members this version of the library does not know are kept in {@link #unknownFields()}, and
 * {@link #field(String)} reaches any top-level member by name. {@link #rawJson()} is the record's exact bytes.
 *
 * <p>The questions asked most have names of their own: {@link #failed()}, {@link #is(String, String)},
 * {@link #principal()}, {@link #callerAccountId()}, {@link #roleArn()}; and {@link #as(Class)} gives a typed view
 * (e.g. an EKS {@code CreateClusterEvent}) through the mappers of the reader that read the event.
 *
 * <p>Instances are immutable and thread-safe. Equality compares the decoded members and unknown fields, not the
 * {@linkplain #origin() origin}, the raw bytes' formatting or the {@linkplain #mappers() mappers}. Free-form members
 * are compared by their JSON value, which decodes them on each call: {@code distinct()} or a {@code HashSet} of
 * events costs more than a field-by-field comparison of strings.
 *
 * <pre>{@code
 * try (Stream<CloudTrailEvent> events = CloudTrailReader.stream(Path.of("AWSLogs"))) {
 *   events.filter(CloudTrailEvent::failed)
 *         .forEach(e -> System.out.println(e.principal() + " " + e.eventName().orElse("?")));
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@CloudTrailStyle
public abstract class CloudTrailEvent {
  static {
    EventParts.register(ReadEvent::new);
  }

  CloudTrailEvent() {}

  /** {@return the record format version, {@code "1.0"} to {@code "1.11"} ({@code eventVersion})} Since 1.0. */
  public abstract Optional<String> eventVersion();

  /** {@return who made the call ({@code userIdentity})} Absent in some AWS-internal and Insights records. Since 1.0. */
  public abstract Optional<UserIdentity> userIdentity();

  /**
   * {@return when the request completed, UTC ({@code eventTime}; fractional seconds and offsets accepted)} Since 1.0.
   */
  public abstract Optional<Instant> eventTime();

  /** {@return the service the call went to, e.g. {@code eks.amazonaws.com} ({@code eventSource})} Since 1.0. */
  public abstract Optional<String> eventSource();

  /**
   * {@return the API action, e.g. {@code CreateCluster} ({@code eventName})} Not unique across services: pair it with
   * {@link #eventSource()}. Since 1.0.
   */
  public abstract Optional<String> eventName();

  /** {@return the region the request went to, e.g. {@code us-west-2} ({@code awsRegion})} Since 1.0. */
  public abstract Optional<String> awsRegion();

  /**
   * {@return where the request came from ({@code sourceIPAddress}): an IP address, a service name such as
   * {@code eks.amazonaws.com} for calls a service made, or {@code AWS Internal}} Since 1.0.
   */
  public abstract Optional<String> sourceIPAddress();

  /** {@return the client's user agent, or a service name for calls a service made ({@code userAgent})} Since 1.0. */
  public abstract Optional<String> userAgent();

  /** {@return the error code of a failed call, e.g. {@code AccessDenied} ({@code errorCode})} Since 1.0. */
  public abstract Optional<String> errorCode();

  /** {@return the error message of a failed call ({@code errorMessage})} Since 1.0. */
  public abstract Optional<String> errorMessage();

  /**
   * {@return the request's parameters, free-form per API, as the record's bytes ({@code requestParameters})} May hold a
   * JSON {@code null}. Very large ones are truncated by AWS. Since 1.0.
   */
  public abstract Optional<JsonValue> requestParameters();

  /**
   * {@return the response, free-form per API ({@code responseElements}); JSON {@code null} for most read-only calls}
   * Since 1.0.
   */
  public abstract Optional<JsonValue> responseElements();

  /**
   * {@return extra data about the call, free-form ({@code additionalEventData}), e.g. S3 bytes transferred} Since 1.0.
   */
  public abstract Optional<JsonValue> additionalEventData();

  /** {@return what happened, for {@code AwsServiceEvent} records ({@code serviceEventDetails})} Since 1.05. */
  public abstract Optional<JsonValue> serviceEventDetails();

  /** {@return the request's ID, as the service generated it ({@code requestID})} Since 1.01. */
  public abstract Optional<String> requestID();

  /** {@return the record's unique ID, normally a UUID ({@code eventID})} Since 1.01. */
  public abstract Optional<String> eventID();

  /** {@return the kind of event ({@code eventType}), an open enum} Since 1.02. */
  public abstract Optional<EventType> eventType();

  /** {@return the API version, for services that record it ({@code apiVersion})} Since 1.01. */
  public abstract Optional<String> apiVersion();

  /** {@return true for a management event, false for a data event ({@code managementEvent})} Since 1.06. */
  public abstract Optional<Boolean> managementEvent();

  /**
   * {@return true when the operation is read-only ({@code readOnly}; the string {@code "true"} is accepted)} Since
   * 1.04.
   */
  public abstract Optional<Boolean> readOnly();

  /** {@return the resources the call touched ({@code resources}); empty when the record lists none} Since 1.04. */
  public abstract List<Resource> resources();

  /** {@return the account that received this record ({@code recipientAccountId})} Since 1.02. */
  public abstract Optional<String> recipientAccountId();

  /**
   * {@return the ID shared by copies of one event delivered to several accounts ({@code sharedEventID})} Since 1.03.
   */
  public abstract Optional<String> sharedEventID();

  /** {@return the VPC endpoint the request came through ({@code vpcEndpointId})} Since 1.04. */
  public abstract Optional<String> vpcEndpointId();

  /**
   * {@return the account that owns the VPC endpoint ({@code vpcEndpointAccountId}; network activity events)} Since
   * 1.09.
   */
  public abstract Optional<String> vpcEndpointAccountId();

  /**
   * {@return the category: Management, Data, Insight, NetworkActivity ({@code eventCategory}), an open enum} Since
   * 1.07.
   */
  public abstract Optional<EventCategory> eventCategory();

  /** {@return why a record was delivered late or corrected ({@code addendum})} Since 1.08. */
  public abstract Optional<Addendum> addendum();

  /**
   * {@return true when the call used console session credentials ({@code sessionCredentialFromConsole})} Since 1.08.
   */
  public abstract Optional<Boolean> sessionCredentialFromConsole();

  /** {@return the AWS Snow device the call came from ({@code edgeDeviceDetails})} Since 1.08. */
  public abstract Optional<EdgeDeviceDetails> edgeDeviceDetails();

  /** {@return the TLS connection of the call ({@code tlsDetails})} Since 1.08. */
  public abstract Optional<TlsDetails> tlsDetails();

  /** {@return what an Insights record detected ({@code insightDetails}; eventType {@code AwsCloudTrailInsight})} */
  public abstract Optional<InsightDetails> insightDetails();

  /** {@return enrichment: request context and tags of resources and principals ({@code eventContext})} Since 1.11. */
  public abstract Optional<JsonValue> eventContext();

  /** {@return an annotation a user added to the trail's events ({@code annotation})} */
  public abstract Optional<String> annotation();

  /**
   * {@return top-level members this version of the library does not know, by wire name, kept exactly as they were: a
   * member AWS adds next year survives a read}
   */
  public abstract Map<String, JsonValue> unknownFields();

  /**
   * {@return the record's exact bytes as they were in the source (after decompression), or {@link JsonValue#missing()}
   * for an event built in code}
   */
  @Value.Default
  @Value.Auxiliary
  public JsonValue rawJson() {
    return JsonValue.missing();
  }

  /** {@return where the record was read from: source, byte offset, record index} Empty for an event built in code. */
  @Value.Auxiliary
  public abstract Optional<EventOrigin> origin();

  /**
   * The mappers {@link #as(Class)} uses: those of the reader that read the event, or
   * {@link CloudTrailMappers#defaults()} for an event built in code (unless set on the builder). Not part of
   * equality.
   *
   * @return the mapper registry
   */
  @Value.Default
  @Value.Auxiliary
  public CloudTrailMappers mappers() {
    return CloudTrailMappers.defaults();
  }

  /**
   * Whether the call failed: the record has an {@code errorCode}.
   *
   * @return true for a failed call
   */
  public boolean failed() {
    return errorCode().isPresent();
  }

  /**
   * Whether this is the operation {@code eventName} of the service {@code eventSource}:
   * {@code e.is("eks.amazonaws.com", "CreateCluster")}. The short form {@code "eks"} means {@code eks.amazonaws.com}.
   *
   * @param eventSource the service, e.g. {@code iam.amazonaws.com} or {@code iam}
   * @param eventName the operation, e.g. {@code CreateUser}
   * @return true when both match
   * @throws IllegalArgumentException when {@code eventSource} is not an event source (e.g. an event name)
   */
  public boolean is(String eventSource, String eventName) {
    String source = EventSources.normalize(eventSource, "eventSource");
    return eventName().filter(eventName::equals).isPresent() && eventSource().filter(source::equals).isPresent();
  }

  /**
   * Who made the call, by {@link UserIdentity#principal()}'s rule (the ARN, else a typed fallback).
   *
   * @return the principal, or {@code "unknown"} for a record without {@code userIdentity}
   */
  public String principal() {
    Optional<UserIdentity> id = userIdentity();
    return id.isPresent() ? id.get().principal() : "unknown";
  }

  /**
   * The account of the caller: {@code userIdentity.accountId}, else the account in the caller's ARN.
   *
   * @return the account ID; empty when the record names none (e.g. calls made by an AWS service)
   */
  public Optional<String> callerAccountId() {
    Optional<UserIdentity> id = userIdentity();
    if (id.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> account = id.get().accountId().filter(a -> !a.isEmpty());
    return account.isPresent() ? account : id.get().arn().map(CloudTrailEvent::arnAccount).filter(a -> !a.isEmpty());
  }

  /**
   * The IAM role behind the call: the role of an assumed-role session (its session issuer, or else the role named in
   * the {@code assumed-role} ARN, whose path CloudTrail does not record), the issuer of any other session issued by
   * a role, or the role itself for a {@code Role} identity.
   *
   * @return the role's ARN, e.g. {@code arn:aws:iam::111122223333:role/Admin}; empty when no role made the call
   */
  public Optional<String> roleArn() {
    Optional<UserIdentity> id = userIdentity();
    if (id.isEmpty()) {
      return Optional.empty();
    }
    UserIdentity u = id.get();
    if (u instanceof Role) {
      return u.arn().filter(a -> !a.isEmpty());
    }
    Optional<String> issuer = u.sessionContext().flatMap(SessionContext::sessionIssuer)
        .filter(i -> i.type().filter("Role"::equals).isPresent()).flatMap(SessionIssuer::arn)
        .filter(a -> !a.isEmpty());
    if (issuer.isPresent() || !(u instanceof AssumedRole)) {
      return issuer;
    }
    // arn:<partition>:sts::<account>:assumed-role/<role>/<session>
    return u.arn().flatMap(arn -> {
      String[] parts = arn.split(":", 6);
      AssumedRole role = (AssumedRole) u;
      return parts.length == 6 && parts[5].startsWith("assumed-role/")
          ? role.roleName().map(r -> parts[0] + ':' + parts[1] + ":iam::" + parts[4] + ":role/" + r)
          : Optional.empty();
    });
  }

  /**
   * The typed view of this event as {@code type}, from the event's {@linkplain #mappers() mappers}:
   * {@code event.as(CreateClusterEvent.class)}.
   *
   * @param type the view wanted
   * @param <T> the view wanted
   * @return the view, or empty when no mapper for this event's source and name produces a {@code type}
   * @throws org.cloudtrail4j.model.spi.MappingException when the mapper throws; the message has the record's origin
   * @throws IllegalArgumentException when no registered mapper produces {@code type} at all (a forgotten provider)
   */
  public <T> Optional<T> as(Class<T> type) {
    return mappers().as(this, type);
  }

  /**
   * A function for {@link Stream#flatMap} that keeps the events with a view of {@code type}, typed:
   * {@code events.flatMap(CloudTrailEvent.typed(CreateClusterEvent.class))}. Each event is mapped with its own
   * {@linkplain #mappers() mappers}, as {@link #as(Class)} does; a mapper that throws ends the stream with a
   * {@link org.cloudtrail4j.model.spi.MappingException}. For mapper failures handled by a reader's error policy, use
   * the reader's {@code typed(type)}.
   *
   * @param type the view wanted
   * @param <T> the view wanted
   * @return the function
   * @throws IllegalArgumentException from the function, on the first event, when its mappers cannot produce
   *     {@code type} at all
   */
  public static <T> Function<CloudTrailEvent, Stream<T>> typed(Class<T> type) {
    java.util.Objects.requireNonNull(type, "type");
    return e -> e.as(type).stream();
  }

  /**
   * A builder initialised with this event's members, origin, raw bytes and mappers: for events changed in code.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.from(this);
    return b;
  }

  /**
   * Whether {@code o} is an event with equal members and unknown fields; the {@linkplain #origin() origin}, the
   * {@linkplain #rawJson() raw bytes} and the {@linkplain #mappers() mappers} are not compared. An event read by a
   * reader equals the same event built in code.
   *
   * @param o the object to compare with
   * @return true when equal
   */
  @Override
  public final boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CloudTrailEvent)) {
      return false;
    }
    CloudTrailEvent e = (CloudTrailEvent) o;
    return eventVersion().equals(e.eventVersion())
        && userIdentity().equals(e.userIdentity())
        && eventTime().equals(e.eventTime())
        && eventSource().equals(e.eventSource())
        && eventName().equals(e.eventName())
        && awsRegion().equals(e.awsRegion())
        && sourceIPAddress().equals(e.sourceIPAddress())
        && userAgent().equals(e.userAgent())
        && errorCode().equals(e.errorCode())
        && errorMessage().equals(e.errorMessage())
        && requestParameters().equals(e.requestParameters())
        && responseElements().equals(e.responseElements())
        && additionalEventData().equals(e.additionalEventData())
        && serviceEventDetails().equals(e.serviceEventDetails())
        && requestID().equals(e.requestID())
        && eventID().equals(e.eventID())
        && eventType().equals(e.eventType())
        && apiVersion().equals(e.apiVersion())
        && managementEvent().equals(e.managementEvent())
        && readOnly().equals(e.readOnly())
        && resources().equals(e.resources())
        && recipientAccountId().equals(e.recipientAccountId())
        && sharedEventID().equals(e.sharedEventID())
        && vpcEndpointId().equals(e.vpcEndpointId())
        && vpcEndpointAccountId().equals(e.vpcEndpointAccountId())
        && eventCategory().equals(e.eventCategory())
        && addendum().equals(e.addendum())
        && sessionCredentialFromConsole().equals(e.sessionCredentialFromConsole())
        && edgeDeviceDetails().equals(e.edgeDeviceDetails())
        && tlsDetails().equals(e.tlsDetails())
        && insightDetails().equals(e.insightDetails())
        && eventContext().equals(e.eventContext())
        && annotation().equals(e.annotation())
        && unknownFields().equals(e.unknownFields());
  }

  /**
   * {@return a hash of the members compared by {@link #equals(Object)}}
   */
  @Override
  public final int hashCode() {
    // the hash Immutables generated for this class before events were also read lazily: an absent member hashes as 0
    int h = 5381;
    h += (h << 5) + eventVersion().hashCode();
    h += (h << 5) + userIdentity().hashCode();
    h += (h << 5) + eventTime().hashCode();
    h += (h << 5) + eventSource().hashCode();
    h += (h << 5) + eventName().hashCode();
    h += (h << 5) + awsRegion().hashCode();
    h += (h << 5) + sourceIPAddress().hashCode();
    h += (h << 5) + userAgent().hashCode();
    h += (h << 5) + errorCode().hashCode();
    h += (h << 5) + errorMessage().hashCode();
    h += (h << 5) + requestParameters().hashCode();
    h += (h << 5) + responseElements().hashCode();
    h += (h << 5) + additionalEventData().hashCode();
    h += (h << 5) + serviceEventDetails().hashCode();
    h += (h << 5) + requestID().hashCode();
    h += (h << 5) + eventID().hashCode();
    h += (h << 5) + eventType().hashCode();
    h += (h << 5) + apiVersion().hashCode();
    h += (h << 5) + managementEvent().hashCode();
    h += (h << 5) + readOnly().hashCode();
    h += (h << 5) + resources().hashCode();
    h += (h << 5) + recipientAccountId().hashCode();
    h += (h << 5) + sharedEventID().hashCode();
    h += (h << 5) + vpcEndpointId().hashCode();
    h += (h << 5) + vpcEndpointAccountId().hashCode();
    h += (h << 5) + eventCategory().hashCode();
    h += (h << 5) + addendum().hashCode();
    h += (h << 5) + sessionCredentialFromConsole().hashCode();
    h += (h << 5) + edgeDeviceDetails().hashCode();
    h += (h << 5) + tlsDetails().hashCode();
    h += (h << 5) + insightDetails().hashCode();
    h += (h << 5) + eventContext().hashCode();
    h += (h << 5) + annotation().hashCode();
    h += (h << 5) + unknownFields().hashCode();
    return h;
  }

  /**
   * {@return the members present, by name, e.g. {@code CloudTrailEvent{eventTime=..., eventSource=..., resources=[],
   * unknownFields={}}}: not the raw JSON}
   */
  @Override
  public final String toString() {
    // the form Immutables generated for this class before events were also read lazily
    StringBuilder b = new StringBuilder("CloudTrailEvent{");
    member(b, "eventVersion", eventVersion().orElse(null));
    member(b, "userIdentity", userIdentity().orElse(null));
    member(b, "eventTime", eventTime().orElse(null));
    member(b, "eventSource", eventSource().orElse(null));
    member(b, "eventName", eventName().orElse(null));
    member(b, "awsRegion", awsRegion().orElse(null));
    member(b, "sourceIPAddress", sourceIPAddress().orElse(null));
    member(b, "userAgent", userAgent().orElse(null));
    member(b, "errorCode", errorCode().orElse(null));
    member(b, "errorMessage", errorMessage().orElse(null));
    member(b, "requestParameters", requestParameters().orElse(null));
    member(b, "responseElements", responseElements().orElse(null));
    member(b, "additionalEventData", additionalEventData().orElse(null));
    member(b, "serviceEventDetails", serviceEventDetails().orElse(null));
    member(b, "requestID", requestID().orElse(null));
    member(b, "eventID", eventID().orElse(null));
    member(b, "eventType", eventType().orElse(null));
    member(b, "apiVersion", apiVersion().orElse(null));
    member(b, "managementEvent", managementEvent().orElse(null));
    member(b, "readOnly", readOnly().orElse(null));
    member(b, "resources", resources());
    member(b, "recipientAccountId", recipientAccountId().orElse(null));
    member(b, "sharedEventID", sharedEventID().orElse(null));
    member(b, "vpcEndpointId", vpcEndpointId().orElse(null));
    member(b, "vpcEndpointAccountId", vpcEndpointAccountId().orElse(null));
    member(b, "eventCategory", eventCategory().orElse(null));
    member(b, "addendum", addendum().orElse(null));
    member(b, "sessionCredentialFromConsole", sessionCredentialFromConsole().orElse(null));
    member(b, "edgeDeviceDetails", edgeDeviceDetails().orElse(null));
    member(b, "tlsDetails", tlsDetails().orElse(null));
    member(b, "insightDetails", insightDetails().orElse(null));
    member(b, "eventContext", eventContext().orElse(null));
    member(b, "annotation", annotation().orElse(null));
    member(b, "unknownFields", unknownFields());
    return b.append('}').toString();
  }

  private static void member(StringBuilder b, String name, Object value) {
    if (value != null) {
      if (b.length() > 16) {
        b.append(", ");
      }
      b.append(name).append('=').append(value);
    }
  }

  private static String arnAccount(String arn) {
    String[] parts = arn.split(":", 6);
    return parts.length == 6 ? parts[4] : "";
  }

  /**
   * {@return any top-level member by its wire name, known or not, as recorded: {@code field("eventName")},
   * {@code field("someFieldAddedIn2027")}} Read from {@link #rawJson()}; for an event built in code only
   * {@link #unknownFields()} are reachable.
   *
   * @param name the member's name as CloudTrail writes it
   */
  public JsonValue field(String name) {
    JsonValue raw = rawJson();
    if (raw.isMissing()) {
      JsonValue v = unknownFields().get(name);
      return v == null ? JsonValue.missing() : v;
    }
    return raw.get(name);
  }

  /**
   * A new builder.
   *
   * @return a builder with every member unset
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CloudTrailEvent}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableCloudTrailEvent.Builder {
    Builder() {}
  }
}
