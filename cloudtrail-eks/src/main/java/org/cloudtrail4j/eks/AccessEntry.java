package org.cloudtrail4j.eks;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/** An access entry allows an IAM principal (user or role) to access your cluster. Model shape {@code AccessEntry}. */
@Value.Immutable
@EksStyle
public abstract class AccessEntry {
  AccessEntry() {}

  /** The name of your cluster ({@code clusterName}). */
  public abstract Optional<String> clusterName();

  /** The ARN of the IAM principal for the access entry ({@code principalArn}). */
  public abstract Optional<String> principalArn();

  /**
   * A {@code name} that you've specified in a Kubernetes {@code RoleBinding} or {@code ClusterRoleBinding} object so
   * that Kubernetes authorizes the {@code principalARN} access to cluster objects ({@code kubernetesGroups}).
   */
  public abstract List<String> kubernetesGroups();

  /** The ARN of the access entry ({@code accessEntryArn}). */
  public abstract Optional<String> accessEntryArn();

  /** The Unix epoch timestamp at object creation ({@code createdAt}). */
  public abstract Optional<Instant> createdAt();

  /** The Unix epoch timestamp for the last modification to the object ({@code modifiedAt}). */
  public abstract Optional<Instant> modifiedAt();

  /** Metadata that assists with categorization and organization ({@code tags}). */
  public abstract Map<String, String> tags();

  /** The {@code name} of a user that can authenticate to your cluster ({@code username}). */
  public abstract Optional<String> username();

  /** The type of the access entry ({@code type}). */
  public abstract Optional<String> type();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AccessEntry}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableAccessEntry.Builder {
    Builder() {}
  }
}
