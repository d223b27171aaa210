package org.cloudtrail4j.eks;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * Amazon EKS Pod Identity associations provide the ability to manage credentials for your applications, similar to
 * the way that Amazon EC2 instance profiles provide credentials to Amazon EC2 instances. Model shape
 * {@code PodIdentityAssociation}.
 */
@Value.Immutable
@EksStyle
public abstract class PodIdentityAssociation {
  PodIdentityAssociation() {}

  /** The name of the cluster that the association is in ({@code clusterName}). */
  public abstract Optional<String> clusterName();

  /** The name of the Kubernetes namespace inside the cluster to create the association in ({@code namespace}). */
  public abstract Optional<String> namespace();

  /**
   * The name of the Kubernetes service account inside the cluster to associate the IAM credentials with
   * ({@code serviceAccount}).
   */
  public abstract Optional<String> serviceAccount();

  /** The Amazon Resource Name (ARN) of the IAM role to associate with the service account ({@code roleArn}). */
  public abstract Optional<String> roleArn();

  /** The Amazon Resource Name (ARN) of the association ({@code associationArn}). */
  public abstract Optional<String> associationArn();

  /** The ID of the association ({@code associationId}). */
  public abstract Optional<String> associationId();

  /** Metadata that assists with categorization and organization ({@code tags}). */
  public abstract Map<String, String> tags();

  /** The timestamp that the association was created at ({@code createdAt}). */
  public abstract Optional<Instant> createdAt();

  /** The most recent timestamp that the association was modified at ({@code modifiedAt}). */
  public abstract Optional<Instant> modifiedAt();

  /** If defined, the EKS Pod Identity association is owned by an Amazon EKS add-on ({@code ownerArn}). */
  public abstract Optional<String> ownerArn();

  /** The state of the automatic sessions tags ({@code disableSessionTags}). */
  public abstract Optional<Boolean> disableSessionTags();

  /**
   * The Amazon Resource Name (ARN) of the target IAM role to associate with the service account
   * ({@code targetRoleArn}).
   */
  public abstract Optional<String> targetRoleArn();

  /** The unique identifier for this EKS Pod Identity association for a target IAM role ({@code externalId}). */
  public abstract Optional<String> externalId();

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

  /** Builds a {@link PodIdentityAssociation}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutablePodIdentityAssociation.Builder {
    Builder() {}
  }
}
