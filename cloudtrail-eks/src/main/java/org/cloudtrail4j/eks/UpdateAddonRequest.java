package org.cloudtrail4j.eks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * The {@code requestParameters} of an EKS {@code UpdateAddon} call, member by member with the names CloudTrail
 * records (model shape {@code UpdateAddonRequest}). Members the record does not have are absent.
 */
@Value.Immutable
@EksStyle
public abstract class UpdateAddonRequest {
  UpdateAddonRequest() {}

  /** The name of your cluster. Percent-decoded: CloudTrail records this path label URL-encoded ({@code name}). */
  public abstract Optional<String> name();

  /** The name of the add-on. Percent-decoded: CloudTrail records this path label URL-encoded ({@code addonName}). */
  public abstract Optional<String> addonName();

  /** The version of the add-on ({@code addonVersion}). */
  public abstract Optional<String> addonVersion();

  /**
   * The Amazon Resource Name (ARN) of an existing IAM role to bind to the add-on's service account
   * ({@code serviceAccountRoleArn}).
   */
  public abstract Optional<String> serviceAccountRoleArn();

  /**
   * How to resolve field value conflicts for an Amazon EKS add-on if you've changed a value from the Amazon EKS
   * default value ({@code resolveConflicts}).
   */
  public abstract Optional<ResolveConflicts> resolveConflicts();

  /**
   * A unique, case-sensitive identifier that you provide to ensure the idempotency of the request
   * ({@code clientRequestToken}).
   */
  public abstract Optional<String> clientRequestToken();

  /** The set of configuration values for the add-on that's created ({@code configurationValues}). */
  public abstract Optional<String> configurationValues();

  /** An array of EKS Pod Identity associations to be updated ({@code podIdentityAssociations}). */
  public abstract List<AddonPodIdentityAssociation> podIdentityAssociations();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UpdateAddonRequest}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableUpdateAddonRequest.Builder {
    Builder() {}
  }
}
