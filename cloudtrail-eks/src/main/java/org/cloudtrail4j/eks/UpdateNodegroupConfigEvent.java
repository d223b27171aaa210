package org.cloudtrail4j.eks;

import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.immutables.value.Value;

/**
 * An EKS {@code UpdateNodegroupConfig} call as CloudTrail records it: {@link #request()} reads its
 * {@code requestParameters}, {@link #update()} its {@code responseElements}.
 */
@Value.Immutable
@EksStyle
public abstract non-sealed class UpdateNodegroupConfigEvent implements EksEvent {
  UpdateNodegroupConfigEvent() {}

  @Override
  public abstract CloudTrailEvent event();

  /** The request ({@code requestParameters}); every member is absent when the record has none. */
  public abstract UpdateNodegroupConfigRequest request();

  /** The {@code update} of the response ({@code responseElements.update}); absent when the call failed. */
  public abstract Optional<Update> update();

  /** {@code UpdateNodegroupConfig}. */
  @Override
  public final EksOperation operation() {
    return EksOperation.of("UpdateNodegroupConfig");
  }

  @Override
  public final Optional<String> clusterName() {
    return request().name();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UpdateNodegroupConfigEvent}. Not thread-safe. */
  public static final class Builder extends ImmutableUpdateNodegroupConfigEvent.Builder {
    Builder() {}
  }
}
