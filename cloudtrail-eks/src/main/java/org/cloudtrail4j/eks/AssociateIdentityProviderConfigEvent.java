package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.immutables.value.Value;

/**
 * An EKS {@code AssociateIdentityProviderConfig} call as CloudTrail records it: {@link #request()} reads its
 * {@code requestParameters}, {@link #update()}, {@link #tags()} its {@code responseElements}.
 */
@Value.Immutable
@EksStyle
public abstract non-sealed class AssociateIdentityProviderConfigEvent implements EksEvent {
  AssociateIdentityProviderConfigEvent() {}

  @Override
  public abstract CloudTrailEvent event();

  /** The request ({@code requestParameters}); every member is absent when the record has none. */
  public abstract AssociateIdentityProviderConfigRequest request();

  /** The {@code update} of the response ({@code responseElements.update}); absent when the call failed. */
  public abstract Optional<Update> update();

  /** The tags for the resource ({@code responseElements.tags}); empty when the call failed. */
  public abstract Map<String, String> tags();

  /** {@code AssociateIdentityProviderConfig}. */
  @Override
  public final EksOperation operation() {
    return EksOperation.of("AssociateIdentityProviderConfig");
  }

  @Override
  public final Optional<String> clusterName() {
    return request().name();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AssociateIdentityProviderConfigEvent}. Not thread-safe. */
  public static final class Builder extends ImmutableAssociateIdentityProviderConfigEvent.Builder {
    Builder() {}
  }
}
