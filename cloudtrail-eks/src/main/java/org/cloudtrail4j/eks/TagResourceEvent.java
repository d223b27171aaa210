package org.cloudtrail4j.eks;

import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksArns;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.immutables.value.Value;

/** An EKS {@code TagResource} call as CloudTrail records it: {@link #request()} reads its {@code requestParameters}. */
@Value.Immutable
@EksStyle
public abstract non-sealed class TagResourceEvent implements EksEvent {
  TagResourceEvent() {}

  @Override
  public abstract CloudTrailEvent event();

  /** The request ({@code requestParameters}); every member is absent when the record has none. */
  public abstract TagResourceRequest request();

  /** {@code TagResource}. */
  @Override
  public final EksOperation operation() {
    return EksOperation.of("TagResource");
  }

  @Override
  public final Optional<String> clusterName() {
    return request().resourceArn().flatMap(EksArns::clusterName);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TagResourceEvent}. Not thread-safe. */
  public static final class Builder extends ImmutableTagResourceEvent.Builder {
    Builder() {}
  }
}
