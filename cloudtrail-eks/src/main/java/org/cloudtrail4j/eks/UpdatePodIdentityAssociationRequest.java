package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * The {@code requestParameters} of an EKS {@code UpdatePodIdentityAssociation} call, member by member with the names
 * CloudTrail records (model shape {@code UpdatePodIdentityAssociationRequest}). Members the record does not have are
 * absent.
 */
@Value.Immutable
@EksStyle
public abstract class UpdatePodIdentityAssociationRequest {
  UpdatePodIdentityAssociationRequest() {}

  /**
   * The name of the cluster that you want to update the association in. Percent-decoded: CloudTrail records this path
   * label URL-encoded ({@code name}).
   */
  public abstract Optional<String> name();

  /**
   * The ID of the association to be updated. Percent-decoded: CloudTrail records this path label URL-encoded
   * ({@code associationId}).
   */
  public abstract Optional<String> associationId();

  /** The new IAM role to change in the association ({@code roleArn}). */
  public abstract Optional<String> roleArn();

  /**
   * A unique, case-sensitive identifier that you provide to ensure the idempotency of the request
   * ({@code clientRequestToken}).
   */
  public abstract Optional<String> clientRequestToken();

  /** Disable the automatic sessions tags that are appended by EKS Pod Identity ({@code disableSessionTags}). */
  public abstract Optional<Boolean> disableSessionTags();

  /**
   * The Amazon Resource Name (ARN) of the target IAM role to associate with the service account
   * ({@code targetRoleArn}).
   */
  public abstract Optional<String> targetRoleArn();

  /**
   * An optional IAM policy in JSON format (as an escaped string) that applies additional restrictions to this pod
   * identity association beyond the IAM policies attached to the IAM role ({@code policy}).
   */
  public abstract Optional<String> policy();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UpdatePodIdentityAssociationRequest}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableUpdatePodIdentityAssociationRequest.Builder {
    Builder() {}
  }
}
