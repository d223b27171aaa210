package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * The access configuration for the cluster. Model shapes {@code AccessConfigResponse},
 * {@code CreateAccessConfigRequest}, {@code UpdateAccessConfigRequest}. The request and response forms are one type:
 * the response form has the same members and a few more.
 */
@Value.Immutable
@EksStyle
public abstract class AccessConfig {
  AccessConfig() {}

  /**
   * Specifies whether or not the cluster creator IAM principal was set as a cluster admin access entry during cluster
   * creation time ({@code bootstrapClusterCreatorAdminPermissions}).
   */
  public abstract Optional<Boolean> bootstrapClusterCreatorAdminPermissions();

  /** The current authentication mode of the cluster ({@code authenticationMode}). */
  public abstract Optional<AuthenticationMode> authenticationMode();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AccessConfig}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableAccessConfig.Builder {
    Builder() {}
  }
}
