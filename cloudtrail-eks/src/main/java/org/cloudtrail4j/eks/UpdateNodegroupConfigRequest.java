package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * The {@code requestParameters} of an EKS {@code UpdateNodegroupConfig} call, member by member with the names
 * CloudTrail records (model shape {@code UpdateNodegroupConfigRequest}). Members the record does not have are absent.
 */
@Value.Immutable
@EksStyle
public abstract class UpdateNodegroupConfigRequest {
  UpdateNodegroupConfigRequest() {}

  /** The name of your cluster. Percent-decoded: CloudTrail records this path label URL-encoded ({@code name}). */
  public abstract Optional<String> name();

  /**
   * The name of the managed node group to update. Percent-decoded: CloudTrail records this path label URL-encoded
   * ({@code nodegroupName}).
   */
  public abstract Optional<String> nodegroupName();

  /** The Kubernetes {@code labels} to apply to the nodes in the node group after the update ({@code labels}). */
  public abstract Optional<UpdateLabelsPayload> labels();

  /** The Kubernetes taints to be applied to the nodes in the node group after the update ({@code taints}). */
  public abstract Optional<UpdateTaintsPayload> taints();

  /** The scaling configuration details for the Auto Scaling group after the update ({@code scalingConfig}). */
  public abstract Optional<NodegroupScalingConfig> scalingConfig();

  /** The node group update configuration ({@code updateConfig}). */
  public abstract Optional<NodegroupUpdateConfig> updateConfig();

  /** The node auto repair configuration for the node group ({@code nodeRepairConfig}). */
  public abstract Optional<NodeRepairConfig> nodeRepairConfig();

  /** The warm pool configuration to apply to the node group ({@code warmPoolConfig}). */
  public abstract Optional<WarmPoolConfig> warmPoolConfig();

  /**
   * A unique, case-sensitive identifier that you provide to ensure the idempotency of the request
   * ({@code clientRequestToken}).
   */
  public abstract Optional<String> clientRequestToken();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UpdateNodegroupConfigRequest}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableUpdateNodegroupConfigRequest.Builder {
    Builder() {}
  }
}
