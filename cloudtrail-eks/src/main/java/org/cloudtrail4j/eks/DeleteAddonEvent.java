package org.cloudtrail4j.eks;

import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.immutables.value.Value;

/**
 * An EKS {@code DeleteAddon} call as CloudTrail records it: {@link #request()} reads its {@code requestParameters},
 * {@link #addon()} its {@code responseElements}.
 */
@Value.Immutable
@EksStyle
public abstract non-sealed class DeleteAddonEvent implements EksEvent {
  DeleteAddonEvent() {}

  @Override
  public abstract CloudTrailEvent event();

  /** The request ({@code requestParameters}); every member is absent when the record has none. */
  public abstract DeleteAddonRequest request();

  /** The {@code addon} of the response ({@code responseElements.addon}); absent when the call failed. */
  public abstract Optional<Addon> addon();

  /** {@code DeleteAddon}. */
  @Override
  public final EksOperation operation() {
    return EksOperation.of("DeleteAddon");
  }

  @Override
  public final Optional<String> clusterName() {
    return request().name();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeleteAddonEvent}. Not thread-safe. */
  public static final class Builder extends ImmutableDeleteAddonEvent.Builder {
    Builder() {}
  }
}
