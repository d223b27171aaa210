package org.cloudtrail4j.eks;

import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.immutables.value.Value;

/**
 * An EKS {@code UpdateAddon} call as CloudTrail records it: {@link #request()} reads its {@code requestParameters},
 * {@link #update()} its {@code responseElements}.
 */
@Value.Immutable
@EksStyle
public abstract non-sealed class UpdateAddonEvent implements EksEvent {
  UpdateAddonEvent() {}

  @Override
  public abstract CloudTrailEvent event();

  /** The request ({@code requestParameters}); every member is absent when the record has none. */
  public abstract UpdateAddonRequest request();

  /** The {@code update} of the response ({@code responseElements.update}); absent when the call failed. */
  public abstract Optional<Update> update();

  /** {@code UpdateAddon}. */
  @Override
  public final EksOperation operation() {
    return EksOperation.of("UpdateAddon");
  }

  @Override
  public final Optional<String> clusterName() {
    return request().name();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UpdateAddonEvent}. Not thread-safe. */
  public static final class Builder extends ImmutableUpdateAddonEvent.Builder {
    Builder() {}
  }
}
