package org.cloudtrail4j.eks;

import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.immutables.value.Value;

/**
 * An EKS {@code DeleteFargateProfile} call as CloudTrail records it: {@link #request()} reads its
 * {@code requestParameters}, {@link #fargateProfile()} its {@code responseElements}.
 */
@Value.Immutable
@EksStyle
public abstract non-sealed class DeleteFargateProfileEvent implements EksEvent {
  DeleteFargateProfileEvent() {}

  @Override
  public abstract CloudTrailEvent event();

  /** The request ({@code requestParameters}); every member is absent when the record has none. */
  public abstract DeleteFargateProfileRequest request();

  /** The deleted Fargate profile ({@code responseElements.fargateProfile}); absent when the call failed. */
  public abstract Optional<FargateProfile> fargateProfile();

  /** {@code DeleteFargateProfile}. */
  @Override
  public final EksOperation operation() {
    return EksOperation.of("DeleteFargateProfile");
  }

  @Override
  public final Optional<String> clusterName() {
    return request().name();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeleteFargateProfileEvent}. Not thread-safe. */
  public static final class Builder extends ImmutableDeleteFargateProfileEvent.Builder {
    Builder() {}
  }
}
