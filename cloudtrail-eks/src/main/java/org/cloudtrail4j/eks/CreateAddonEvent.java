package org.cloudtrail4j.eks;

import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.immutables.value.Value;

/**
 * An EKS {@code CreateAddon} call as CloudTrail records it: {@link #request()} reads its {@code requestParameters},
 * {@link #addon()} its {@code responseElements}.
 */
@Value.Immutable
@EksStyle
public abstract non-sealed class CreateAddonEvent implements EksEvent {
  CreateAddonEvent() {}

  @Override
  public abstract CloudTrailEvent event();

  /** The request ({@code requestParameters}); every member is absent when the record has none. */
  public abstract CreateAddonRequest request();

  /** The {@code addon} of the response ({@code responseElements.addon}); absent when the call failed. */
  public abstract Optional<Addon> addon();

  /** {@code CreateAddon}. */
  @Override
  public final EksOperation operation() {
    return EksOperation.of("CreateAddon");
  }

  @Override
  public final Optional<String> clusterName() {
    return request().name();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreateAddonEvent}. Not thread-safe. */
  public static final class Builder extends ImmutableCreateAddonEvent.Builder {
    Builder() {}
  }
}
