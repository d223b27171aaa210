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
  private static final Map<String, Key> BY_NAME = new HashMap<>();

  static {
    for (Key k : values()) {
      byte[] wire = k.wire.getBytes(StandardCharsets.US_ASCII);
      int slot = hash(wire.length, wire[wire.length > 1 ? 1 : 0], wire[wire.length >> 1], wire[wire.length - 1])
          & (SLOTS - 1);
      while (TABLE[slot] != null) {
        slot = (slot + 1) & (SLOTS - 1);
      }
      TABLE[slot] = k;
      BYTES[slot] = wire;
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

  /** The key whose string literal has quotes at {@code quote} and {@code closeQuote}, or null when unknown. */
  static Key lookup(byte[] b, int quote, int closeQuote) {
    int start = quote + 1;
    int len = closeQuote - start;
    if (len < 2) {
      return null; // no key is shorter than two bytes
    }
    int slot = hash(len, b[start + 1], b[start + (len >> 1)], b[closeQuote - 1]) & (SLOTS - 1);
    while (true) {
      byte[] candidate = BYTES[slot];
      if (candidate == null) {
        return escaped(b, quote, closeQuote) ? lookupEscaped(b, quote, closeQuote) : null;
      }
      if (candidate.length == len && Bytes.equal(candidate, 0, b, start, len)) {
        return TABLE[slot];
      }
      slot = (slot + 1) & (SLOTS - 1);
    }
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

  // length and three bytes (the second, the middle and the last: many keys start with "event") tell the known keys
  // apart well enough for a table at most a quarter full
  private static int hash(int len, byte first, byte middle, byte last) {
    int h = (len * 0x9E3779B1) ^ (first * 0x85EBCA6B) ^ (middle * 0xC2B2AE35) ^ (last * 0x27D4EB2F);
    return h ^ (h >>> 15) ^ (h >>> 7);
  }

}
