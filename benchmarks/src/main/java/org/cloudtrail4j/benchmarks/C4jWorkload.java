package org.cloudtrail4j.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.identity.UserIdentity;
import org.cloudtrail4j.model.json.JsonValue;

/**
 * What a cloudtrail4j contender reads from each event, as application code does ({@code e.eventName().orElse(...)}):
 * the {@code Optional} an accessor returns does not escape, so what is measured is what reading costs, not boxing
 * that the JIT removes in real code. Every workload first hands the eventID to {@link Sink#eventId}, then the values
 * it names, in the order of its {@link #members()}, so that {@code ContenderTest} can compare them with an oracle.
 */
enum C4jWorkload {
  /**
   * Every top-level member, through every accessor of {@code CloudTrailEvent}. The typed members are decoded at read
   * time; the free-form ones ({@code requestParameters}, {@code responseElements}, ...) stay undecoded byte slices.
   */
  FULL(List.of("eventVersion", "userIdentity", "eventTime", "eventSource", "eventName", "awsRegion",
      "sourceIPAddress", "userAgent", "errorCode", "errorMessage", "requestParameters", "responseElements",
      "additionalEventData", "serviceEventDetails", "requestID", "eventType", "apiVersion", "managementEvent",
      "readOnly", "resources", "recipientAccountId", "sharedEventID", "vpcEndpointId", "vpcEndpointAccountId",
      "eventCategory", "addendum", "sessionCredentialFromConsole", "edgeDeviceDetails", "tlsDetails",
      "insightDetails", "eventContext", "annotation", "unknownFields")) {
    @Override
    void accept(CloudTrailEvent e, Sink s) {
      s.eventId(e.eventID().orElse(null));
      full(e, s);
    }
  },
  /** As {@link #FULL}, plus two lookups in {@code requestParameters}: bytes cloudtrail4j keeps undecoded. */
  TOUCH_REQUEST(concat(FULL.members, List.of("requestParameters.bucketName", "requestParameters.roleArn"))) {
    @Override
    void accept(CloudTrailEvent e, Sink s) {
      s.eventId(e.eventID().orElse(null));
      full(e, s);
      Optional<JsonValue> request = e.requestParameters();
      s.consume(request.flatMap(BUCKET_NAME).orElse(null));
      s.consume(request.flatMap(ROLE_ARN).orElse(null));
    }
  },
  /**
   * Equal work: as {@link #FULL}, then every free-form member decoded to its leaves, as CPL and jackson-databind
   * do: each object's keys and each string as a {@code String}, each number as a {@code BigDecimal}, each boolean.
   * After the {@link #members()}, the leaves follow in document order, for the members of {@link #FREE_FORM} in
   * that order, then the unknown members'.
   */
  EAGER(FULL.members) {
    @Override
    void accept(CloudTrailEvent e, Sink s) {
      s.eventId(e.eventID().orElse(null));
      full(e, s);
      e.requestParameters().ifPresent(v -> leaves(v, s));
      e.responseElements().ifPresent(v -> leaves(v, s));
      e.additionalEventData().ifPresent(v -> leaves(v, s));
      e.serviceEventDetails().ifPresent(v -> leaves(v, s));
      e.eventContext().ifPresent(v -> leaves(v, s));
      for (JsonValue v : e.unknownFields().values()) {
        leaves(v, s);
      }
    }
  },
  /** The members people read most: when, which call, who, from where, and whether it failed. Nothing else. */
  TYPICAL(List.of("eventTime", "eventSource", "eventName", "userIdentity.arn", "sourceIPAddress", "errorCode")) {
    @Override
    void accept(CloudTrailEvent e, Sink s) {
      s.eventId(e.eventID().orElse(null));
      s.consume(e.eventTime().orElse(null));
      s.consume(e.eventSource().orElse(null));
      s.consume(e.eventName().orElse(null));
      s.consume(e.userIdentity().flatMap(UserIdentity::arn).orElse(null));
      s.consume(e.sourceIPAddress().orElse(null));
      s.consume(e.errorCode().orElse(null));
    }
  };

  /** The free-form members {@link #EAGER} decodes to leaves, in its order. */
  static final List<String> FREE_FORM =
      List.of("requestParameters", "responseElements", "additionalEventData", "serviceEventDetails", "eventContext");

  /** The S3 bucket of a data event; absent from most other records, which must be searched to know it. */
  private static final Function<JsonValue, Optional<String>> BUCKET_NAME = v -> v.path("bucketName").asString();
  /** The role of an AssumeRole call. */
  private static final Function<JsonValue, Optional<String>> ROLE_ARN = v -> v.path("roleArn").asString();

  private final List<String> members;

  C4jWorkload(List<String> members) {
    this.members = members;
  }

  /** Reads {@code e} and puts what it read in {@code s}. */
  abstract void accept(CloudTrailEvent e, Sink s);

  /** The members whose values {@link #accept} hands to {@link Sink#consume(Object)}, in that order. */
  List<String> members() {
    return members;
  }

  private static void full(CloudTrailEvent e, Sink s) {
    s.consume(e.eventVersion().orElse(null));
    s.consume(e.userIdentity().orElse(null));
    s.consume(e.eventTime().orElse(null));
    s.consume(e.eventSource().orElse(null));
    s.consume(e.eventName().orElse(null));
    s.consume(e.awsRegion().orElse(null));
    s.consume(e.sourceIPAddress().orElse(null));
    s.consume(e.userAgent().orElse(null));
    s.consume(e.errorCode().orElse(null));
    s.consume(e.errorMessage().orElse(null));
    s.consume(e.requestParameters().orElse(null));
    s.consume(e.responseElements().orElse(null));
    s.consume(e.additionalEventData().orElse(null));
    s.consume(e.serviceEventDetails().orElse(null));
    s.consume(e.requestID().orElse(null));
    s.consume(e.eventType().orElse(null));
    s.consume(e.apiVersion().orElse(null));
    s.consume(e.managementEvent().orElse(null));
    s.consume(e.readOnly().orElse(null));
    s.consume(e.resources());
    s.consume(e.recipientAccountId().orElse(null));
    s.consume(e.sharedEventID().orElse(null));
    s.consume(e.vpcEndpointId().orElse(null));
    s.consume(e.vpcEndpointAccountId().orElse(null));
    s.consume(e.eventCategory().orElse(null));
    s.consume(e.addendum().orElse(null));
    s.consume(e.sessionCredentialFromConsole().orElse(null));
    s.consume(e.edgeDeviceDetails().orElse(null));
    s.consume(e.tlsDetails().orElse(null));
    s.consume(e.insightDetails().orElse(null));
    s.consume(e.eventContext().orElse(null));
    s.consume(e.annotation().orElse(null));
    s.consume(e.unknownFields());
  }

  /**
   * Hands every leaf of {@code v} to the sink, depth first in document order: an object's keys (each before its
   * value), strings, numbers (as {@code BigDecimal}) and booleans; {@code null} as a {@code null}.
   *
   * <p>In one pass over the value's bytes with the parser {@link JsonValue#read} gives, as a user who wants every
   * leaf would write it (and as CPL and jackson-databind read): walking {@link JsonValue#fields()} level by level
   * would scan each nested value once per level above it and build a map per object.
   */
  static void leaves(JsonValue v, Sink s) {
    v.read(p -> {
      stream(p, s);
      return null;
    });
  }

  /** The leaves of the value {@code p} is positioned on, to its end. */
  private static void stream(JsonParser p, Sink s) throws IOException {
    int depth = 0;
    JsonToken t = p.currentToken();
    do {
      switch (t) {
        case START_OBJECT, START_ARRAY -> depth++;
        case END_OBJECT, END_ARRAY -> depth--;
        case FIELD_NAME -> s.consume(p.currentName());
        case VALUE_STRING -> s.consume(p.getText());
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> s.consume(p.getDecimalValue());
        case VALUE_TRUE -> s.consume(true);
        case VALUE_FALSE -> s.consume(false);
        case VALUE_NULL -> s.consume((Object) null);
        default -> throw new IOException("unexpected " + t);
      }
    } while (depth > 0 && (t = p.nextToken()) != null);
    if (depth != 0) {
      throw new IOException("value ends inside " + depth + " open objects or arrays");
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
