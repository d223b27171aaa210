package org.cloudtrail4j.eks;

import java.util.Map;
import org.cloudtrail4j.eks.internal.OpenEnums;
import org.cloudtrail4j.model.OpenEnum;

/**
 * The values of the EKS model's {@code UpdateParamType}. Open: a value a newer EKS writes is kept, not rejected, and
 * {@link #known()} is {@code UNRECOGNIZED} for it.
 */
public final class UpdateParamType extends OpenEnum<UpdateParamType.Known> {
  /** The values this version of the library knows, and {@code UNRECOGNIZED} for any other. */
  public enum Known {
    /** {@code Version}. */
    VERSION("Version"),
    /** {@code PlatformVersion}. */
    PLATFORM_VERSION("PlatformVersion"),
    /** {@code EndpointPrivateAccess}. */
    ENDPOINT_PRIVATE_ACCESS("EndpointPrivateAccess"),
    /** {@code EndpointPublicAccess}. */
    ENDPOINT_PUBLIC_ACCESS("EndpointPublicAccess"),
    /** {@code ClusterLogging}. */
    CLUSTER_LOGGING("ClusterLogging"),
    /** {@code DesiredSize}. */
    DESIRED_SIZE("DesiredSize"),
    /** {@code LabelsToAdd}. */
    LABELS_TO_ADD("LabelsToAdd"),
    /** {@code LabelsToRemove}. */
    LABELS_TO_REMOVE("LabelsToRemove"),
    /** {@code TaintsToAdd}. */
    TAINTS_TO_ADD("TaintsToAdd"),
    /** {@code TaintsToRemove}. */
    TAINTS_TO_REMOVE("TaintsToRemove"),
    /** {@code MaxSize}. */
    MAX_SIZE("MaxSize"),
    /** {@code MinSize}. */
    MIN_SIZE("MinSize"),
    /** {@code ReleaseVersion}. */
    RELEASE_VERSION("ReleaseVersion"),
    /** {@code PublicAccessCidrs}. */
    PUBLIC_ACCESS_CIDRS("PublicAccessCidrs"),
    /** {@code LaunchTemplateName}. */
    LAUNCH_TEMPLATE_NAME("LaunchTemplateName"),
    /** {@code LaunchTemplateVersion}. */
    LAUNCH_TEMPLATE_VERSION("LaunchTemplateVersion"),
    /** {@code IdentityProviderConfig}. */
    IDENTITY_PROVIDER_CONFIG("IdentityProviderConfig"),
    /** {@code EncryptionConfig}. */
    ENCRYPTION_CONFIG("EncryptionConfig"),
    /** {@code AddonVersion}. */
    ADDON_VERSION("AddonVersion"),
    /** {@code ServiceAccountRoleArn}. */
    SERVICE_ACCOUNT_ROLE_ARN("ServiceAccountRoleArn"),
    /** {@code ResolveConflicts}. */
    RESOLVE_CONFLICTS("ResolveConflicts"),
    /** {@code MaxUnavailable}. */
    MAX_UNAVAILABLE("MaxUnavailable"),
    /** {@code MaxUnavailablePercentage}. */
    MAX_UNAVAILABLE_PERCENTAGE("MaxUnavailablePercentage"),
    /** {@code NodeRepairEnabled}. */
    NODE_REPAIR_ENABLED("NodeRepairEnabled"),
    /** {@code UpdateStrategy}. */
    UPDATE_STRATEGY("UpdateStrategy"),
    /** {@code ConfigurationValues}. */
    CONFIGURATION_VALUES("ConfigurationValues"),
    /** {@code SecurityGroups}. */
    SECURITY_GROUPS("SecurityGroups"),
    /** {@code Subnets}. */
    SUBNETS("Subnets"),
    /** {@code AuthenticationMode}. */
    AUTHENTICATION_MODE("AuthenticationMode"),
    /** {@code PodIdentityAssociations}. */
    POD_IDENTITY_ASSOCIATIONS("PodIdentityAssociations"),
    /** {@code UpgradePolicy}. */
    UPGRADE_POLICY("UpgradePolicy"),
    /** {@code ZonalShiftConfig}. */
    ZONAL_SHIFT_CONFIG("ZonalShiftConfig"),
    /** {@code ComputeConfig}. */
    COMPUTE_CONFIG("ComputeConfig"),
    /** {@code StorageConfig}. */
    STORAGE_CONFIG("StorageConfig"),
    /** {@code KubernetesNetworkConfig}. */
    KUBERNETES_NETWORK_CONFIG("KubernetesNetworkConfig"),
    /** {@code RemoteNetworkConfig}. */
    REMOTE_NETWORK_CONFIG("RemoteNetworkConfig"),
    /** {@code DeletionProtection}. */
    DELETION_PROTECTION("DeletionProtection"),
    /** {@code NodeRepairConfig}. */
    NODE_REPAIR_CONFIG("NodeRepairConfig"),
    /** {@code RoleArn}. */
    ROLE_ARN("RoleArn"),
    /** {@code RoleMappingsToAddOrUpdate}. */
    ROLE_MAPPINGS_TO_ADD_OR_UPDATE("RoleMappingsToAddOrUpdate"),
    /** {@code RoleMappingsToRemove}. */
    ROLE_MAPPINGS_TO_REMOVE("RoleMappingsToRemove"),
    /** {@code NetworkAccess}. */
    NETWORK_ACCESS("NetworkAccess"),
    /** {@code VendedLogs}. */
    VENDED_LOGS("VendedLogs"),
    /** {@code UpdatedTier}. */
    UPDATED_TIER("UpdatedTier"),
    /** {@code PreviousTier}. */
    PREVIOUS_TIER("PreviousTier"),
    /** {@code WarmPoolEnabled}. */
    WARM_POOL_ENABLED("WarmPoolEnabled"),
    /** {@code WarmPoolMaxGroupPreparedCapacity}. */
    WARM_POOL_MAX_GROUP_PREPARED_CAPACITY("WarmPoolMaxGroupPreparedCapacity"),
    /** {@code WarmPoolMinSize}. */
    WARM_POOL_MIN_SIZE("WarmPoolMinSize"),
    /** {@code WarmPoolState}. */
    WARM_POOL_STATE("WarmPoolState"),
    /** {@code WarmPoolReuseOnScaleIn}. */
    WARM_POOL_REUSE_ON_SCALE_IN("WarmPoolReuseOnScaleIn"),
    /** {@code ControlPlaneEgressMode}. */
    CONTROL_PLANE_EGRESS_MODE("ControlPlaneEgressMode"),
    /** A value this version of the library does not know; see {@link UpdateParamType#value()}. */
    UNRECOGNIZED(null);

    private final String value;

    Known(String value) {
      this.value = value;
    }
  }

  private static final Map<String, UpdateParamType> KNOWN =
      OpenEnums.index(Known.values(), k -> k.value, UpdateParamType::new);

  private UpdateParamType(String value, Known known) {
    super(value, known);
  }

  /** The instance for {@code value}: a known one, or a new unrecognised one that keeps the string. */
  public static UpdateParamType of(String value) {
    return OpenEnums.of(KNOWN, value, v -> new UpdateParamType(v, Known.UNRECOGNIZED));
  }
}
