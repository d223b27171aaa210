package org.cloudtrail4j.eks;

import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksArns;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.immutables.value.Value;

/**
 * An EKS {@code UntagResource} call as CloudTrail records it: {@link #request()} reads its {@code requestParameters}.
 */
@Value.Immutable
@EksStyle
public abstract non-sealed class UntagResourceEvent implements EksEvent {
  UntagResourceEvent() {}

  @Override
  public abstract CloudTrailEvent event();

  /** The request ({@code requestParameters}); every member is absent when the record has none. */
  public abstract UntagResourceRequest request();

  /** {@code UntagResource}. */
  @Override
  public final EksOperation operation() {
    return EksOperation.of("UntagResource");
  }

  @Override
  public final Optional<String> clusterName() {
    return request().resourceArn().flatMap(EksArns::clusterName);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UntagResourceEvent}. Not thread-safe. */
  public static final class Builder extends ImmutableUntagResourceEvent.Builder {
    Builder() {}
  }
}
