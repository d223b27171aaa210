package org.cloudtrail4j.parser.internal;

import java.util.List;
import java.util.Optional;
import org.cloudtrail4j.model.Addendum;
import org.cloudtrail4j.model.EdgeDeviceDetails;
import org.cloudtrail4j.model.InsightDetails;
import org.cloudtrail4j.model.Resource;
import org.cloudtrail4j.model.TlsDetails;
import org.cloudtrail4j.model.internal.JsonScanner;
import org.cloudtrail4j.model.json.JsonValue;

/**
 * Decodes a record's typed members other than the identity: {@code resources}, {@code addendum},
 * {@code tlsDetails}, {@code edgeDeviceDetails} and {@code insightDetails}, one cursor walk each; unknown members of
 * each are kept. A resource and the TLS details repeat byte for byte across records (a session's calls to one service
 * name the same host, table or bucket), so those are kept by their bytes in a {@link RepeatCache} and shared, as the
 * identity is. One instance per reading thread.
 */
final class DetailDecoders {
  private static final MemberTable RESOURCE = MemberTable.strings("resources", Key.ARN, Key.ARNPrefix, Key.accountId,
      Key.type);
  private static final MemberTable ADDENDUM = MemberTable.strings("addendum", Key.reason, Key.updatedFields,
      Key.originalRequestID, Key.originalEventID);
  private static final MemberTable TLS = MemberTable.strings("tlsDetails", Key.tlsVersion, Key.cipherSuite,
      Key.clientProvidedHostHeader);
  private static final MemberTable EDGE = MemberTable.strings("edgeDeviceDetails", Key.type, Key.deviceID,
      Key.snowJobId, Key.deviceFamily).with(Key.attributes, MemberTable.JSON);
  private static final MemberTable INSIGHT = MemberTable.strings("insightDetails", Key.state, Key.eventSource,
      Key.eventName, Key.insightType, Key.errorCode).with(Key.insightContext, MemberTable.JSON);
  /** The paths of the first resources, so that naming them for a possible problem does not build a string each. */
  private static final String[] RESOURCE_PATHS = new String[16];

  static {
    for (int i = 0; i < RESOURCE_PATHS.length; i++) {
      RESOURCE_PATHS[i] = "resources[" + i + "]";
    }
  }

  private final Scalars scalar;
  private final ObjectCursor cursor = new ObjectCursor();
  private final MemberWalk walk;
  /** Resources decoded before, by their bytes. */
  private final RepeatCache<Resource> resourceRepeats = new RepeatCache<>();
  /**
   * TLS details decoded before, by their bytes, held as the {@code Optional} an event's accessor returns, shared by
   * the records with the same details.
   */
  private final RepeatCache<Optional<TlsDetails>> tlsRepeats = new RepeatCache<>();

  DetailDecoders(Scalars scalar) {
    this.scalar = scalar;
    this.walk = new MemberWalk(scalar);
  }

  /**
   * Decodes the member {@code key} (resources, addendum, edgeDeviceDetails, tlsDetails or insightDetails) whose value
   * is at {@code [v0, v1)}: the resources are added to {@code resources}; the others are returned (the TLS details
   * as the {@code Optional} the event holds, shared by the records with the same details), null for JSON
   * {@code null}.
   *
   * <p>One method for all of them, on purpose. At over 325 bytecodes the JIT compiles it on its own and never
   * inlines it into {@code RecordDecoder.decodeMember}: inlined there (as the TLS details' decoder was, once its
   * repeat cache made it a little bigger), it spent the node budget of that method, and the members every record
   * has (eventSource, eventName, eventTime, eventID, ...) became calls again. It is called at most once per record
   * and member.
   */
  Object decode(Key key, int v0, int v1, List<Resource> resources) {
    MemberWalk m;
    switch (key) {
      case resources: {
        if (scalar.isNull(v0)) {
          return null;
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
          resources.add(resource(i, end, path));
          index++;
          i = JsonScanner.skipWhitespace(scalar.b, end, v1);
          if (scalar.b[i] == ',') {
            i = JsonScanner.skipWhitespace(scalar.b, i + 1, v1);
          }
        }
        return null;
      }
      case tlsDetails: {
        if (!scalar.isObject(v0, v1, TLS.path)) {
          return null;
        }
        Optional<TlsDetails> seen = tlsRepeats.get(scalar.b, v0, v1);
        if (seen != null) {
          return seen; // the same bytes decoded without a problem before, to immutable details
        }
        int slices = scalar.slices;
        m = walk.start(TLS);
        m.next(cursor.reset(scalar.b, v0, v1));
        TlsDetails.Builder d = TlsDetails.builder();
        if (m.str(0) != null) d.tlsVersion(m.str(0));
        if (m.str(1) != null) d.cipherSuite(m.str(1));
        if (m.str(2) != null) d.clientProvidedHostHeader(m.str(2));
        if (m.hasUnknown()) {
          d.putAllUnknownFields(m.unknown());
        }
        return repeat(tlsRepeats, v0, v1, slices, Optional.of(d.build()));
      }
      case addendum: {
        if ((m = walk(v0, v1, ADDENDUM)) == null) {
          return null;
        }
        Addendum.Builder a = Addendum.builder();
        if (m.str(0) != null) a.reason(m.str(0));
        if (m.str(1) != null) a.updatedFields(m.str(1));
        if (m.str(2) != null) a.originalRequestID(m.str(2));
        if (m.str(3) != null) a.originalEventID(m.str(3));
        if (m.hasUnknown()) {
          a.putAllUnknownFields(m.unknown());
        }
        return a.build();
      }
      case edgeDeviceDetails: {
        if ((m = walk(v0, v1, EDGE)) == null) {
          return null;
        }
        EdgeDeviceDetails.Builder d = EdgeDeviceDetails.builder();
        if (m.str(0) != null) d.type(m.str(0));
        if (m.str(1) != null) d.deviceID(m.str(1));
        if (m.str(2) != null) d.snowJobId(m.str(2));
        if (m.str(3) != null) d.deviceFamily(m.str(3));
        if (m.json(4) != null) d.attributes(m.json(4));
        if (m.hasUnknown()) {
          d.putAllUnknownFields(m.unknown());
        }
        return d.build();
      }
      case insightDetails: {
        if ((m = walk(v0, v1, INSIGHT)) == null) {
          return null;
        }
        InsightDetails.Builder d = InsightDetails.builder();
        if (m.str(0) != null) d.state(m.str(0));
        if (m.str(1) != null) d.eventSource(m.str(1));
        if (m.str(2) != null) d.eventName(m.str(2));
        if (m.str(3) != null) d.insightType(m.str(3));
        if (m.str(4) != null) d.errorCode(m.str(4));
        if (m.json(5) != null) d.insightContext(m.json(5));
        if (m.hasUnknown()) {
          d.putAllUnknownFields(m.unknown());
        }
        return d.build();
      }
      default:
        throw new AssertionError(key);
    }
  }

  /** The resource object at {@code [v0, v1)}, an element of {@code resources} at {@code path}. */
  private Resource resource(int v0, int v1, String path) {
    Resource seen = resourceRepeats.get(scalar.b, v0, v1);
    if (seen != null) {
      return seen; // the same bytes decoded without a problem before, to an immutable resource
    }
    int slices = scalar.slices;
    MemberWalk m = walk.start(RESOURCE, path);
    m.next(cursor.reset(scalar.b, v0, v1));
    Resource.Builder r = Resource.builder();
    if (m.str(0) != null) r.arn(m.str(0));
    if (m.str(1) != null) r.arnPrefix(m.str(1));
    if (m.str(2) != null) r.accountId(m.str(2));
    if (m.str(3) != null) r.type(m.str(3));
    if (m.hasUnknown()) {
      r.putAllUnknownFields(m.unknown());
    }
    return repeat(resourceRepeats, v0, v1, slices, r.build());
  }

  /**
   * Keeps {@code decoded}, just decoded without a problem from {@code [v0, v1)}, in {@code repeats}, unless it holds a
   * slice of the source (an unknown member: {@link Scalars#slices} moved past {@code slices}), which would keep the
   * source's buffer alive and whose offsets are another record's; returns it.
   */
  private <T> T repeat(RepeatCache<T> repeats, int v0, int v1, int slices, T decoded) {
    if (scalar.slices == slices) {
      repeats.put(scalar.b, v0, v1, decoded);
    }
    return decoded;
  }

  /**
   * The walk of the object at {@code v0}, its members decoded by {@code table}, or null for JSON {@code null}; any
   * other type is a WRONG_TYPE problem.
   */
  private MemberWalk walk(int v0, int v1, MemberTable table) {
    if (!scalar.isObject(v0, v1, table.path)) {
      return null;
    }
    MemberWalk m = walk.start(table);
    m.next(cursor.reset(scalar.b, v0, v1));
    return m;
  }
}
