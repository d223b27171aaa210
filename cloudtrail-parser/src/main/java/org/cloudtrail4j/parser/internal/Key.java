package org.cloudtrail4j.parser.internal;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.cloudtrail4j.model.internal.Bytes;
import org.cloudtrail4j.model.internal.JsonStrings;
import org.cloudtrail4j.model.internal.MalformedJsonException;

/**
 * Every member name the reader knows, at any level of a record or envelope. Constants are named as the wire names
 * (which makes decoders read like the format), so one table maps a key's bytes to its constant without decoding it.
 */
enum Key {
  eventVersion,
  userIdentity,
  eventTime,
  eventSource,
  eventName,
  awsRegion,
  sourceIPAddress,
  userAgent,
  errorCode,
  errorMessage,
  requestParameters,
  responseElements,
  additionalEventData,
  serviceEventDetails,
  requestID,
  eventID,
  eventType,
  apiVersion,
  managementEvent,
  readOnly,
  resources,
  recipientAccountId,
  sharedEventID,
  vpcEndpointId,
  vpcEndpointAccountId,
  eventCategory,
  addendum,
  sessionCredentialFromConsole,
  edgeDeviceDetails,
  tlsDetails,
  insightDetails,
  eventContext,
  annotation,
  type,
  principalId,
  arn,
  accountId,
  accessKeyId,
  userName,
  invokedBy,
  identityProvider,
  credentialId,
  sessionContext,
  onBehalfOf,
  inScopeOf,
  invokedByDelegate,
  attributes,
  sessionIssuer,
  webIdFederationData,
  sourceIdentity,
  ec2RoleDelivery,
  assumedRoot,
  creationDate,
  mfaAuthenticated,
  federatedProvider,
  userId,
  identityStoreArn,
  sourceArn,
  sourceAccount,
  issuerType,
  credentialsIssuedTo,
  ARN,
  ARNPrefix,
  reason,
  updatedFields,
  originalRequestID,
  originalEventID,
  tlsVersion,
  cipherSuite,
  clientProvidedHostHeader,
  deviceID,
  snowJobId,
  deviceFamily,
  state,
  insightType,
  insightContext,
  Records,
  detail,
  logEvents,
  message,
  Events,
  CloudTrailEvent,
  digestStartTime,
  digestEndTime,
  logFiles,
  digestSignatureAlgorithm,
  DETAIL_TYPE("detail-type");

  private static final int SLOTS = 512; // power of two, over twice the number of keys
  private static final Key[] TABLE = new Key[SLOTS];
  private static final byte[][] BYTES = new byte[SLOTS][];
  // per slot, the key's length, its first eight bytes (zero-padded when shorter) and its last eight
  private static final int[] LENGTHS = new int[SLOTS];
  private static final long[] HEADS = new long[SLOTS];
  private static final long[] TAILS = new long[SLOTS];
  private static final Map<String, Key> BY_NAME = new HashMap<>();

  static {
    for (Key k : values()) {
      byte[] wire = k.wire.getBytes(StandardCharsets.US_ASCII);
      long head = head(wire, 0, wire.length);
      int slot = slot(head, wire.length);
      while (TABLE[slot] != null) {
        slot = (slot + 1) & (SLOTS - 1);
      }
      TABLE[slot] = k;
      BYTES[slot] = wire;
      LENGTHS[slot] = wire.length;
      HEADS[slot] = head;
      TAILS[slot] = wire.length >= 8 ? Bytes.load(wire, wire.length - 8) : head;
      BY_NAME.put(k.wire, k);
    }
  }

  private final String wire;

  Key() {
    this.wire = name();
  }

  Key(String wire) {
    this.wire = wire;
  }

  /** The name as written in CloudTrail JSON. */
  String wire() {
    return wire;
  }

  /**
   * The key whose string literal has quotes at {@code quote} and {@code closeQuote}, or null when unknown. Probes by
   * the key's first eight bytes and length, and compares its first and last eight bytes as two words (a key of more
   * than 16 bytes also its middle): most keys are 7 to 16 bytes long, so a hit is one hash and two compares.
   */
  static Key lookup(byte[] b, int quote, int closeQuote) {
    int start = quote + 1;
    int len = closeQuote - start;
    if (len < 2) {
      return null; // no key is shorter than two bytes
    }
    long head = head(b, start, len);
    long tail = len >= 8 ? Bytes.load(b, closeQuote - 8) : head;
    int slot = slot(head, len);
    while (true) {
      int known = LENGTHS[slot];
      if (known == 0) {
        return escaped(b, quote, closeQuote) ? lookupEscaped(b, quote, closeQuote) : null;
      }
      if (known == len && HEADS[slot] == head && TAILS[slot] == tail
          && (len <= 16 || Bytes.equal(BYTES[slot], 8, b, start + 8, len - 16))) {
        return TABLE[slot];
      }
      slot = (slot + 1) & (SLOTS - 1);
    }
  }

  /** The first eight bytes of {@code b[start, start+len)} as {@link Bytes#load} reads them, zero-padded if shorter. */
  private static long head(byte[] b, int start, int len) {
    if (len >= 8) {
      return Bytes.load(b, start);
    }
    if (start + 8 <= b.length) {
      return Bytes.load(b, start) & (-1L >>> ((8 - len) << 3));
    }
    long w = 0;
    for (int k = 0; k < len; k++) {
      w |= (b[start + k] & 0xFFL) << (k << 3);
    }
    return w;
  }

  private static int slot(long head, int len) {
    long h = (head + len) * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 55) & (SLOTS - 1);
  }

  /** A key written with escapes, decoded; null when it does not decode (invalid UTF-8 is no key of ours). */
  private static Key lookupEscaped(byte[] b, int quote, int closeQuote) {
    try {
      return BY_NAME.get(JsonStrings.decode(b, quote, closeQuote));
    } catch (MalformedJsonException e) {
      return null; // reported where the key's record is decoded, with its position
    }
  }


  private static boolean escaped(byte[] b, int quote, int closeQuote) {
    for (int i = quote + 1; i < closeQuote; i++) {
      if (b[i] == '\\') {
        return true;
      }
    }
    return false;
  }

}
