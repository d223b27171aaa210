package org.cloudtrail4j.parser.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which top-level members of a record the decoder builds: the others are skipped as the scanner left them, delimited
 * but never turned into strings, timestamps or nested objects. For a reader whose caller uses only some members (the
 * Spark source, for the columns a query asks for); the event then has only those (and its raw JSON and origin).
 *
 * <p>A record's problems are then those of the members decoded: a member that is not decoded is not checked beyond
 * the scanner's structure (strings terminated, brackets matched, the record's own grammar), so a value of the wrong
 * type, an invalid timestamp or broken JSON inside an object that is not decoded does not make the record a problem.
 * The filter is not affected: it reads the members it tests from the scanner's header, projection or not.
 *
 * <p>Immutable; internal, not API (reached from the class path, as cloudtrail-spark does).
 */
public final class MemberProjection {
  /** The name that stands for the members the reader does not know, which an event keeps in its unknown fields. */
  public static final String UNKNOWN_FIELDS = "unknownFields";

  /** Every member: the reader's default. */
  public static final MemberProjection ALL = new MemberProjection(EnumSet.copyOf(topLevel()), true);

  /**
   * The members of a record that {@link RecordDecoder} decodes itself (Key names them first); any other key is an
   * unknown member.
   */
  private static Set<Key> topLevel() {
    return EnumSet.range(Key.eventVersion, Key.annotation);
  }

  /** Decode {@code key} (by ordinal): a top-level member asked for, or any other key when unknown members are. */
  private final boolean[] decodes;
  private final boolean unknown;
  private final boolean none;

  private MemberProjection(Set<Key> members, boolean unknown) {
    Set<Key> top = topLevel();
    decodes = new boolean[Key.values().length];
    for (Key k : Key.values()) {
      decodes[k.ordinal()] = top.contains(k) ? members.contains(k) : unknown;
    }
    this.unknown = unknown;
    none = members.isEmpty() && !unknown;
  }

  /**
   * The members named, as CloudTrail spells them ({@code "eventSource"}, {@code "userIdentity"}), and
   * {@link #UNKNOWN_FIELDS} for the members the reader does not know.
   *
   * @param members the names; none for a reader that decodes no member (counting records)
   * @return the projection
   * @throws IllegalArgumentException for a name that is not a top-level member the reader knows
   */
  public static MemberProjection of(Collection<String> members) {
    Set<Key> keys = EnumSet.noneOf(Key.class);
    boolean unknown = false;
    Set<Key> top = topLevel();
    for (String name : members) {
      if (name.equals(UNKNOWN_FIELDS)) {
        unknown = true;
        continue;
      }
      Key k = byName(name);
      if (k == null || !top.contains(k)) {
        throw new IllegalArgumentException("not a top-level member of a record: " + name);
      }
      keys.add(k);
    }
    return new MemberProjection(keys, unknown);
  }

  private static Key byName(String name) {
    try {
      return Key.valueOf(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Whether the decoder builds the member named {@code key}; null is a key the reader does not know. */
  boolean decodes(Key key) {
    return key == null ? unknown : decodes[key.ordinal()];
  }

  /** Whether no member is decoded: the decoder then does not look at the members at all. */
  boolean none() {
    return none;
  }
}
