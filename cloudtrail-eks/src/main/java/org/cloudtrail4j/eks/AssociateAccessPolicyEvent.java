package org.cloudtrail4j.eks;

import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.immutables.value.Value;

/**
 * An EKS {@code AssociateAccessPolicy} call as CloudTrail records it: {@link #request()} reads its
 * {@code requestParameters}, {@link #associatedAccessPolicy()} its {@code responseElements}.
 */
@Value.Immutable
@EksStyle
public abstract non-sealed class AssociateAccessPolicyEvent implements EksEvent {
  AssociateAccessPolicyEvent() {}

  @Override
  public abstract CloudTrailEvent event();

  /** The request ({@code requestParameters}); every member is absent when the record has none. */
  public abstract AssociateAccessPolicyRequest request();

  /**
   * The {@code AccessPolicy} and scope associated to the {@code AccessEntry}
   * ({@code responseElements.associatedAccessPolicy}); absent when the call failed.
   */
  public abstract Optional<AssociatedAccessPolicy> associatedAccessPolicy();

  /** {@code AssociateAccessPolicy}. */
  @Override
  public final EksOperation operation() {
    return EksOperation.of("AssociateAccessPolicy");
  }

  @Override
  public final Optional<String> clusterName() {
    return request().name();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AssociateAccessPolicyEvent}. Not thread-safe. */
  public static final class Builder extends ImmutableAssociateAccessPolicyEvent.Builder {
    Builder() {}
  }
}
