package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * A type of EKS Pod Identity association owned by an Amazon EKS add-on. Model shape
 * {@code AddonPodIdentityAssociations}.
 */
@Value.Immutable
@EksStyle
public abstract class AddonPodIdentityAssociation {
  AddonPodIdentityAssociation() {}

  /** The name of a Kubernetes Service Account ({@code serviceAccount}). */
  public abstract Optional<String> serviceAccount();

  /** The ARN of an IAM Role ({@code roleArn}). */
  public abstract Optional<String> roleArn();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AddonPodIdentityAssociation}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableAddonPodIdentityAssociation.Builder {
    Builder() {}
  }
}
