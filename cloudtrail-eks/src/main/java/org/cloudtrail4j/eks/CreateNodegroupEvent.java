package org.cloudtrail4j.eks;

import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.immutables.value.Value;

/**
 * An EKS {@code CreateNodegroup} call as CloudTrail records it: {@link #request()} reads its
 * {@code requestParameters}, {@link #nodegroup()} its {@code responseElements}.
 */
@Value.Immutable
@EksStyle
public abstract non-sealed class CreateNodegroupEvent implements EksEvent {
  CreateNodegroupEvent() {}

  @Override
  public abstract CloudTrailEvent event();

  /** The request ({@code requestParameters}); every member is absent when the record has none. */
  public abstract CreateNodegroupRequest request();

  /** The full description of your new node group ({@code responseElements.nodegroup}); absent when the call failed. */
  public abstract Optional<Nodegroup> nodegroup();

  /** {@code CreateNodegroup}. */
  @Override
  public final EksOperation operation() {
    return EksOperation.of("CreateNodegroup");
  }

  @Override
  public final Optional<String> clusterName() {
    return request().name();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreateNodegroupEvent}. Not thread-safe. */
  public static final class Builder extends ImmutableCreateNodegroupEvent.Builder {
    Builder() {}
  }
}
