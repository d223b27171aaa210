package org.cloudtrail4j.eks;

import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.immutables.value.Value;

/**
 * An EKS {@code DisassociateIdentityProviderConfig} call as CloudTrail records it: {@link #request()} reads its
 * {@code requestParameters}, {@link #update()} its {@code responseElements}.
 */
@Value.Immutable
@EksStyle
public abstract non-sealed class DisassociateIdentityProviderConfigEvent implements EksEvent {
  DisassociateIdentityProviderConfigEvent() {}

  @Override
  public abstract CloudTrailEvent event();

  /** The request ({@code requestParameters}); every member is absent when the record has none. */
  public abstract DisassociateIdentityProviderConfigRequest request();

  /** The {@code update} of the response ({@code responseElements.update}); absent when the call failed. */
  public abstract Optional<Update> update();

  /** {@code DisassociateIdentityProviderConfig}. */
  @Override
  public final EksOperation operation() {
    return EksOperation.of("DisassociateIdentityProviderConfig");
  }

  @Override
  public final Optional<String> clusterName() {
    return request().name();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DisassociateIdentityProviderConfigEvent}. Not thread-safe. */
  public static final class Builder extends ImmutableDisassociateIdentityProviderConfigEvent.Builder {
    Builder() {}
  }
}
