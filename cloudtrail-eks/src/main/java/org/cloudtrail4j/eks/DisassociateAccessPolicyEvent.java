package org.cloudtrail4j.eks;

import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.immutables.value.Value;

/**
 * An EKS {@code DisassociateAccessPolicy} call as CloudTrail records it: {@link #request()} reads its
 * {@code requestParameters}.
 */
@Value.Immutable
@EksStyle
public abstract non-sealed class DisassociateAccessPolicyEvent implements EksEvent {
  DisassociateAccessPolicyEvent() {}

  @Override
  public abstract CloudTrailEvent event();

  /** The request ({@code requestParameters}); every member is absent when the record has none. */
  public abstract DisassociateAccessPolicyRequest request();

  /** {@code DisassociateAccessPolicy}. */
  @Override
  public final EksOperation operation() {
    return EksOperation.of("DisassociateAccessPolicy");
  }

  @Override
  public final Optional<String> clusterName() {
    return request().name();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DisassociateAccessPolicyEvent}. Not thread-safe. */
  public static final class Builder extends ImmutableDisassociateAccessPolicyEvent.Builder {
    Builder() {}
  }
}
