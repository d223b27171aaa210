package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * The {@code requestParameters} of an EKS {@code CreatePodIdentityAssociation} call, member by member with the names
 * CloudTrail records (model shape {@code CreatePodIdentityAssociationRequest}). Members the record does not have are
 * absent.
 */
@Value.Immutable
@EksStyle
public abstract class CreatePodIdentityAssociationRequest {
  CreatePodIdentityAssociationRequest() {}

  /**
   * The name of the cluster to create the EKS Pod Identity association in. Percent-decoded: CloudTrail records this
   * path label URL-encoded ({@code name}).
   */
  public abstract Optional<String> name();

  /**
   * The name of the Kubernetes namespace inside the cluster to create the EKS Pod Identity association in
   * ({@code namespace}).
   */
  public abstract Optional<String> namespace();

  /**
   * The name of the Kubernetes service account inside the cluster to associate the IAM credentials with
   * ({@code serviceAccount}).
   */
  public abstract Optional<String> serviceAccount();

  /** The Amazon Resource Name (ARN) of the IAM role to associate with the service account ({@code roleArn}). */
  public abstract Optional<String> roleArn();

  /**
   * A unique, case-sensitive identifier that you provide to ensure the idempotency of the request
   * ({@code clientRequestToken}).
   */
  public abstract Optional<String> clientRequestToken();

  /** Metadata that assists with categorization and organization ({@code tags}). */
  public abstract Map<String, String> tags();

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

  /** Builds a {@link CreatePodIdentityAssociationRequest}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableCreatePodIdentityAssociationRequest.Builder {
    Builder() {}
  }
}
