package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * The {@code requestParameters} of an EKS {@code DeleteFargateProfile} call, member by member with the names
 * CloudTrail records (model shape {@code DeleteFargateProfileRequest}). Members the record does not have are absent.
 */
@Value.Immutable
@EksStyle
public abstract class DeleteFargateProfileRequest {
  DeleteFargateProfileRequest() {}

  /** The name of your cluster. Percent-decoded: CloudTrail records this path label URL-encoded ({@code name}). */
  public abstract Optional<String> name();

  /**
   * The name of the Fargate profile to delete. Percent-decoded: CloudTrail records this path label URL-encoded
   * ({@code fargateProfileName}).
   */
  public abstract Optional<String> fargateProfileName();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeleteFargateProfileRequest}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableDeleteFargateProfileRequest.Builder {
    Builder() {}
  }
}
