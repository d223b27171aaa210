package org.cloudtrail4j.eks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * Indicates the status of the request to update the compute capability of your EKS Auto Mode cluster. Model shapes
 * {@code ComputeConfigResponse}, {@code ComputeConfigRequest}. The request and response forms are one type: the
 * response form has the same members and a few more.
 */
@Value.Immutable
@EksStyle
public abstract class ComputeConfig {
  ComputeConfig() {}

  /** Indicates if the compute capability is enabled on your EKS Auto Mode cluster ({@code enabled}). */
  public abstract Optional<Boolean> enabled();

  /** Indicates the current configuration of node pools in your EKS Auto Mode cluster ({@code nodePools}). */
  public abstract List<String> nodePools();

  /**
   * The ARN of the IAM Role EKS will assign to EC2 Managed Instances in your EKS Auto Mode cluster
   * ({@code nodeRoleArn}).
   */
  public abstract Optional<String> nodeRoleArn();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ComputeConfig}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableComputeConfig.Builder {
    Builder() {}
  }
}
