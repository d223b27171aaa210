package org.cloudtrail4j.eks;

import java.util.Map;
import org.cloudtrail4j.eks.internal.OpenEnums;
import org.cloudtrail4j.model.OpenEnum;

/**
 * The values of the EKS model's {@code UpdateType}. Open: a value a newer EKS writes is kept, not rejected, and
 * {@link #known()} is {@code UNRECOGNIZED} for it.
 */
public final class UpdateType extends OpenEnum<UpdateType.Known> {
  /** The values this version of the library knows, and {@code UNRECOGNIZED} for any other. */
  public enum Known {
    /** {@code VersionUpdate}. */
    VERSION_UPDATE("VersionUpdate"),
    /** {@code EndpointAccessUpdate}. */
    ENDPOINT_ACCESS_UPDATE("EndpointAccessUpdate"),
    /** {@code LoggingUpdate}. */
    LOGGING_UPDATE("LoggingUpdate"),
    /** {@code ConfigUpdate}. */
    CONFIG_UPDATE("ConfigUpdate"),
    /** {@code AssociateIdentityProviderConfig}. */
    ASSOCIATE_IDENTITY_PROVIDER_CONFIG("AssociateIdentityProviderConfig"),
    /** {@code DisassociateIdentityProviderConfig}. */
    DISASSOCIATE_IDENTITY_PROVIDER_CONFIG("DisassociateIdentityProviderConfig"),
    /** {@code AssociateEncryptionConfig}. */
    ASSOCIATE_ENCRYPTION_CONFIG("AssociateEncryptionConfig"),
    /** {@code AddonUpdate}. */
    ADDON_UPDATE("AddonUpdate"),
    /** {@code VpcConfigUpdate}. */
    VPC_CONFIG_UPDATE("VpcConfigUpdate"),
    /** {@code AccessConfigUpdate}. */
    ACCESS_CONFIG_UPDATE("AccessConfigUpdate"),
    /** {@code UpgradePolicyUpdate}. */
    UPGRADE_POLICY_UPDATE("UpgradePolicyUpdate"),
    /** {@code ZonalShiftConfigUpdate}. */
    ZONAL_SHIFT_CONFIG_UPDATE("ZonalShiftConfigUpdate"),
    /** {@code AutoModeUpdate}. */
    AUTO_MODE_UPDATE("AutoModeUpdate"),
    /** {@code RemoteNetworkConfigUpdate}. */
    REMOTE_NETWORK_CONFIG_UPDATE("RemoteNetworkConfigUpdate"),
    /** {@code DeletionProtectionUpdate}. */
    DELETION_PROTECTION_UPDATE("DeletionProtectionUpdate"),
    /** {@code CapabilityUpdate}. */
    CAPABILITY_UPDATE("CapabilityUpdate"),
    /** {@code ControlPlaneScalingConfigUpdate}. */
    CONTROL_PLANE_SCALING_CONFIG_UPDATE("ControlPlaneScalingConfigUpdate"),
    /** {@code VendedLogsUpdate}. */
    VENDED_LOGS_UPDATE("VendedLogsUpdate"),
    /** {@code ControlPlaneEgressUpdate}. */
    CONTROL_PLANE_EGRESS_UPDATE("ControlPlaneEgressUpdate"),
    /** {@code VersionRollback}. */
    VERSION_ROLLBACK("VersionRollback"),
    /** A value this version of the library does not know; see {@link UpdateType#value()}. */
    UNRECOGNIZED(null);

    private final String value;

    Known(String value) {
      this.value = value;
    }
  }

  private static final Map<String, UpdateType> KNOWN =
      OpenEnums.index(Known.values(), k -> k.value, UpdateType::new);

  private UpdateType(String value, Known known) {
    super(value, known);
  }

  /** The instance for {@code value}: a known one, or a new unrecognised one that keeps the string. */
  public static UpdateType of(String value) {
    return OpenEnums.of(KNOWN, value, v -> new UpdateType(v, Known.UNRECOGNIZED));
  }
}
