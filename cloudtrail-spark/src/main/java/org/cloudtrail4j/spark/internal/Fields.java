package org.cloudtrail4j.spark.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.ArrayBasedMapData;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import org.cloudtrail4j.model.OpenEnum;
import org.cloudtrail4j.model.internal.EventParts;
import org.cloudtrail4j.model.internal.Utf8Slice;
import org.cloudtrail4j.model.json.JsonValue;

/**
 * A struct described once, from which both its Spark type and its converter come, so that the schema and the values
 * cannot disagree. A converter is compiled for the (possibly nested-pruned) struct Spark asks for: members not asked
 * for are never read from the model, let alone converted.
 *
 * @param <T> the model type the struct is read from
 */
final class Fields<T> {
  /** One member: its Spark type and how to compile a reader of it for the requested (pruned) type. */
  interface Field<T> {
    String name();

    DataType type();

    String comment();

    /** A function from the model object to the Spark value (null for absent), for {@code requested}. */
    Function<T, Object> compile(DataType requested);
  }

  private final Map<String, Field<T>> fields = new LinkedHashMap<>();

  Fields<T> add(Field<T> f) {
    if (fields.put(f.name(), f) != null) {
      throw new IllegalStateException("duplicate member " + f.name());
    }
    return this;
  }

  /**
   * A string member whose values repeat across records (a service, an operation, a region, an ARN): its UTF-8 form
   * is made once per task for a repeated value (see {@link Utf8Cache}).
   */
  Fields<T> string(String name, Function<T, Optional<String>> get) {
    return add(compiled(name, DataTypes.StringType, "", () -> {
      Utf8Cache utf8 = new Utf8Cache();
      return t -> utf8.get(get.apply(t).orElse(null));
    }));
  }

  /** A string member unique to each record (an annotation), which the reader does not intern: no cache to churn. */
  Fields<T> unique(String name, Function<T, Optional<String>> get) {
    return add(leaf(name, DataTypes.StringType, "", t -> utf8(get.apply(t).orElse(null))));
  }

  /**
   * An event's ID ({@code member} one of {@link EventParts#REQUEST_ID}, {@link EventParts#EVENT_ID},
   * {@link EventParts#SHARED_EVENT_ID}): unique to the record like {@link #unique}, and taken straight from the bytes
   * the event was read from when the event can give them ({@link Utf8Slice.Source}: valid UTF-8 without an
   * escape), as the free-form members are: no {@code String} decoded, none encoded again.
   * Otherwise (an event built in code, an ID with an escape) through its accessor.
   */
  Fields<T> id(String name, int member, Function<T, Optional<String>> get) {
    return add(compiled(name, DataTypes.StringType, "", () -> {
      Utf8Slice slice = new Utf8Slice();
      return t -> t instanceof Utf8Slice.Source && ((Utf8Slice.Source) t).slice(member, slice)
          ? UTF8String.fromBytes(slice.bytes, slice.start, slice.end - slice.start)
          : utf8(get.apply(t).orElse(null));
    }));
  }

  Fields<T> bool(String name, Function<T, Optional<Boolean>> get) {
    return add(leaf(name, DataTypes.BooleanType, "", t -> get.apply(t).orElse(null)));
  }

  Fields<T> time(String name, Function<T, Optional<Instant>> get) {
    return add(leaf(name, DataTypes.TimestampType, "UTC", t -> {
      Optional<Instant> i = get.apply(t);
      return i.isPresent() ? micros(i.get()) : null;
    }));
  }

  Fields<T> openEnum(String name, Function<T, ? extends Optional<? extends OpenEnum<?>>> get) {
    return add(compiled(name, DataTypes.StringType, "", () -> {
      Utf8Cache utf8 = new Utf8Cache();
      return t -> {
        Optional<? extends OpenEnum<?>> e = get.apply(t);
        return e.isPresent() ? utf8.get(e.get().value()) : null;
      };
    }));
  }

  /** A free-form member as its JSON text, exactly as recorded; JSON {@code null} reads as SQL NULL. */
  Fields<T> json(String name, Function<T, Optional<JsonValue>> get) {
    return add(leaf(name, DataTypes.StringType, "raw JSON", t -> json(get.apply(t).orElse(null))));
  }

  /**
   * An event's free-form member ({@code member} its index in {@link EventParts#starts}) as {@link #json}, taken
   * straight from the bytes the event was read from when the event can give them ({@link Utf8Slice.Source}), without
   * a {@code JsonValue} in between; otherwise (an event built in code) through its accessor.
   */
  Fields<T> json(String name, int member, Function<T, Optional<JsonValue>> get) {
    return add(compiled(name, DataTypes.StringType, "raw JSON", () -> {
      Utf8Slice slice = new Utf8Slice();
      return t -> {
        if (t instanceof Utf8Slice.Source && ((Utf8Slice.Source) t).slice(member, slice)) {
          byte[] b = slice.bytes;
          int n = slice.end - slice.start;
          // a JSON value that starts with 'n' is null
          return n == 4 && b[slice.start] == 'n' ? null : UTF8String.fromBytes(b, slice.start, n);
        }
        return json(get.apply(t).orElse(null));
      };
    }));
  }

  /** Members the library does not know, by name, each as its JSON text. */
  Fields<T> unknown(String name, Function<T, Map<String, JsonValue>> get) {
    return add(leaf(name, DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, true),
        "members not in this schema, as raw JSON", t -> {
          Map<String, JsonValue> m = get.apply(t);
          if (m.isEmpty()) {
            return null;
          }
          Object[] keys = new Object[m.size()];
          Object[] values = new Object[m.size()];
          int i = 0;
          for (Map.Entry<String, JsonValue> e : m.entrySet()) {
            keys[i] = UTF8String.fromString(e.getKey());
            values[i++] = bytes(e.getValue());
          }
          return new ArrayBasedMapData(new GenericArrayData(keys), new GenericArrayData(values));
        }));
  }

  /**
   * A nested object the reader shares across records when it repeats (a {@code userIdentity}, a detail): its row is
   * built once per task for an instance seen before (see {@link IdentityCache}).
   */
  <U> Fields<T> struct(String name, Function<T, Optional<U>> get, Fields<U> spec) {
    return struct(name, get, spec, true);
  }

  /**
   * A nested object inside one the reader shares ({@code userIdentity.sessionContext} and the objects in it): made
   * anew with each new {@code userIdentity}, never shared by two of them, so only converted when its parent is;
   * caching it by identity would only cost an identity hash per new instance.
   */
  <U> Fields<T> inner(String name, Function<T, Optional<U>> get, Fields<U> spec) {
    return struct(name, get, spec, false);
  }

  private <U> Fields<T> struct(String name, Function<T, Optional<U>> get, Fields<U> spec, boolean cached) {
    StructType full = spec.schema();
    return add(new Field<T>() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public DataType type() {
        return full;
      }

      @Override
      public String comment() {
        return "";
      }

      @Override
      public Function<T, Object> compile(DataType requested) {
        Function<U, InternalRow> convert = spec.compile((StructType) requested);
        if (!cached) {
          return t -> {
            Optional<U> u = get.apply(t);
            return u.isPresent() ? convert.apply(u.get()) : null;
          };
        }
        // the reader shares a userIdentity (or a detail) it has seen before: its row is built once per task
        IdentityCache<U, InternalRow> rows = new IdentityCache<>(convert);
        return t -> {
          Optional<U> u = get.apply(t);
          return u.isPresent() ? rows.get(u.get()) : null;
        };
      }
    });
  }

  <U> Fields<T> array(String name, Function<T, List<U>> get, Fields<U> spec) {
    ArrayType full = DataTypes.createArrayType(spec.schema(), false);
    return add(new Field<T>() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public DataType type() {
        return full;
      }

      @Override
      public String comment() {
        return "";
      }

      @Override
      public Function<T, Object> compile(DataType requested) {
        // the reader shares a resource it has seen before: its row is built once per task
        IdentityCache<U, InternalRow> row = new IdentityCache<>(
            spec.compile((StructType) ((ArrayType) requested).elementType()));
        return t -> {
          List<U> list = get.apply(t);
          if (list.isEmpty()) {
            return null;
          }
          Object[] out = new Object[list.size()];
          for (int i = 0; i < out.length; i++) {
            out[i] = row.get(list.get(i));
          }
          return new GenericArrayData(out);
        };
      }
    });
  }

  /** The full Spark type of this struct. */
  StructType schema() {
    List<StructField> out = new ArrayList<>(fields.size());
    for (Field<T> f : fields.values()) {
      Metadata md = f.comment().isEmpty()
          ? Metadata.empty()
          : new MetadataBuilder().putString("comment", f.comment()).build();
      out.add(new StructField(f.name(), f.type(), true, md));
    }
    return new StructType(out.toArray(new StructField[0]));
  }

  /** A converter that fills the members of {@code requested}, in its order, by name. */
  Function<T, InternalRow> compile(StructType requested) {
    @SuppressWarnings({"unchecked", "rawtypes"})
    Function<T, Object>[] getters = new Function[requested.fields().length];
    for (int i = 0; i < getters.length; i++) {
      StructField sf = requested.fields()[i];
      Field<T> f = fields.get(sf.name());
      if (f == null) {
        throw new IllegalArgumentException("no member " + sf.name() + " in " + fields.keySet());
      }
      getters[i] = f.compile(sf.dataType());
    }
    return t -> {
      Object[] values = new Object[getters.length];
      for (int i = 0; i < values.length; i++) {
        values[i] = getters[i].apply(t);
      }
      return new GenericInternalRow(values);
    };
  }

  /** The converters of {@code requested}'s members, for a caller that assembles the row itself. */
  List<Function<T, Object>> compileMembers(StructType requested) {
    List<Function<T, Object>> out = new ArrayList<>();
    for (StructField sf : requested.fields()) {
      Field<T> f = fields.get(sf.name());
      out.add(f == null ? null : f.compile(sf.dataType()));
    }
    return out;
  }

  private static <T> Field<T> leaf(String name, DataType type, String comment, Function<T, Object> get) {
    return compiled(name, type, comment, () -> get);
  }

  /** A leaf whose converter holds state of its own (a cache): a new one per compile, i.e. per task. */
  private static <T> Field<T> compiled(String name, DataType type, String comment,
      Supplier<Function<T, Object>> converter) {
    return new Field<T>() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public DataType type() {
        return type;
      }

      @Override
      public String comment() {
        return comment;
      }

      @Override
      public Function<T, Object> compile(DataType requested) {
        return converter.get();
      }
    };
  }

  static UTF8String utf8(String s) {
    return s == null ? null : UTF8String.fromString(s);
  }

  static UTF8String json(JsonValue v) {
    if (v == null || v.isMissing() || v.isNull()) {
      return null;
    }
    return bytes(v);
  }

  /**
   * The value's bytes as a UTF8String over the reader's own array, not a copy (Spark copies it into its row format
   * at once): the reader never changes an array it handed out in an event, whose values are slices of it, so the
   * slice stays as it is for as long as anything holds it. {@code writeTo} is the public way to reach the slice;
   * should it ever write in pieces, the bytes are copied instead.
   */
  static UTF8String bytes(JsonValue v) {
    Slice slice = new Slice();
    try {
      v.writeTo(slice);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a Slice does not throw
    }
    return slice.pieces == 1 && slice.value.numBytes() == v.byteLength() ? slice.value : UTF8String.fromBytes(v.raw());
  }

  /** Takes the one array slice a JsonValue writes. */
  private static final class Slice extends OutputStream {
    UTF8String value;
    int pieces;

    @Override
    public void write(byte[] b, int off, int len) {
      pieces++;
      value = UTF8String.fromBytes(b, off, len);
    }

    @Override
    public void write(int b) {
      pieces += 2; // not a slice: copied by the caller
    }
  }

  static UTF8String utf8(byte[] b) {
    return b == null ? null : UTF8String.fromBytes(b);
  }

  static String string(UTF8String s) {
    return s == null ? null : new String(s.getBytes(), StandardCharsets.UTF_8);
  }

  /** Spark's timestamp: microseconds since the epoch, rounded down. */
  static long micros(Instant i) {
    return Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000L), i.getNano() / 1_000);
  }
}
