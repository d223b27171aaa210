package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * The {@code requestParameters} of an EKS {@code UpdateClusterVersion} call, member by member with the names
 * CloudTrail records (model shape {@code UpdateClusterVersionRequest}). Members the record does not have are absent.
 */
@Value.Immutable
@EksStyle
public abstract class UpdateClusterVersionRequest {
  UpdateClusterVersionRequest() {}

  /**
   * The name of the Amazon EKS cluster to update. Percent-decoded: CloudTrail records this path label URL-encoded
   * ({@code name}).
   */
  public abstract Optional<String> name();

  /** The desired Kubernetes version following a successful update ({@code version}). */
  public abstract Optional<String> version();

  /**
   * A unique, case-sensitive identifier that you provide to ensure the idempotency of the request
   * ({@code clientRequestToken}).
   */
  public abstract Optional<String> clientRequestToken();

  /**
   * Set this value to {@code true} to override upgrade-blocking or rollback-blocking readiness checks when updating a
   * cluster ({@code force}).
   */
  public abstract Optional<Boolean> force();

  /** The rollback configuration for the cluster version rollback ({@code rollbackConfig}). */
  public abstract Optional<RollbackConfig> rollbackConfig();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UpdateClusterVersionRequest}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableUpdateClusterVersionRequest.Builder {
    Builder() {}
  }
}
