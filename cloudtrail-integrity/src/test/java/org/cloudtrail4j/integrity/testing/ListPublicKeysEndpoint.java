package org.cloudtrail4j.integrity.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cloudtrail4j.integrity.PublicKeys;

/**
 * A local HTTP endpoint that answers CloudTrail's {@code ListPublicKeys} as the service does, for an SDK client
 * pointed at it with {@code endpointOverride}: the JSON 1.1 protocol ({@code POST /},
 * {@code X-Amz-Target: com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.ListPublicKeys}, the model's
 * {@code targetPrefix} and the operation; {@code application/x-amz-json-1.1}), a
 * {@code PublicKeyList} of {@code {Value (base64 DER), ValidityStartTime, ValidityEndTime (epoch seconds),
 * Fingerprint}}, pages of {@link #pageSize} keys linked by {@code NextToken}, and {@code InvalidTimeRangeException}
 * when the start is after the end. Keys belong to a region (read from the SigV4 credential scope of the request) and
 * are listed when their validity window overlaps the requested range. Every request is recorded. Java's sockets
 * only, so that any module's tests can start it.
 */
public final class ListPublicKeysEndpoint implements AutoCloseable {
  /** The service model's targetPrefix and the operation, as the AWS SDKs send it. */
  public static final String TARGET = "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.ListPublicKeys";
  private static final Pattern NUMBER = Pattern.compile("\"(StartTime|EndTime)\"\\s*:\\s*([0-9.eE+-]+)");
  private static final Pattern TOKEN = Pattern.compile("\"NextToken\"\\s*:\\s*\"([^\"]*)\"");
  private static final Pattern SCOPE = Pattern.compile("Credential=[^/]+/\\d{8}/([^/]+)/cloudtrail/aws4_request");

  /** A key the endpoint serves. */
  public record Key(String region, byte[] der, Instant validFrom, Instant validUntil) {}

  /** One request received: its target, the region it was signed for, and its parameters (null when absent). */
  public record Request(String target, String region, Instant start, Instant end, String nextToken) {}

  private final ServerSocket server;
  private final List<Key> keys = new CopyOnWriteArrayList<>();
  /** Every request, in order. */
  public final List<Request> requests = new CopyOnWriteArrayList<>();
  /** Keys per page; a {@code NextToken} links the pages. */
  public volatile int pageSize = 1;

  private ListPublicKeysEndpoint() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread t = new Thread(this::accept, "list-public-keys-endpoint");
    t.setDaemon(true);
    t.start();
  }

  /**
   * Starts the endpoint on a free loopback port.
   *
   * @return the running endpoint
   * @throws IOException if no port can be opened
   */
  public static ListPublicKeysEndpoint start() throws IOException {
    return new ListPublicKeysEndpoint();
  }

  /** The URL to give the SDK client's {@code endpointOverride}. */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getLocalPort());
  }

  /** Serves {@code key}'s public half (PKCS#1 DER) in {@code region}, valid in {@code [from, until]}. */
  public ListPublicKeysEndpoint serve(String region, KeyPair key, Instant from, Instant until) {
    return serve(new Key(region, SyntheticTrail.pkcs1(key), from, until));
  }

  /** Serves a key. */
  public ListPublicKeysEndpoint serve(Key key) {
    keys.add(key);
    return this;
  }

  private void accept() {
    while (!server.isClosed()) {
      try (Socket s = server.accept()) {
        serve(s);
      } catch (IOException | RuntimeException e) {
        // a client that went away; the next request gets a fresh connection
      }
    }
  }

  private void serve(Socket s) throws IOException {
    InputStream in = s.getInputStream();
    String head = readHead(in);
    if (head == null) {
      return;
    }
    String target = null;
    String region = null;
    int length = 0;
    for (String line : head.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).trim();
      if (name.equals("x-amz-target")) {
        target = value;
      } else if (name.equals("content-length")) {
        length = Integer.parseInt(value);
      } else if (name.equals("authorization")) {
        Matcher m = SCOPE.matcher(value);
        region = m.find() ? m.group(1) : null;
      }
    }
    String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
    Instant start = null;
    Instant end = null;
    Matcher m = NUMBER.matcher(body);
    while (m.find()) {
      Instant t = Instant.ofEpochMilli(Math.round(Double.parseDouble(m.group(2)) * 1000));
      if (m.group(1).equals("StartTime")) {
        start = t;
      } else {
        end = t;
      }
    }
    Matcher tm = TOKEN.matcher(body);
    String token = tm.find() ? tm.group(1) : null;
    requests.add(new Request(target, region, start, end, token));

    OutputStream out = s.getOutputStream();
    if (!TARGET.equals(target)) {
      respond(out, 400, "{\"__type\":\"UnknownOperationException\"}");
      return;
    }
    if (start != null && end != null && start.isAfter(end)) {
      respond(out, 400, "{\"__type\":\"InvalidTimeRangeException\",\"message\":\"Start time occurs after end "
          + "time.\"}");
      return;
    }
    Instant now = Instant.now();
    Instant from = start != null ? start : now;
    Instant until = end != null ? end : now;
    List<Key> matching = new ArrayList<>();
    for (Key k : keys) {
      if (k.region().equals(region) && !k.validFrom().isAfter(until) && !k.validUntil().isBefore(from)) {
        matching.add(k);
      }
    }
    int first = token == null ? 0 : Integer.parseInt(token);
    int last = Math.min(matching.size(), first + pageSize);
    StringBuilder json = new StringBuilder("{\"PublicKeyList\":[");
    for (int i = first; i < last; i++) {
      Key k = matching.get(i);
      json.append(i == first ? "" : ",").append("{\"Value\":\"").append(Base64.getEncoder().encodeToString(k.der()))
          .append("\",\"ValidityStartTime\":").append(k.validFrom().getEpochSecond())
          .append(",\"ValidityEndTime\":").append(k.validUntil().getEpochSecond())
          .append(",\"Fingerprint\":\"").append(PublicKeys.fingerprint(k.der())).append("\"}");
    }
    json.append(']');
    if (last < matching.size()) {
      json.append(",\"NextToken\":\"").append(last).append('"');
    }
    respond(out, 200, json.append('}').toString());
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    for (int b; (b = in.read()) >= 0; ) {
      head.write(b);
      matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3))
          ? matched + 1 : 0;
      if (matched == 4) {
        return head.toString(StandardCharsets.ISO_8859_1);
      }
    }
    return null;
  }

  private static void respond(OutputStream out, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    String head = "HTTP/1.1 " + status + (status == 200 ? " OK" : " Bad Request") + "\r\n"
        + "Content-Type: application/x-amz-json-1.1\r\n"
        + "x-amzn-RequestId: 00000000-0000-0000-0000-000000000000\r\n"
        + "Content-Length: " + body.length + "\r\n"
        + "Connection: close\r\n\r\n";
    out.write(head.getBytes(StandardCharsets.ISO_8859_1));
    out.write(body);
    out.flush();
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
