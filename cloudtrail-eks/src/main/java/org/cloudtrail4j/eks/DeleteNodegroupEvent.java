package org.cloudtrail4j.eks;

import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.immutables.value.Value;

/**
 * An EKS {@code DeleteNodegroup} call as CloudTrail records it: {@link #request()} reads its
 * {@code requestParameters}, {@link #nodegroup()} its {@code responseElements}.
 */
@Value.Immutable
@EksStyle
public abstract non-sealed class DeleteNodegroupEvent implements EksEvent {
  DeleteNodegroupEvent() {}

  @Override
  public abstract CloudTrailEvent event();

  /** The request ({@code requestParameters}); every member is absent when the record has none. */
  public abstract DeleteNodegroupRequest request();

  /**
   * The full description of your deleted node group ({@code responseElements.nodegroup}); absent when the call
   * failed.
   */
  public abstract Optional<Nodegroup> nodegroup();

  /** {@code DeleteNodegroup}. */
  @Override
  public final EksOperation operation() {
    return EksOperation.of("DeleteNodegroup");
  }

  @Override
  public final Optional<String> clusterName() {
    return request().name();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeleteNodegroupEvent}. Not thread-safe. */
  public static final class Builder extends ImmutableDeleteNodegroupEvent.Builder {
    Builder() {}
  }
}
