package org.cloudtrail4j.eks;

import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.immutables.value.Value;

/**
 * An EKS {@code CreateCluster} call as CloudTrail records it: {@link #request()} reads its {@code requestParameters},
 * {@link #cluster()} its {@code responseElements}.
 */
@Value.Immutable
@EksStyle
public abstract non-sealed class CreateClusterEvent implements EksEvent {
  CreateClusterEvent() {}

  @Override
  public abstract CloudTrailEvent event();

  /** The request ({@code requestParameters}); every member is absent when the record has none. */
  public abstract CreateClusterRequest request();

  /** The full description of your new cluster ({@code responseElements.cluster}); absent when the call failed. */
  public abstract Optional<Cluster> cluster();

  /** {@code CreateCluster}. */
  @Override
  public final EksOperation operation() {
    return EksOperation.of("CreateCluster");
  }

  @Override
  public final Optional<String> clusterName() {
    return request().name();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreateClusterEvent}. Not thread-safe. */
  public static final class Builder extends ImmutableCreateClusterEvent.Builder {
    Builder() {}
  }
}
