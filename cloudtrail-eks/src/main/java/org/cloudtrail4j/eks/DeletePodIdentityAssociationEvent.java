package org.cloudtrail4j.eks;

import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.immutables.value.Value;

/**
 * An EKS {@code DeletePodIdentityAssociation} call as CloudTrail records it: {@link #request()} reads its
 * {@code requestParameters}, {@link #association()} its {@code responseElements}.
 */
@Value.Immutable
@EksStyle
public abstract non-sealed class DeletePodIdentityAssociationEvent implements EksEvent {
  DeletePodIdentityAssociationEvent() {}

  @Override
  public abstract CloudTrailEvent event();

  /** The request ({@code requestParameters}); every member is absent when the record has none. */
  public abstract DeletePodIdentityAssociationRequest request();

  /**
   * The full description of the EKS Pod Identity association that was deleted ({@code responseElements.association});
   * absent when the call failed.
   */
  public abstract Optional<PodIdentityAssociation> association();

  /** {@code DeletePodIdentityAssociation}. */
  @Override
  public final EksOperation operation() {
    return EksOperation.of("DeletePodIdentityAssociation");
  }

  @Override
  public final Optional<String> clusterName() {
    return request().name();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeletePodIdentityAssociationEvent}. Not thread-safe. */
  public static final class Builder extends ImmutableDeletePodIdentityAssociationEvent.Builder {
    Builder() {}
  }
}
