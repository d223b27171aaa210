package org.cloudtrail4j.eks;

import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.immutables.value.Value;

/**
 * An EKS call without a class of its own: the read-only {@code Describe*}/{@code List*} operations, the less common
 * mutating ones ({@code RegisterCluster}, {@code CancelUpdate}, capabilities, EKS Anywhere subscriptions, insights) and
 * operations newer than this library. The request and response are the raw {@link #requestParameters()} and
 * {@link #responseElements()}.
 *
 * <pre>{@code
 * EksApiCall call = (EksApiCall) EksEvent.of(event).orElseThrow();
 * Optional<String> nodegroup = call.requestParameters().flatMap(r -> r.get("nodegroupName").asString());
 * }</pre>
 */
@Value.Immutable
@EksStyle
public abstract non-sealed class EksApiCall implements EksEvent {
  EksApiCall() {}

  @Override
  public abstract CloudTrailEvent event();

  @Override
  public abstract EksOperation operation();

  @Override
  public abstract Optional<String> clusterName();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EksApiCall}. Not thread-safe. */
  public static final class Builder extends ImmutableEksApiCall.Builder {
    Builder() {}
  }
}
