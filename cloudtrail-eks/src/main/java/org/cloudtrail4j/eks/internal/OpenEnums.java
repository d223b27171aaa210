package org.cloudtrail4j.eks.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The lookup behind the EKS open enums: one shared instance per known value, a new one for any other. */
public final class OpenEnums {
  private OpenEnums() {}

  /** An index from each known value's wire string to its instance, made with {@code make}. */
  public static <K extends Enum<K>, E> Map<String, E> index(
      K[] known, Function<K, String> value, BiFunction<String, K, E> make) {
    Map<String, E> index = new HashMap<>();
    for (K k : known) {
      String v = value.apply(k);
      if (v != null) {
        index.put(v, make.apply(v, k));
      }
    }
    return Map.copyOf(index);
  }

  /** The known instance for {@code value}, else {@code unknown.apply(value)}. */
  public static <E> E of(Map<String, E> index, String value, Function<String, E> unknown) {
    E e = index.get(Objects.requireNonNull(value, "value"));
    return e != null ? e : unknown.apply(value);
  }
}
