package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * The namespace configuration response object containing information about the namespace where an addon is installed.
 * Model shapes {@code AddonNamespaceConfigResponse}, {@code AddonNamespaceConfigRequest}. The request and response
 * forms are one type: the response form has the same members and a few more.
 */
@Value.Immutable
@EksStyle
public abstract class AddonNamespaceConfig {
  AddonNamespaceConfig() {}

  /** The name of the Kubernetes namespace where the addon is installed ({@code namespace}). */
  public abstract Optional<String> namespace();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AddonNamespaceConfig}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableAddonNamespaceConfig.Builder {
    Builder() {}
  }
}
