package org.cloudtrail4j.eks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * An object representing the enabled or disabled Kubernetes control plane logs for your cluster. Model shape
 * {@code LogSetup}.
 */
@Value.Immutable
@EksStyle
public abstract class LogSetup {
  LogSetup() {}

  /** The available cluster control plane log types ({@code types}). */
  public abstract List<LogType> types();

  /** If a log type is enabled, that log type exports its control plane logs to CloudWatch Logs  ({@code enabled}). */
  public abstract Optional<Boolean> enabled();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LogSetup}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableLogSetup.Builder {
    Builder() {}
  }
}
