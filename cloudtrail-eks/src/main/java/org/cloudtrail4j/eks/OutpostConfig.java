package org.cloudtrail4j.eks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * An object representing the configuration of your local Amazon EKS cluster on an Amazon Web Services Outpost. Model
 * shapes {@code OutpostConfigResponse}, {@code OutpostConfigRequest}. The request and response forms are one type:
 * the response form has the same members and a few more.
 */
@Value.Immutable
@EksStyle
public abstract class OutpostConfig {
  OutpostConfig() {}

  /**
   * The ARN of the Outpost that you specified for use with your local Amazon EKS cluster on Outposts
   * ({@code outpostArns}).
   */
  public abstract List<String> outpostArns();

  /**
   * The Amazon EC2 instance type for the Kubernetes control plane instances of your local Amazon EKS cluster on
   * Amazon Web Services Outposts ({@code controlPlaneInstanceType}).
   */
  public abstract Optional<String> controlPlaneInstanceType();

  /**
   * An object representing the placement configuration for all the control plane instances of your local Amazon EKS
   * cluster on an Amazon Web Services Outpost ({@code controlPlanePlacement}).
   */
  public abstract Optional<ControlPlanePlacement> controlPlanePlacement();

  /**
   * The Amazon EC2 instance type for etcd instances of your local Amazon EKS cluster on Amazon Web Services Outposts
   * ({@code etcdInstanceType}).
   */
  public abstract Optional<String> etcdInstanceType();

  /**
   * An object representing the placement configuration for the etcd instances of your local Amazon EKS cluster on an
   * Amazon Web Services Outpost ({@code etcdPlacement}).
   */
  public abstract Optional<EtcdPlacement> etcdPlacement();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link OutpostConfig}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableOutpostConfig.Builder {
    Builder() {}
  }
}
