package org.cloudtrail4j.eks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * The {@code requestParameters} of an EKS {@code UpdateAccessEntry} call, member by member with the names CloudTrail
 * records (model shape {@code UpdateAccessEntryRequest}). Members the record does not have are absent.
 */
@Value.Immutable
@EksStyle
public abstract class UpdateAccessEntryRequest {
  UpdateAccessEntryRequest() {}

  /** The name of your cluster. Percent-decoded: CloudTrail records this path label URL-encoded ({@code name}). */
  public abstract Optional<String> name();

  /**
   * The ARN of the IAM principal for the {@code AccessEntry}. Percent-decoded: CloudTrail records this path label
   * URL-encoded ({@code principalArn}).
   */
  public abstract Optional<String> principalArn();

  /**
   * The value for {@code name} that you've specified for {@code kind: Group} as a {@code subject} in a Kubernetes
   * {@code RoleBinding} or {@code ClusterRoleBinding} object ({@code kubernetesGroups}).
   */
  public abstract List<String> kubernetesGroups();

  /**
   * A unique, case-sensitive identifier that you provide to ensure the idempotency of the request
   * ({@code clientRequestToken}).
   */
  public abstract Optional<String> clientRequestToken();

  /** The username to authenticate to Kubernetes with ({@code username}). */
  public abstract Optional<String> username();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UpdateAccessEntryRequest}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableUpdateAccessEntryRequest.Builder {
    Builder() {}
  }
}
