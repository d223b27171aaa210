package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * The {@code requestParameters} of an EKS {@code AssociateAccessPolicy} call, member by member with the names
 * CloudTrail records (model shape {@code AssociateAccessPolicyRequest}). Members the record does not have are absent.
 */
@Value.Immutable
@EksStyle
public abstract class AssociateAccessPolicyRequest {
  AssociateAccessPolicyRequest() {}

  /** The name of your cluster. Percent-decoded: CloudTrail records this path label URL-encoded ({@code name}). */
  public abstract Optional<String> name();

  /**
   * The Amazon Resource Name (ARN) of the IAM user or role for the {@code AccessEntry} that you're associating the
   * access policy to. Percent-decoded: CloudTrail records this path label URL-encoded ({@code principalArn}).
   */
  public abstract Optional<String> principalArn();

  /** The ARN of the {@code AccessPolicy} that you're associating ({@code policyArn}). */
  public abstract Optional<String> policyArn();

  /** The scope for the {@code AccessPolicy} ({@code accessScope}). */
  public abstract Optional<AccessScope> accessScope();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AssociateAccessPolicyRequest}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableAssociateAccessPolicyRequest.Builder {
    Builder() {}
  }
}
