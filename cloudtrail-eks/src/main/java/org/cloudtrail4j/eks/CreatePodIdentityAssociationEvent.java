package org.cloudtrail4j.eks;

import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.immutables.value.Value;

/**
 * An EKS {@code CreatePodIdentityAssociation} call as CloudTrail records it: {@link #request()} reads its
 * {@code requestParameters}, {@link #association()} its {@code responseElements}.
 */
@Value.Immutable
@EksStyle
public abstract non-sealed class CreatePodIdentityAssociationEvent implements EksEvent {
  CreatePodIdentityAssociationEvent() {}

  @Override
  public abstract CloudTrailEvent event();

  /** The request ({@code requestParameters}); every member is absent when the record has none. */
  public abstract CreatePodIdentityAssociationRequest request();

  /**
   * The full description of your new association ({@code responseElements.association}); absent when the call failed.
   */
  public abstract Optional<PodIdentityAssociation> association();

  /** {@code CreatePodIdentityAssociation}. */
  @Override
  public final EksOperation operation() {
    return EksOperation.of("CreatePodIdentityAssociation");
  }

  @Override
  public final Optional<String> clusterName() {
    return request().name();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreatePodIdentityAssociationEvent}. Not thread-safe. */
  public static final class Builder extends ImmutableCreatePodIdentityAssociationEvent.Builder {
    Builder() {}
  }
}
