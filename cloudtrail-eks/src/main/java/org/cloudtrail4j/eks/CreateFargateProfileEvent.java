package org.cloudtrail4j.eks;

import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.immutables.value.Value;

/**
 * An EKS {@code CreateFargateProfile} call as CloudTrail records it: {@link #request()} reads its
 * {@code requestParameters}, {@link #fargateProfile()} its {@code responseElements}.
 */
@Value.Immutable
@EksStyle
public abstract non-sealed class CreateFargateProfileEvent implements EksEvent {
  CreateFargateProfileEvent() {}

  @Override
  public abstract CloudTrailEvent event();

  /** The request ({@code requestParameters}); every member is absent when the record has none. */
  public abstract CreateFargateProfileRequest request();

  /**
   * The full description of your new Fargate profile ({@code responseElements.fargateProfile}); absent when the call
   * failed.
   */
  public abstract Optional<FargateProfile> fargateProfile();

  /** {@code CreateFargateProfile}. */
  @Override
  public final EksOperation operation() {
    return EksOperation.of("CreateFargateProfile");
  }

  @Override
  public final Optional<String> clusterName() {
    return request().name();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreateFargateProfileEvent}. Not thread-safe. */
  public static final class Builder extends ImmutableCreateFargateProfileEvent.Builder {
    Builder() {}
  }
}
