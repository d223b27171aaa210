package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/** A property that allows a node to repel a {@code Pod}. Model shape {@code Taint}. */
@Value.Immutable
@EksStyle
public abstract class Taint {
  Taint() {}

  /** The key of the taint ({@code key}). */
  public abstract Optional<String> key();

  /** The value of the taint ({@code value}). */
  public abstract Optional<String> value();

  /** The effect of the taint ({@code effect}). */
  public abstract Optional<TaintEffect> effect();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Taint}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableTaint.Builder {
    Builder() {}
  }
}
