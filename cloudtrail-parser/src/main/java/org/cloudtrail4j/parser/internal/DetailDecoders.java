package org.cloudtrail4j.parser.internal;

import java.util.Optional;
import org.cloudtrail4j.model.Addendum;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.EdgeDeviceDetails;
import org.cloudtrail4j.model.InsightDetails;
import org.cloudtrail4j.model.Resource;
import org.cloudtrail4j.model.TlsDetails;
import org.cloudtrail4j.model.internal.JsonScanner;
import org.cloudtrail4j.model.json.JsonValue;

/**
 * Decodes a record's typed members other than the identity: {@code resources}, {@code addendum},
 * {@code tlsDetails}, {@code edgeDeviceDetails} and {@code insightDetails}, one cursor walk each; unknown members of
 * each are kept. One instance per reading thread.
 */
final class DetailDecoders {
  private final Scalars scalar;
  private final ObjectCursor cursor = new ObjectCursor();
  /** The paths of the first resources, so that naming them for a possible problem does not build a string each. */
  private static final String[] RESOURCE_PATHS = new String[16];

  static {
    for (int i = 0; i < RESOURCE_PATHS.length; i++) {
      RESOURCE_PATHS[i] = "resources[" + i + "]";
    }
  }

  DetailDecoders(Scalars scalar) {
    this.scalar = scalar;
  }

  void resources(int v0, int v1, CloudTrailEvent.Builder e) {
    if (scalar.isNull(v0)) {
      return;
    }
    if (scalar.b[v0] != '[') {
      throw scalar.wrongType(v0, "resources", "an array");
    }
    int i = JsonScanner.skipWhitespace(scalar.b, v0 + 1, v1);
    int index = 0;
    while (scalar.b[i] != ']') {
      int end = JsonScanner.skipValue(scalar.b, i, v1, Integer.MAX_VALUE);
      String path = index < RESOURCE_PATHS.length ? RESOURCE_PATHS[index] : "resources[" + index + "]";
      if (!scalar.isObject(i, end, path)) {
        throw scalar.wrongType(i, path, "an object");
      }
      Resource.Builder r = Resource.builder();
      ObjectCursor c = cursor.reset(scalar.b, i, end);
      while (c.next()) {
        Key key = c.key();
        String x;
        if (key == Key.ARN) {
          if ((x = scalar.str(c, path)) != null) r.arn(x); else r.arn(Optional.empty());
        } else if (key == Key.ARNPrefix) {
          if ((x = scalar.str(c, path)) != null) r.arnPrefix(x); else r.arnPrefix(Optional.empty());
        } else if (key == Key.accountId) {
          if ((x = scalar.str(c, path)) != null) r.accountId(x); else r.accountId(Optional.empty());
        } else if (key == Key.type) {
          if ((x = scalar.str(c, path)) != null) r.type(x); else r.type(Optional.empty());
        } else {
          r.putUnknownFields(scalar.keyName(c), scalar.json(c));
        }
      }
      e.addResources(r.build());
      index++;
      i = JsonScanner.skipWhitespace(scalar.b, end, v1);
      if (scalar.b[i] == ',') {
        i = JsonScanner.skipWhitespace(scalar.b, i + 1, v1);
      }
    }
  }

  Addendum addendum(int v0, int v1) {
    ObjectCursor c = open(v0, v1, "addendum");
    if (c == null) {
      return null;
    }
    Addendum.Builder a = Addendum.builder();
    while (c.next()) {
      Key key = c.key();
      String x;
      if (key == Key.reason) {
        if ((x = scalar.str(c, "addendum.reason")) != null) a.reason(x); else a.reason(Optional.empty());
      } else if (key == Key.updatedFields) {
        if ((x = scalar.str(c, "addendum.updatedFields")) != null) a.updatedFields(x); else a.updatedFields(Optional.empty());
      } else if (key == Key.originalRequestID) {
        if ((x = scalar.str(c, "addendum.originalRequestID")) != null) a.originalRequestID(x); else a.originalRequestID(Optional.empty());
      } else if (key == Key.originalEventID) {
        if ((x = scalar.str(c, "addendum.originalEventID")) != null) a.originalEventID(x); else a.originalEventID(Optional.empty());
      } else {
        a.putUnknownFields(scalar.keyName(c), scalar.json(c));
      }
    }
    return a.build();
  }

  TlsDetails tls(int v0, int v1) {
    ObjectCursor c = open(v0, v1, "tlsDetails");
    if (c == null) {
      return null;
    }
    TlsDetails.Builder d = TlsDetails.builder();
    while (c.next()) {
      Key key = c.key();
      String x;
      if (key == Key.tlsVersion) {
        if ((x = scalar.str(c, "tlsDetails.tlsVersion")) != null) d.tlsVersion(x); else d.tlsVersion(Optional.empty());
      } else if (key == Key.cipherSuite) {
        if ((x = scalar.str(c, "tlsDetails.cipherSuite")) != null) d.cipherSuite(x); else d.cipherSuite(Optional.empty());
      } else if (key == Key.clientProvidedHostHeader) {
        if ((x = scalar.str(c, "tlsDetails.clientProvidedHostHeader")) != null) d.clientProvidedHostHeader(x); else d.clientProvidedHostHeader(Optional.empty());
      } else {
        d.putUnknownFields(scalar.keyName(c), scalar.json(c));
      }
    }
    return d.build();
  }

  EdgeDeviceDetails edgeDevice(int v0, int v1) {
    ObjectCursor c = open(v0, v1, "edgeDeviceDetails");
    if (c == null) {
      return null;
    }
    EdgeDeviceDetails.Builder d = EdgeDeviceDetails.builder();
    while (c.next()) {
      Key key = c.key();
      String x;
      if (key == Key.type) {
        if ((x = scalar.str(c, "edgeDeviceDetails.type")) != null) d.type(x); else d.type(Optional.empty());
      } else if (key == Key.deviceID) {
        if ((x = scalar.str(c, "edgeDeviceDetails.deviceID")) != null) d.deviceID(x); else d.deviceID(Optional.empty());
      } else if (key == Key.snowJobId) {
        if ((x = scalar.str(c, "edgeDeviceDetails.snowJobId")) != null) d.snowJobId(x); else d.snowJobId(Optional.empty());
      } else if (key == Key.deviceFamily) {
        if ((x = scalar.str(c, "edgeDeviceDetails.deviceFamily")) != null) d.deviceFamily(x); else d.deviceFamily(Optional.empty());
      } else if (key == Key.attributes) {
        d.attributes(scalar.json(c));
      } else {
        d.putUnknownFields(scalar.keyName(c), scalar.json(c));
      }
    }
    return d.build();
  }

  InsightDetails insight(int v0, int v1) {
    ObjectCursor c = open(v0, v1, "insightDetails");
    if (c == null) {
      return null;
    }
    InsightDetails.Builder d = InsightDetails.builder();
    while (c.next()) {
      Key key = c.key();
      String x;
      if (key == Key.state) {
        if ((x = scalar.str(c, "insightDetails.state")) != null) d.state(x); else d.state(Optional.empty());
      } else if (key == Key.eventSource) {
        if ((x = scalar.str(c, "insightDetails.eventSource")) != null) d.eventSource(x); else d.eventSource(Optional.empty());
      } else if (key == Key.eventName) {
        if ((x = scalar.str(c, "insightDetails.eventName")) != null) d.eventName(x); else d.eventName(Optional.empty());
      } else if (key == Key.insightType) {
        if ((x = scalar.str(c, "insightDetails.insightType")) != null) d.insightType(x); else d.insightType(Optional.empty());
      } else if (key == Key.errorCode) {
        if ((x = scalar.str(c, "insightDetails.errorCode")) != null) d.errorCode(x); else d.errorCode(Optional.empty());
      } else if (key == Key.insightContext) {
        d.insightContext(scalar.json(c));
      } else {
        d.putUnknownFields(scalar.keyName(c), scalar.json(c));
      }
    }
    return d.build();
  }

  // the steps every decoder here shares; each keeps its own switch on the member's key, the fast path

  /** A cursor over the object at {@code v0}, or null for JSON {@code null}; any other type is a WRONG_TYPE problem. */
  private ObjectCursor open(int v0, int v1, String path) {
    return scalar.isObject(v0, v1, path) ? cursor.reset(scalar.b, v0, v1) : null;
  }
}
