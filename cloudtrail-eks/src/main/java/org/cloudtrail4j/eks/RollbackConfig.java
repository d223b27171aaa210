package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/** The rollback configuration for the cluster version rollback. Model shape {@code RollbackConfig}. */
@Value.Immutable
@EksStyle
public abstract class RollbackConfig {
  RollbackConfig() {}

  /** The length of time in minutes to wait before cancelling the update ({@code timeoutMinutes}). */
  public abstract Optional<Integer> timeoutMinutes();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RollbackConfig}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableRollbackConfig.Builder {
    Builder() {}
  }
}
