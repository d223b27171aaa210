package org.cloudtrail4j.s3.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an SQS message body says, in every shape S3 notifications reach a queue in: an S3 event
 * ({@code Records[].s3.bucket.name/object.key}, keys URL-encoded), the same inside an SNS envelope, CloudTrail's own
 * SNS notice ({@code s3Bucket} and {@code s3ObjectKey}, a string or an array), S3's events through EventBridge
 * ({@code "source":"aws.s3"}, {@code detail-type} {@code "Object Created"}, {@code detail.bucket.name} and
 * {@code detail.object.key}), and the pings: S3's {@code s3:TestEvent}, CloudTrail's "CloudTrail validation message."
 * and SNS's subscription confirmation. Events that announce no new object (removals, restores, other EventBridge
 * detail types of S3) are understood and listed as {@link #ignored()}. Read with jackson-core's streaming parser.
 */
public final class Notification {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  /** A bucket and a key named by a notification. */
  public static final class ObjectRef {
    /** The bucket. */
    public final String bucket;
    /** The key, decoded. */
    public final String key;

    ObjectRef(String bucket, String key) {
      this.bucket = bucket;
      this.key = key;
    }

    @Override
    public String toString() {
      return "s3://" + bucket + "/" + key;
    }
  }

  /** An object a notification names without announcing its creation, and what it announces instead. */
  public static final class Ignored {
    /** The object, {@code s3://bucket/key}, or the bucket when the event names no key. */
    public final String uri;
    /** Why it is not read, e.g. {@code S3 event ObjectRemoved:Delete}. */
    public final String reason;

    Ignored(String uri, String reason) {
      this.uri = uri;
      this.reason = reason;
    }
  }

  private final List<ObjectRef> objects;
  private final List<Ignored> ignored;
  private final String ping;
  private final String unreadable;

  private Notification(List<ObjectRef> objects, String ping, String unreadable) {
    this(objects, List.of(), ping, unreadable);
  }

  private Notification(List<ObjectRef> objects, List<Ignored> ignored, String ping, String unreadable) {
    this.objects = objects;
    this.ignored = ignored;
    this.ping = ping;
    this.unreadable = unreadable;
  }

  /** The objects named by events that announce no new object: nothing to read, but to be reported. */
  public List<Ignored> ignored() {
    return ignored;
  }

  /** The objects the message announces (empty for a ping, or an S3 event of other kinds). */
  public List<ObjectRef> objects() {
    return objects;
  }

  /** What the ping is, or null when the message is not one. */
  public String ping() {
    return ping;
  }

  /** Why the message cannot be read, or null when it can. */
  public String unreadable() {
    return unreadable;
  }

  /** Reads a message body. */
  public static Notification parse(String body) {
    Object json;
    try {
      json = read(body);
    } catch (IOException | RuntimeException e) {
      return new Notification(List.of(), null, "not JSON: " + e.getMessage());
    }
    return of(json, 0);
  }

  private static Notification of(Object json, int depth) {
    if (!(json instanceof Map)) {
      return new Notification(List.of(), null, "not a JSON object");
    }
    Map<?, ?> m = (Map<?, ?>) json;
    Object type = m.get("Type");
    if ("SubscriptionConfirmation".equals(type) || "UnsubscribeConfirmation".equals(type)) {
      return new Notification(List.of(), "SNS " + type, null);
    }
    if ("Notification".equals(type) && m.get("Message") instanceof String && depth == 0) {
      String message = (String) m.get("Message");
      if (message.trim().equals("CloudTrail validation message.")) {
        return new Notification(List.of(), "CloudTrail validation message", null);
      }
      try {
        return of(read(message), depth + 1);
      } catch (IOException | RuntimeException e) {
        return new Notification(List.of(), null, "SNS message is not JSON: " + e.getMessage());
      }
    }
    if ("s3:TestEvent".equals(m.get("Event"))) {
      return new Notification(List.of(), "S3 test event", null);
    }
    if (m.containsKey("s3Bucket") && m.containsKey("s3ObjectKey")) {
      Object bucket = m.get("s3Bucket");
      Object keys = m.get("s3ObjectKey");
      if (!(bucket instanceof String)) {
        return new Notification(List.of(), null, "s3Bucket is not a string");
      }
      List<ObjectRef> refs = new ArrayList<>();
      if (keys instanceof String) {
        refs.add(new ObjectRef((String) bucket, (String) keys));
      } else if (keys instanceof List) {
        for (Object k : (List<?>) keys) {
          if (!(k instanceof String)) {
            return new Notification(List.of(), null, "s3ObjectKey holds a " + kind(k));
          }
          refs.add(new ObjectRef((String) bucket, (String) k));
        }
      } else {
        return new Notification(List.of(), null, "s3ObjectKey is a " + kind(keys));
      }
      return new Notification(refs, null, null);
    }
    if (m.get("Records") instanceof List) {
      List<ObjectRef> refs = new ArrayList<>();
      List<Ignored> ignored = new ArrayList<>();
      for (Object r : (List<?>) m.get("Records")) {
        if (!(r instanceof Map)) {
          return new Notification(List.of(), null, "a record of the S3 event is a " + kind(r));
        }
        Map<?, ?> rec = (Map<?, ?>) r;
        Object name = rec.get("eventName");
        Object bucket = path(rec, "s3", "bucket", "name");
        Object key = path(rec, "s3", "object", "key");
        if (!(bucket instanceof String) || !(key instanceof String)) {
          return new Notification(List.of(), null, "an S3 event record without s3.bucket.name and s3.object.key");
        }
        // S3 writes keys form-encoded: a space is '+', a '+' is %2B
        String decoded;
        try {
          decoded = URLDecoder.decode((String) key, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          // a poison message, not the consumer's end: it is left, and the redrive policy moves it aside
          return new Notification(List.of(), null, "an S3 event record's key is not URL-encoded ("
              + e.getMessage() + "): " + key);
        }
        ObjectRef ref = new ObjectRef((String) bucket, decoded);
        if (name instanceof String && !((String) name).startsWith("ObjectCreated:")) {
          // removals, restores, replication: nothing to read, but said
          ignored.add(new Ignored(ref.toString(), "S3 event " + name + ", not an object creation"));
        } else {
          refs.add(ref);
        }
      }
      return new Notification(refs, ignored, null, null);
    }
    if (m.containsKey("detail-type") && m.containsKey("detail")) {
      return eventBridge(m);
    }
    return new Notification(List.of(), null,
        "not an S3 notification (no Records, s3Bucket, Event, or EventBridge detail-type)");
  }

  /**
   * An EventBridge event as a rule delivers it to SQS (the event itself is the body), for instance
   * <pre>{@code {"version":"0","id":"17793124-...","detail-type":"Object Created","source":"aws.s3",
   *  "account":"111122223333","time":"2021-11-12T00:00:00Z","region":"ca-central-1",
   *  "resources":["arn:aws:s3:::bucket"],"detail":{"version":"0","bucket":{"name":"bucket"},
   *  "object":{"key":"example-key","size":5,"etag":"b1946ac9...","sequencer":"617f08299329d189"},
   *  "request-id":"N4N7GDK58NMKJ12R","requester":"123456789012","reason":"PutObject"}}}</pre>
   * (the shape of S3's user guide, "EventBridge event message structure"). The key is taken as it is: unlike S3 event
   * notifications, AWS documents no URL encoding for it (CloudTrail's own keys read the same either way). Events of
   * other sources, and S3 events without a bucket name or key, are not understood.
   */
  private static Notification eventBridge(Map<?, ?> m) {
    Object source = m.get("source");
    Object type = m.get("detail-type");
    if (!"aws.s3".equals(source)) {
      return new Notification(List.of(), null, "an EventBridge event of " + (source instanceof String
          ? "source " + source : "no source") + " (" + type + "), not of aws.s3");
    }
    if (!(m.get("detail") instanceof Map)) {
      return new Notification(List.of(), null, "an EventBridge event of aws.s3 whose detail is a "
          + kind(m.get("detail")));
    }
    Map<?, ?> detail = (Map<?, ?>) m.get("detail");
    Object bucket = path(detail, "bucket", "name");
    Object key = path(detail, "object", "key");
    if (!(bucket instanceof String) || !(key instanceof String)) {
      return new Notification(List.of(), null, "an EventBridge event of aws.s3 (" + type
          + ") without detail.bucket.name and detail.object.key");
    }
    ObjectRef ref = new ObjectRef((String) bucket, (String) key);
    if (!"Object Created".equals(type)) {
      return new Notification(List.of(), List.of(new Ignored(ref.toString(), "EventBridge event " + type
          + ", not an object creation")), null, null);
    }
    return new Notification(List.of(ref), null, null);
  }

  private static Object path(Map<?, ?> m, String... names) {
    Object o = m;
    for (String n : names) {
      if (!(o instanceof Map)) {
        return null;
      }
      o = ((Map<?, ?>) o).get(n);
    }
    return o;
  }

  private static String kind(Object o) {
    return o == null ? "null" : o instanceof Map ? "object" : o instanceof List ? "array" : o instanceof String
        ? "string" : "number or boolean";
  }

  private static Object read(String s) throws IOException {
    try (JsonParser p = JSON.createParser(s)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new IOException("empty");
      }
      Object v = value(p, t, 0);
      if (p.nextToken() != null) {
        throw new IOException("more than one JSON value");
      }
      return v;
    }
  }

  private static Object value(JsonParser p, JsonToken t, int depth) throws IOException {
    if (depth > 64) {
      throw new IOException("nested too deeply");
    }
    switch (t) {
      case START_OBJECT: {
        Map<String, Object> m = new LinkedHashMap<>();
        JsonToken k;
        while ((k = p.nextToken()) == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          m.put(name, value(p, p.nextToken(), depth + 1));
        }
        return m;
      }
      case START_ARRAY: {
        List<Object> l = new ArrayList<>();
        JsonToken e;
        while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
          l.add(value(p, e, depth + 1));
        }
        return l;
      }
      case VALUE_STRING:
        return p.getText();
      case VALUE_NULL:
        return null;
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return p.getText();
      default:
        throw new IOException("unexpected " + t);
    }
  }

  @Override
  public String toString() {
    return ping != null ? "ping: " + ping : unreadable != null ? "unreadable: " + unreadable
        : Collections.unmodifiableList(objects).toString();
  }
}
