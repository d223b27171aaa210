package org.cloudtrail4j.parser.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cloudtrail4j.model.json.JsonValue;

/**
 * Decodes the members of one nested object by its {@link MemberTable}, into values by their index in the table: JSON
 * {@code null} is read as absent, also when it repeats an earlier member (the last of repeated keys wins), and
 * members the table does not know are kept aside for the builder's unknown fields. The decoder then hands the values
 * to its builder; a value is null when the member was absent. One instance per nesting level of one reading thread:
 * a nested object is walked while the walk of its parent stops at it.
 */
final class MemberWalk {
  private final Scalars scalar;
  private final Object[] values = new Object[MemberTable.MAX_MEMBERS];
  private final Map<String, JsonValue> unknown = new LinkedHashMap<>();
  private MemberTable table;
  /** The path of every member when not the table's (the elements of an array name the element). */
  private String elementPath;

  MemberWalk(Scalars scalar) {
    this.scalar = scalar;
  }

  /** Starts the walk of an object whose members {@code table} names. */
  MemberWalk start(MemberTable table) {
    return start(table, null);
  }

  /** Starts the walk of an array element whose members {@code table} names, every member's problems at {@code path}. */
  MemberWalk start(MemberTable table, String path) {
    this.table = table;
    this.elementPath = path;
    Arrays.fill(values, 0, table.size(), null);
    if (!unknown.isEmpty()) {
      unknown.clear();
    }
    return this;
  }

  /**
   * Decodes {@code c}'s members up to the next {@link MemberTable#NESTED} one and returns its key, with {@code c} on
   * it; null after the last member.
   */
  Key next(ObjectCursor c) {
    while (c.next()) {
      Key key = c.key();
      int k = table.indexOf(key);
      if (k < 0) {
        unknown.put(scalar.keyName(c), scalar.json(c));
        continue;
      }
      String path = elementPath != null ? elementPath : table.path(k);
      switch (table.kind(k)) {
        case MemberTable.STRING: values[k] = scalar.str(c, path); break;
        case MemberTable.JSON: values[k] = scalar.json(c); break;
        case MemberTable.TIME: values[k] = scalar.time(c.valueStart, c.valueEnd(), path); break;
        case MemberTable.BOOL: values[k] = scalar.bool(c.valueStart, c.valueEnd(), path); break;
        default: return key;
      }
    }
    return null;
  }

  /** Sets the value of the {@link MemberTable#NESTED} member {@code key}, as its decoder read it (null: absent). */
  void put(Key key, Object value) {
    values[table.indexOf(key)] = value;
  }

  /** The nested member {@code k}, or null when absent. */
  Object value(int k) {
    return values[k];
  }

  /** The string member {@code k}, or null when absent. */
  String str(int k) {
    return (String) values[k];
  }

  /** The free-form member {@code k}, or null when absent. */
  JsonValue json(int k) {
    return (JsonValue) values[k];
  }

  /** The timestamp member {@code k}, or null when absent. */
  Instant time(int k) {
    return (Instant) values[k];
  }

  /** The boolean member {@code k}, or null when absent. */
  Boolean bool(int k) {
    return (Boolean) values[k];
  }

  /** Whether the object had members the table does not know: rarely. */
  boolean hasUnknown() {
    return !unknown.isEmpty();
  }

  /**
   * The members the table does not know, by name, in the order read. Only when {@link #hasUnknown()}: a builder
   * given an empty map still allocates one of its own.
   */
  Map<String, JsonValue> unknown() {
    return unknown;
  }
}
