package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * The {@code requestParameters} of an EKS {@code DisassociateAccessPolicy} call, member by member with the names
 * CloudTrail records (model shape {@code DisassociateAccessPolicyRequest}). Members the record does not have are
 * absent.
 */
@Value.Immutable
@EksStyle
public abstract class DisassociateAccessPolicyRequest {
  DisassociateAccessPolicyRequest() {}

  /** The name of your cluster. Percent-decoded: CloudTrail records this path label URL-encoded ({@code name}). */
  public abstract Optional<String> name();

  /**
   * The ARN of the IAM principal for the {@code AccessEntry}. Percent-decoded: CloudTrail records this path label
   * URL-encoded ({@code principalArn}).
   */
  public abstract Optional<String> principalArn();

  /**
   * The ARN of the policy to disassociate from the access entry. Percent-decoded: CloudTrail records this path label
   * URL-encoded ({@code policyArn}).
   */
  public abstract Optional<String> policyArn();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DisassociateAccessPolicyRequest}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableDisassociateAccessPolicyRequest.Builder {
    Builder() {}
  }
}
