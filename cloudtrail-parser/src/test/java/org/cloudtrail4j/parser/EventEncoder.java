package org.cloudtrail4j.parser;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.OpenEnum;
import org.cloudtrail4j.model.Resource;
import org.cloudtrail4j.model.identity.SessionContext;
import org.cloudtrail4j.model.identity.UserIdentity;
import org.cloudtrail4j.model.json.JsonValue;

/**
 * Writes a decoded event back to JSON from its typed members only (never from rawJson), so that comparing the result
 * with the original record proves that decoding kept every member.
 */
final class EventEncoder {
  private static final JsonFactory FACTORY = new JsonFactory();

  private EventEncoder() {}

  static byte[] encode(CloudTrailEvent e) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      str(g, "eventVersion", e.eventVersion());
      if (e.userIdentity().isPresent()) {
        g.writeFieldName("userIdentity");
        identity(g, e.userIdentity().get());
      }
      time(g, "eventTime", e.eventTime());
      str(g, "eventSource", e.eventSource());
      str(g, "eventName", e.eventName());
      str(g, "awsRegion", e.awsRegion());
      str(g, "sourceIPAddress", e.sourceIPAddress());
      str(g, "userAgent", e.userAgent());
      str(g, "errorCode", e.errorCode());
      str(g, "errorMessage", e.errorMessage());
      json(g, "requestParameters", e.requestParameters());
      json(g, "responseElements", e.responseElements());
      json(g, "additionalEventData", e.additionalEventData());
      json(g, "serviceEventDetails", e.serviceEventDetails());
      str(g, "requestID", e.requestID());
      str(g, "eventID", e.eventID());
      str(g, "eventType", e.eventType().map(OpenEnum::value));
      str(g, "apiVersion", e.apiVersion());
      bool(g, "managementEvent", e.managementEvent());
      bool(g, "readOnly", e.readOnly());
      if (!e.resources().isEmpty()) {
        g.writeArrayFieldStart("resources");
        for (Resource r : e.resources()) {
          g.writeStartObject();
          str(g, "ARN", r.arn());
          str(g, "ARNPrefix", r.arnPrefix());
          str(g, "accountId", r.accountId());
          str(g, "type", r.type());
          unknown(g, r.unknownFields());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      str(g, "recipientAccountId", e.recipientAccountId());
      str(g, "sharedEventID", e.sharedEventID());
      str(g, "vpcEndpointId", e.vpcEndpointId());
      str(g, "vpcEndpointAccountId", e.vpcEndpointAccountId());
      str(g, "eventCategory", e.eventCategory().map(OpenEnum::value));
      if (e.addendum().isPresent()) {
        g.writeObjectFieldStart("addendum");
        str(g, "reason", e.addendum().get().reason());
        str(g, "updatedFields", e.addendum().get().updatedFields());
        str(g, "originalRequestID", e.addendum().get().originalRequestID());
        str(g, "originalEventID", e.addendum().get().originalEventID());
        unknown(g, e.addendum().get().unknownFields());
        g.writeEndObject();
      }
      bool(g, "sessionCredentialFromConsole", e.sessionCredentialFromConsole());
      if (e.edgeDeviceDetails().isPresent()) {
        g.writeObjectFieldStart("edgeDeviceDetails");
        str(g, "type", e.edgeDeviceDetails().get().type());
        str(g, "deviceID", e.edgeDeviceDetails().get().deviceID());
        str(g, "snowJobId", e.edgeDeviceDetails().get().snowJobId());
        str(g, "deviceFamily", e.edgeDeviceDetails().get().deviceFamily());
        json(g, "attributes", e.edgeDeviceDetails().get().attributes());
        unknown(g, e.edgeDeviceDetails().get().unknownFields());
        g.writeEndObject();
      }
      if (e.tlsDetails().isPresent()) {
        g.writeObjectFieldStart("tlsDetails");
        str(g, "tlsVersion", e.tlsDetails().get().tlsVersion());
        str(g, "cipherSuite", e.tlsDetails().get().cipherSuite());
        str(g, "clientProvidedHostHeader", e.tlsDetails().get().clientProvidedHostHeader());
        unknown(g, e.tlsDetails().get().unknownFields());
        g.writeEndObject();
      }
      if (e.insightDetails().isPresent()) {
        g.writeObjectFieldStart("insightDetails");
        str(g, "state", e.insightDetails().get().state());
        str(g, "eventSource", e.insightDetails().get().eventSource());
        str(g, "eventName", e.insightDetails().get().eventName());
        str(g, "insightType", e.insightDetails().get().insightType());
        str(g, "errorCode", e.insightDetails().get().errorCode());
        json(g, "insightContext", e.insightDetails().get().insightContext());
        unknown(g, e.insightDetails().get().unknownFields());
        g.writeEndObject();
      }
      json(g, "eventContext", e.eventContext());
      str(g, "annotation", e.annotation());
      unknown(g, e.unknownFields());
      g.writeEndObject();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return out.toByteArray();
  }

  private static void identity(JsonGenerator g, UserIdentity u) throws IOException {
    g.writeStartObject();
    str(g, "type", u.type().map(OpenEnum::value));
    str(g, "principalId", u.principalId());
    str(g, "arn", u.arn());
    str(g, "accountId", u.accountId());
    str(g, "accessKeyId", u.accessKeyId());
    str(g, "userName", u.userName());
    str(g, "invokedBy", u.invokedBy());
    str(g, "identityProvider", u.identityProvider());
    str(g, "credentialId", u.credentialId());
    if (u.sessionContext().isPresent()) {
      SessionContext s = u.sessionContext().get();
      g.writeObjectFieldStart("sessionContext");
      if (s.attributes().isPresent()) {
        g.writeObjectFieldStart("attributes");
        time(g, "creationDate", s.attributes().get().creationDate());
        bool(g, "mfaAuthenticated", s.attributes().get().mfaAuthenticated());
        unknown(g, s.attributes().get().unknownFields());
        g.writeEndObject();
      }
      if (s.sessionIssuer().isPresent()) {
        g.writeObjectFieldStart("sessionIssuer");
        str(g, "type", s.sessionIssuer().get().type());
        str(g, "principalId", s.sessionIssuer().get().principalId());
        str(g, "arn", s.sessionIssuer().get().arn());
        str(g, "accountId", s.sessionIssuer().get().accountId());
        str(g, "userName", s.sessionIssuer().get().userName());
        unknown(g, s.sessionIssuer().get().unknownFields());
        g.writeEndObject();
      }
      if (s.webIdFederationData().isPresent()) {
        g.writeObjectFieldStart("webIdFederationData");
        str(g, "federatedProvider", s.webIdFederationData().get().federatedProvider());
        json(g, "attributes", s.webIdFederationData().get().attributes());
        unknown(g, s.webIdFederationData().get().unknownFields());
        g.writeEndObject();
      }
      str(g, "sourceIdentity", s.sourceIdentity());
      str(g, "ec2RoleDelivery", s.ec2RoleDelivery());
      bool(g, "assumedRoot", s.assumedRoot());
      unknown(g, s.unknownFields());
      g.writeEndObject();
    }
    if (u.onBehalfOf().isPresent()) {
      g.writeObjectFieldStart("onBehalfOf");
      str(g, "userId", u.onBehalfOf().get().userId());
      str(g, "identityStoreArn", u.onBehalfOf().get().identityStoreArn());
      unknown(g, u.onBehalfOf().get().unknownFields());
      g.writeEndObject();
    }
    if (u.inScopeOf().isPresent()) {
      g.writeObjectFieldStart("inScopeOf");
      str(g, "sourceArn", u.inScopeOf().get().sourceArn());
      str(g, "sourceAccount", u.inScopeOf().get().sourceAccount());
      str(g, "issuerType", u.inScopeOf().get().issuerType());
      str(g, "credentialsIssuedTo", u.inScopeOf().get().credentialsIssuedTo());
      unknown(g, u.inScopeOf().get().unknownFields());
      g.writeEndObject();
    }
    json(g, "invokedByDelegate", u.invokedByDelegate());
    unknown(g, u.unknownFields());
    g.writeEndObject();
  }

  private static void str(JsonGenerator g, String name, Optional<String> v) throws IOException {
    if (v.isPresent()) {
      g.writeStringField(name, v.get());
    }
  }

  private static void bool(JsonGenerator g, String name, Optional<Boolean> v) throws IOException {
    if (v.isPresent()) {
      g.writeBooleanField(name, v.get());
    }
  }

  private static void time(JsonGenerator g, String name, Optional<Instant> v) throws IOException {
    if (v.isPresent()) {
      g.writeStringField(name, v.get().toString());
    }
  }

  private static void json(JsonGenerator g, String name, Optional<JsonValue> v) throws IOException {
    if (v.isPresent()) {
      g.writeFieldName(name);
      g.writeRawValue(v.get().toJson());
    }
  }

  private static void unknown(JsonGenerator g, Map<String, JsonValue> fields) throws IOException {
    for (Map.Entry<String, JsonValue> f : fields.entrySet()) {
      g.writeFieldName(f.getKey());
      g.writeRawValue(f.getValue().toJson());
    }
  }
}
