package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * The {@code requestParameters} of an EKS {@code UpdateNodegroupVersion} call, member by member with the names
 * CloudTrail records (model shape {@code UpdateNodegroupVersionRequest}). Members the record does not have are
 * absent.
 */
@Value.Immutable
@EksStyle
public abstract class UpdateNodegroupVersionRequest {
  UpdateNodegroupVersionRequest() {}

  /** The name of your cluster. Percent-decoded: CloudTrail records this path label URL-encoded ({@code name}). */
  public abstract Optional<String> name();

  /**
   * The name of the managed node group to update. Percent-decoded: CloudTrail records this path label URL-encoded
   * ({@code nodegroupName}).
   */
  public abstract Optional<String> nodegroupName();

  /** The Kubernetes version to update to ({@code version}). */
  public abstract Optional<String> version();

  /** The AMI version of the Amazon EKS optimized AMI to use for the update ({@code releaseVersion}). */
  public abstract Optional<String> releaseVersion();

  /** An object representing a node group's launch template specification ({@code launchTemplate}). */
  public abstract Optional<LaunchTemplateSpecification> launchTemplate();

  /**
   * Force the update if any {@code Pod} on the existing node group can't be drained due to a {@code Pod} disruption
   * budget issue ({@code force}).
   */
  public abstract Optional<Boolean> force();

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

  /** Builds a {@link UpdateNodegroupVersionRequest}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableUpdateNodegroupVersionRequest.Builder {
    Builder() {}
  }
}
