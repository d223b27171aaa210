package org.cloudtrail4j.eks;

import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.immutables.value.Value;

/**
 * An EKS {@code UpdatePodIdentityAssociation} call as CloudTrail records it: {@link #request()} reads its
 * {@code requestParameters}, {@link #association()} its {@code responseElements}.
 */
@Value.Immutable
@EksStyle
public abstract non-sealed class UpdatePodIdentityAssociationEvent implements EksEvent {
  UpdatePodIdentityAssociationEvent() {}

  @Override
  public abstract CloudTrailEvent event();

  /** The request ({@code requestParameters}); every member is absent when the record has none. */
  public abstract UpdatePodIdentityAssociationRequest request();

  /**
   * The full description of the association that was updated ({@code responseElements.association}); absent when the
   * call failed.
   */
  public abstract Optional<PodIdentityAssociation> association();

  /** {@code UpdatePodIdentityAssociation}. */
  @Override
  public final EksOperation operation() {
    return EksOperation.of("UpdatePodIdentityAssociation");
  }

  @Override
  public final Optional<String> clusterName() {
    return request().name();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UpdatePodIdentityAssociationEvent}. Not thread-safe. */
  public static final class Builder extends ImmutableUpdatePodIdentityAssociationEvent.Builder {
    Builder() {}
  }
}
