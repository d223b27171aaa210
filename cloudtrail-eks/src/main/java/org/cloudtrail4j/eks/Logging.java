package org.cloudtrail4j.eks;

import java.util.List;
import java.util.Map;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/** An object representing the logging configuration for resources in your cluster. Model shape {@code Logging}. */
@Value.Immutable
@EksStyle
public abstract class Logging {
  Logging() {}

  /** The cluster control plane logging configuration for your cluster ({@code clusterLogging}). */
  public abstract List<LogSetup> clusterLogging();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Logging}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableLogging.Builder {
    Builder() {}
  }
}
