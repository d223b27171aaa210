package org.cloudtrail4j.eks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * The {@code requestParameters} of an EKS {@code CreateFargateProfile} call, member by member with the names
 * CloudTrail records (model shape {@code CreateFargateProfileRequest}). Members the record does not have are absent.
 */
@Value.Immutable
@EksStyle
public abstract class CreateFargateProfileRequest {
  CreateFargateProfileRequest() {}

  /** The name of the Fargate profile ({@code fargateProfileName}). */
  public abstract Optional<String> fargateProfileName();

  /** The name of your cluster. Percent-decoded: CloudTrail records this path label URL-encoded ({@code name}). */
  public abstract Optional<String> name();

  /**
   * The Amazon Resource Name (ARN) of the {@code Pod} execution role to use for a {@code Pod} that matches the
   * selectors in the Fargate profile ({@code podExecutionRoleArn}).
   */
  public abstract Optional<String> podExecutionRoleArn();

  /** The IDs of subnets to launch a {@code Pod} into ({@code subnets}). */
  public abstract List<String> subnets();

  /** The selectors to match for a {@code Pod} to use this Fargate profile ({@code selectors}). */
  public abstract List<FargateProfileSelector> selectors();

  /**
   * A unique, case-sensitive identifier that you provide to ensure the idempotency of the request
   * ({@code clientRequestToken}).
   */
  public abstract Optional<String> clientRequestToken();

  /** Metadata that assists with categorization and organization ({@code tags}). */
  public abstract Map<String, String> tags();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreateFargateProfileRequest}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableCreateFargateProfileRequest.Builder {
    Builder() {}
  }
}
