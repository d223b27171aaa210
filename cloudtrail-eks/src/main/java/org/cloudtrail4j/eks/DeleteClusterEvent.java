package org.cloudtrail4j.eks;

import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.immutables.value.Value;

/**
 * An EKS {@code DeleteCluster} call as CloudTrail records it: {@link #request()} reads its {@code requestParameters},
 * {@link #cluster()} its {@code responseElements}.
 */
@Value.Immutable
@EksStyle
public abstract non-sealed class DeleteClusterEvent implements EksEvent {
  DeleteClusterEvent() {}

  @Override
  public abstract CloudTrailEvent event();

  /** The request ({@code requestParameters}); every member is absent when the record has none. */
  public abstract DeleteClusterRequest request();

  /** The full description of the cluster to delete ({@code responseElements.cluster}); absent when the call failed. */
  public abstract Optional<Cluster> cluster();

  /** {@code DeleteCluster}. */
  @Override
  public final EksOperation operation() {
    return EksOperation.of("DeleteCluster");
  }

  @Override
  public final Optional<String> clusterName() {
    return request().name();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeleteClusterEvent}. Not thread-safe. */
  public static final class Builder extends ImmutableDeleteClusterEvent.Builder {
    Builder() {}
  }
}
