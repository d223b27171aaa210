package org.cloudtrail4j.eks;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/** An Amazon EKS add-on. Model shape {@code Addon}. */
@Value.Immutable
@EksStyle
public abstract class Addon {
  Addon() {}

  /** The name of the add-on ({@code addonName}). */
  public abstract Optional<String> addonName();

  /** The name of your cluster ({@code clusterName}). */
  public abstract Optional<String> clusterName();

  /** The status of the add-on ({@code status}). */
  public abstract Optional<AddonStatus> status();

  /** The version of the add-on ({@code addonVersion}). */
  public abstract Optional<String> addonVersion();

  /** An object that represents the health of the add-on ({@code health}). */
  public abstract Optional<Health> health();

  /** The Amazon Resource Name (ARN) of the add-on ({@code addonArn}). */
  public abstract Optional<String> addonArn();

  /** The Unix epoch timestamp at object creation ({@code createdAt}). */
  public abstract Optional<Instant> createdAt();

  /** The Unix epoch timestamp for the last modification to the object ({@code modifiedAt}). */
  public abstract Optional<Instant> modifiedAt();

  /**
   * The Amazon Resource Name (ARN) of the IAM role that's bound to the Kubernetes {@code ServiceAccount} object that
   * the add-on uses ({@code serviceAccountRoleArn}).
   */
  public abstract Optional<String> serviceAccountRoleArn();

  /** Metadata that assists with categorization and organization ({@code tags}). */
  public abstract Map<String, String> tags();

  /** The publisher of the add-on ({@code publisher}). */
  public abstract Optional<String> publisher();

  /** The owner of the add-on ({@code owner}). */
  public abstract Optional<String> owner();

  /**
   * Information about an Amazon EKS add-on from the Amazon Web Services Marketplace ({@code marketplaceInformation}).
   */
  public abstract Optional<MarketplaceInformation> marketplaceInformation();

  /** The configuration values that you provided ({@code configurationValues}). */
  public abstract Optional<String> configurationValues();

  /** An array of EKS Pod Identity associations owned by the add-on ({@code podIdentityAssociations}). */
  public abstract List<String> podIdentityAssociations();

  /** The namespace configuration for the addon ({@code namespaceConfig}). */
  public abstract Optional<AddonNamespaceConfig> namespaceConfig();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Addon}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableAddon.Builder {
    Builder() {}
  }
}
