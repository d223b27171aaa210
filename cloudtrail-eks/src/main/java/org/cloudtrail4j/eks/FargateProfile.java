package org.cloudtrail4j.eks;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/** An object representing an Fargate profile. Model shape {@code FargateProfile}. */
@Value.Immutable
@EksStyle
public abstract class FargateProfile {
  FargateProfile() {}

  /** The name of the Fargate profile ({@code fargateProfileName}). */
  public abstract Optional<String> fargateProfileName();

  /** The full Amazon Resource Name (ARN) of the Fargate profile ({@code fargateProfileArn}). */
  public abstract Optional<String> fargateProfileArn();

  /** The name of your cluster ({@code clusterName}). */
  public abstract Optional<String> clusterName();

  /** The Unix epoch timestamp at object creation ({@code createdAt}). */
  public abstract Optional<Instant> createdAt();

  /**
   * The Amazon Resource Name (ARN) of the {@code Pod} execution role to use for any {@code Pod} that matches the
   * selectors in the Fargate profile ({@code podExecutionRoleArn}).
   */
  public abstract Optional<String> podExecutionRoleArn();

  /** The IDs of subnets to launch a {@code Pod} into ({@code subnets}). */
  public abstract List<String> subnets();

  /** The selectors to match for a {@code Pod} to use this Fargate profile ({@code selectors}). */
  public abstract List<FargateProfileSelector> selectors();

  /** The current status of the Fargate profile ({@code status}). */
  public abstract Optional<FargateProfileStatus> status();

  /** Metadata that assists with categorization and organization ({@code tags}). */
  public abstract Map<String, String> tags();

  /** The health status of the Fargate profile ({@code health}). */
  public abstract Optional<Health> health();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FargateProfile}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableFargateProfile.Builder {
    Builder() {}
  }
}
