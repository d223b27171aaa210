package org.cloudtrail4j.parser.internal;

import java.util.Arrays;

/**
 * The members of one kind of nested object that its decoder reads: their keys, what each holds, and the path that
 * names each in a problem. Immutable; one static table per kind of object. A {@link MemberWalk} decodes an object's
 * members by the table, so that reading a member, its path, JSON {@code null} and the last of repeated keys are written
 * once for every decoder; the decoder then only names the builder method of each.
 */
final class MemberTable {
  /** A string that repeats across records, through the cache. */
  static final byte STRING = 0;
  /** A free-form value, kept as a slice of the source. */
  static final byte JSON = 1;
  /** An ISO-8601 timestamp. */
  static final byte TIME = 2;
  /** A boolean, also written as a string. */
  static final byte BOOL = 3;
  /** An object decoded in place by the decoder itself: the walk stops at it. */
  static final byte NESTED = 4;

  /** The most members a table names. */
  static final int MAX_MEMBERS = 8;

  /** The path of the object, for a problem with the object itself. */
  final String path;
  private final Key[] keys;
  private final byte[] kinds;
  private final String[] paths;
  private final boolean hasNested;

  private MemberTable(String path, Key[] keys, byte[] kinds) {
    if (keys.length > MAX_MEMBERS) {
      throw new IllegalArgumentException("more than " + MAX_MEMBERS + " members: " + path);
    }
    this.path = path;
    this.keys = keys;
    this.kinds = kinds;
    this.paths = new String[keys.length];
    boolean nested = false;
    for (int k = 0; k < keys.length; k++) {
      paths[k] = path + "." + keys[k].name();
      nested |= kinds[k] == NESTED;
    }
    this.hasNested = nested;
  }

  /** A table of the object at {@code path} whose known members are the strings {@code keys}, in this order. */
  static MemberTable strings(String path, Key... keys) {
    return new MemberTable(path, keys.clone(), new byte[keys.length]);
  }

  /** This table with one more member, {@code key} holding {@code kind}, at the next index. */
  MemberTable with(Key key, byte kind) {
    Key[] k = Arrays.copyOf(keys, keys.length + 1);
    byte[] t = Arrays.copyOf(kinds, kinds.length + 1);
    k[keys.length] = key;
    t[kinds.length] = kind;
    return new MemberTable(path, k, t);
  }

  /** Whether a member is {@link #NESTED}: the decoder then walks the object member by member. */
  boolean hasNested() {
    return hasNested;
  }

  /** The number of members. */
  int size() {
    return keys.length;
  }

  /** The index of {@code key}, or -1 when the object has no such member (or {@code key} is null). */
  int indexOf(Key key) {
    for (int k = 0; k < keys.length; k++) {
      if (keys[k] == key) {
        return k;
      }
    }
    return -1;
  }

  byte kind(int k) {
    return kinds[k];
  }

  /** The path that names member {@code k} in a problem. */
  String path(int k) {
    return paths[k];
  }
}
