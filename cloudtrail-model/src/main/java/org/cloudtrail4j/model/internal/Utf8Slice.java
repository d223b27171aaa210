package org.cloudtrail4j.model.internal;

/**
 * Where the UTF-8 of a member lies in the bytes an event was read from: for a consumer that wants bytes, not a
 * {@code String} or a {@code JsonValue} (the Spark source's rows, whose strings are UTF-8), so that a member kept as
 * a position is neither decoded nor encoded again. One instance per consumer thread, refilled by
 * {@link Source#slice}: what a filled slice says holds until the next {@code slice(...)} into it (the bytes it
 * points at stay as they are); not thread-safe.
 *
 * <p>Not part of the API: exported only to the cloudtrail4j parser module (cloudtrail-spark runs on the class path).
 */
public final class Utf8Slice {
  /** The bytes the event was read from; never modified while an event refers to them. */
  public byte[] bytes;
  /** Where the member's first byte is in {@link #bytes}. */
  public int start;
  /** Where the member ends in {@link #bytes} (exclusive). */
  public int end;

  /** An event that can give some of its members as a slice of the bytes it was read from. */
  public interface Source {
    /**
     * Fills {@code into} with where member {@code member} lies, when this event holds it as a position:
     * <ul>
     *   <li>{@link EventParts#REQUEST_ID}, {@link EventParts#EVENT_ID}, {@link EventParts#SHARED_EVENT_ID}: the
     *   string's text between its quotes, when that is its value's UTF-8 exactly: valid UTF-8 (checked when the
     *   record was read) without an escape;
     *   <li>{@link EventParts#REQUEST_PARAMETERS}, {@link EventParts#RESPONSE_ELEMENTS},
     *   {@link EventParts#ADDITIONAL_EVENT_DATA}, {@link EventParts#SERVICE_EVENT_DETAILS},
     *   {@link EventParts#EVENT_CONTEXT}: the value's JSON text, exactly the bytes of its {@code JsonValue}
     *   ({@code null} included).
     * </ul>
     *
     * @param member the member, by its index in {@link EventParts#starts}
     * @param into the slice to fill
     * @return whether {@code into} was filled; false when the member is absent (or, for a string, null or with an
     *     escape), and for any other member: then ask the event's accessor
     */
    boolean slice(int member, Utf8Slice into);
  }
}
