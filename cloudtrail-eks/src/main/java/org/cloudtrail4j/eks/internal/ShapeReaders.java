package org.cloudtrail4j.eks.internal;

import org.cloudtrail4j.eks.AccessConfig;
import org.cloudtrail4j.eks.AccessEntry;
import org.cloudtrail4j.eks.AccessScope;
import org.cloudtrail4j.eks.AccessScopeType;
import org.cloudtrail4j.eks.Addon;
import org.cloudtrail4j.eks.AddonNamespaceConfig;
import org.cloudtrail4j.eks.AddonPodIdentityAssociation;
import org.cloudtrail4j.eks.AddonStatus;
import org.cloudtrail4j.eks.AmiType;
import org.cloudtrail4j.eks.AssociateAccessPolicyRequest;
import org.cloudtrail4j.eks.AssociateEncryptionConfigRequest;
import org.cloudtrail4j.eks.AssociateIdentityProviderConfigRequest;
import org.cloudtrail4j.eks.AssociatedAccessPolicy;
import org.cloudtrail4j.eks.AuthenticationMode;
import org.cloudtrail4j.eks.AutoScalingGroup;
import org.cloudtrail4j.eks.BlockStorage;
import org.cloudtrail4j.eks.Cancellation;
import org.cloudtrail4j.eks.CancellationStatus;
import org.cloudtrail4j.eks.CapacityType;
import org.cloudtrail4j.eks.Certificate;
import org.cloudtrail4j.eks.Cluster;
import org.cloudtrail4j.eks.ClusterIdentity;
import org.cloudtrail4j.eks.ClusterStatus;
import org.cloudtrail4j.eks.ComputeConfig;
import org.cloudtrail4j.eks.ConnectorConfig;
import org.cloudtrail4j.eks.ControlPlaneEgressMode;
import org.cloudtrail4j.eks.ControlPlanePlacement;
import org.cloudtrail4j.eks.ControlPlaneScalingConfig;
import org.cloudtrail4j.eks.CreateAccessEntryRequest;
import org.cloudtrail4j.eks.CreateAddonRequest;
import org.cloudtrail4j.eks.CreateClusterRequest;
import org.cloudtrail4j.eks.CreateFargateProfileRequest;
import org.cloudtrail4j.eks.CreateNodegroupRequest;
import org.cloudtrail4j.eks.CreatePodIdentityAssociationRequest;
import org.cloudtrail4j.eks.DeleteAccessEntryRequest;
import org.cloudtrail4j.eks.DeleteAddonRequest;
import org.cloudtrail4j.eks.DeleteClusterRequest;
import org.cloudtrail4j.eks.DeleteFargateProfileRequest;
import org.cloudtrail4j.eks.DeleteNodegroupRequest;
import org.cloudtrail4j.eks.DeletePodIdentityAssociationRequest;
import org.cloudtrail4j.eks.DisassociateAccessPolicyRequest;
import org.cloudtrail4j.eks.DisassociateIdentityProviderConfigRequest;
import org.cloudtrail4j.eks.ElasticLoadBalancing;
import org.cloudtrail4j.eks.EncryptionConfig;
import org.cloudtrail4j.eks.ErrorDetail;
import org.cloudtrail4j.eks.EtcdPlacement;
import org.cloudtrail4j.eks.FargateProfile;
import org.cloudtrail4j.eks.FargateProfileSelector;
import org.cloudtrail4j.eks.FargateProfileStatus;
import org.cloudtrail4j.eks.Health;
import org.cloudtrail4j.eks.HealthIssue;
import org.cloudtrail4j.eks.IdentityProviderConfig;
import org.cloudtrail4j.eks.IpFamily;
import org.cloudtrail4j.eks.KubernetesNetworkConfig;
import org.cloudtrail4j.eks.LaunchTemplateSpecification;
import org.cloudtrail4j.eks.LogSetup;
import org.cloudtrail4j.eks.LogType;
import org.cloudtrail4j.eks.Logging;
import org.cloudtrail4j.eks.MarketplaceInformation;
import org.cloudtrail4j.eks.NodeRepairConfig;
import org.cloudtrail4j.eks.NodeRepairConfigOverride;
import org.cloudtrail4j.eks.Nodegroup;
import org.cloudtrail4j.eks.NodegroupResources;
import org.cloudtrail4j.eks.NodegroupScalingConfig;
import org.cloudtrail4j.eks.NodegroupStatus;
import org.cloudtrail4j.eks.NodegroupUpdateConfig;
import org.cloudtrail4j.eks.NodegroupUpdateStrategy;
import org.cloudtrail4j.eks.Oidc;
import org.cloudtrail4j.eks.OidcIdentityProviderConfig;
import org.cloudtrail4j.eks.OutpostConfig;
import org.cloudtrail4j.eks.PodIdentityAssociation;
import org.cloudtrail4j.eks.Provider;
import org.cloudtrail4j.eks.ProvisionedControlPlaneTier;
import org.cloudtrail4j.eks.RemoteAccessConfig;
import org.cloudtrail4j.eks.RemoteNetwork;
import org.cloudtrail4j.eks.RemoteNetworkConfig;
import org.cloudtrail4j.eks.RepairAction;
import org.cloudtrail4j.eks.ResolveConflicts;
import org.cloudtrail4j.eks.RollbackConfig;
import org.cloudtrail4j.eks.SpreadLevel;
import org.cloudtrail4j.eks.StorageConfig;
import org.cloudtrail4j.eks.SupportType;
import org.cloudtrail4j.eks.TagResourceRequest;
import org.cloudtrail4j.eks.Taint;
import org.cloudtrail4j.eks.TaintEffect;
import org.cloudtrail4j.eks.UntagResourceRequest;
import org.cloudtrail4j.eks.Update;
import org.cloudtrail4j.eks.UpdateAccessEntryRequest;
import org.cloudtrail4j.eks.UpdateAddonRequest;
import org.cloudtrail4j.eks.UpdateClusterConfigRequest;
import org.cloudtrail4j.eks.UpdateClusterVersionRequest;
import org.cloudtrail4j.eks.UpdateLabelsPayload;
import org.cloudtrail4j.eks.UpdateNodegroupConfigRequest;
import org.cloudtrail4j.eks.UpdateNodegroupVersionRequest;
import org.cloudtrail4j.eks.UpdateParam;
import org.cloudtrail4j.eks.UpdateParamType;
import org.cloudtrail4j.eks.UpdatePodIdentityAssociationRequest;
import org.cloudtrail4j.eks.UpdateStatus;
import org.cloudtrail4j.eks.UpdateTaintsPayload;
import org.cloudtrail4j.eks.UpdateType;
import org.cloudtrail4j.eks.UpgradePolicy;
import org.cloudtrail4j.eks.VpcConfig;
import org.cloudtrail4j.eks.WarmPoolConfig;
import org.cloudtrail4j.eks.WarmPoolState;
import org.cloudtrail4j.eks.ZonalShiftConfig;
import org.cloudtrail4j.model.json.JsonValue;

/**
 * Reads the EKS request and response shapes from the JSON CloudTrail recorded, one method per shape, member by member
 * with {@link Members}: what a method does not take ends up in the shape's {@code unknownFields()}.
 */
public final class ShapeReaders {
  private ShapeReaders() {}

  /** Reads a {@link AccessConfig}. */
  public static AccessConfig accessConfig(JsonValue v) {
    Members m = Members.of(v);
    return AccessConfig.builder()
        .bootstrapClusterCreatorAdminPermissions(m.bool("bootstrapClusterCreatorAdminPermissions"))
        .authenticationMode(m.enumValue("authenticationMode", AuthenticationMode::of))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link AccessEntry}. */
  public static AccessEntry accessEntry(JsonValue v) {
    Members m = Members.of(v);
    return AccessEntry.builder()
        .clusterName(m.string("clusterName"))
        .principalArn(m.string("principalArn"))
        .kubernetesGroups(m.strings("kubernetesGroups"))
        .accessEntryArn(m.string("accessEntryArn"))
        .createdAt(m.instant("createdAt"))
        .modifiedAt(m.instant("modifiedAt"))
        .tags(m.stringMap("tags"))
        .username(m.string("username"))
        .type(m.string("type"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link AccessScope}. */
  public static AccessScope accessScope(JsonValue v) {
    Members m = Members.of(v);
    return AccessScope.builder()
        .type(m.enumValue("type", AccessScopeType::of))
        .namespaces(m.strings("namespaces"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link Addon}. */
  public static Addon addon(JsonValue v) {
    Members m = Members.of(v);
    return Addon.builder()
        .addonName(m.string("addonName"))
        .clusterName(m.string("clusterName"))
        .status(m.enumValue("status", AddonStatus::of))
        .addonVersion(m.string("addonVersion"))
        .health(m.object("health", ShapeReaders::health))
        .addonArn(m.string("addonArn"))
        .createdAt(m.instant("createdAt"))
        .modifiedAt(m.instant("modifiedAt"))
        .serviceAccountRoleArn(m.string("serviceAccountRoleArn"))
        .tags(m.stringMap("tags"))
        .publisher(m.string("publisher"))
        .owner(m.string("owner"))
        .marketplaceInformation(m.object("marketplaceInformation", ShapeReaders::marketplaceInformation))
        .configurationValues(m.string("configurationValues"))
        .podIdentityAssociations(m.strings("podIdentityAssociations"))
        .namespaceConfig(m.object("namespaceConfig", ShapeReaders::addonNamespaceConfig))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link AddonNamespaceConfig}. */
  public static AddonNamespaceConfig addonNamespaceConfig(JsonValue v) {
    Members m = Members.of(v);
    return AddonNamespaceConfig.builder()
        .namespace(m.string("namespace"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link AddonPodIdentityAssociation}. */
  public static AddonPodIdentityAssociation addonPodIdentityAssociation(JsonValue v) {
    Members m = Members.of(v);
    return AddonPodIdentityAssociation.builder()
        .serviceAccount(m.string("serviceAccount"))
        .roleArn(m.string("roleArn"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link AssociateAccessPolicyRequest}. */
  public static AssociateAccessPolicyRequest associateAccessPolicyRequest(JsonValue v) {
    Members m = Members.of(v);
    return AssociateAccessPolicyRequest.builder()
        .name(m.pathLabel("name"))
        .principalArn(m.pathLabel("principalArn"))
        .policyArn(m.string("policyArn"))
        .accessScope(m.object("accessScope", ShapeReaders::accessScope))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link AssociateEncryptionConfigRequest}. */
  public static AssociateEncryptionConfigRequest associateEncryptionConfigRequest(JsonValue v) {
    Members m = Members.of(v);
    return AssociateEncryptionConfigRequest.builder()
        .name(m.pathLabel("name"))
        .encryptionConfig(m.objects("encryptionConfig", ShapeReaders::encryptionConfig))
        .clientRequestToken(m.string("clientRequestToken"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link AssociateIdentityProviderConfigRequest}. */
  public static AssociateIdentityProviderConfigRequest associateIdentityProviderConfigRequest(JsonValue v) {
    Members m = Members.of(v);
    return AssociateIdentityProviderConfigRequest.builder()
        .name(m.pathLabel("name"))
        .oidc(m.object("oidc", ShapeReaders::oidcIdentityProviderConfig))
        .tags(m.stringMap("tags"))
        .clientRequestToken(m.string("clientRequestToken"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link AssociatedAccessPolicy}. */
  public static AssociatedAccessPolicy associatedAccessPolicy(JsonValue v) {
    Members m = Members.of(v);
    return AssociatedAccessPolicy.builder()
        .policyArn(m.string("policyArn"))
        .accessScope(m.object("accessScope", ShapeReaders::accessScope))
        .associatedAt(m.instant("associatedAt"))
        .modifiedAt(m.instant("modifiedAt"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link AutoScalingGroup}. */
  public static AutoScalingGroup autoScalingGroup(JsonValue v) {
    Members m = Members.of(v);
    return AutoScalingGroup.builder()
        .name(m.string("name"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link BlockStorage}. */
  public static BlockStorage blockStorage(JsonValue v) {
    Members m = Members.of(v);
    return BlockStorage.builder()
        .enabled(m.bool("enabled"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link Cancellation}. */
  public static Cancellation cancellation(JsonValue v) {
    Members m = Members.of(v);
    return Cancellation.builder()
        .status(m.enumValue("status", CancellationStatus::of))
        .reason(m.string("reason"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link Certificate}. */
  public static Certificate certificate(JsonValue v) {
    Members m = Members.of(v);
    return Certificate.builder()
        .data(m.string("data"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link Cluster}. */
  public static Cluster cluster(JsonValue v) {
    Members m = Members.of(v);
    return Cluster.builder()
        .name(m.string("name").or(() -> m.string("clusterName")))
        .arn(m.string("arn"))
        .createdAt(m.instant("createdAt"))
        .version(m.string("version"))
        .endpoint(m.string("endpoint"))
        .roleArn(m.string("roleArn"))
        .resourcesVpcConfig(m.object("resourcesVpcConfig", ShapeReaders::vpcConfig))
        .kubernetesNetworkConfig(m.object("kubernetesNetworkConfig", ShapeReaders::kubernetesNetworkConfig))
        .logging(m.object("logging", ShapeReaders::logging))
        .identity(m.object("identity", ShapeReaders::clusterIdentity))
        .status(m.enumValue("status", ClusterStatus::of))
        .certificateAuthority(m.object("certificateAuthority", ShapeReaders::certificate))
        .clientRequestToken(m.string("clientRequestToken"))
        .platformVersion(m.string("platformVersion"))
        .tags(m.stringMap("tags"))
        .encryptionConfig(m.objects("encryptionConfig", ShapeReaders::encryptionConfig))
        .connectorConfig(m.object("connectorConfig", ShapeReaders::connectorConfig))
        .id(m.string("id"))
        .health(m.object("health", ShapeReaders::health))
        .outpostConfig(m.object("outpostConfig", ShapeReaders::outpostConfig))
        .accessConfig(m.object("accessConfig", ShapeReaders::accessConfig))
        .upgradePolicy(m.object("upgradePolicy", ShapeReaders::upgradePolicy))
        .zonalShiftConfig(m.object("zonalShiftConfig", ShapeReaders::zonalShiftConfig))
        .remoteNetworkConfig(m.object("remoteNetworkConfig", ShapeReaders::remoteNetworkConfig))
        .computeConfig(m.object("computeConfig", ShapeReaders::computeConfig))
        .storageConfig(m.object("storageConfig", ShapeReaders::storageConfig))
        .deletionProtection(m.bool("deletionProtection"))
        .controlPlaneScalingConfig(m.object("controlPlaneScalingConfig", ShapeReaders::controlPlaneScalingConfig))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link ClusterIdentity}. */
  public static ClusterIdentity clusterIdentity(JsonValue v) {
    Members m = Members.of(v);
    return ClusterIdentity.builder()
        .oidc(m.object("oidc", ShapeReaders::oidc))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link ComputeConfig}. */
  public static ComputeConfig computeConfig(JsonValue v) {
    Members m = Members.of(v);
    return ComputeConfig.builder()
        .enabled(m.bool("enabled"))
        .nodePools(m.strings("nodePools"))
        .nodeRoleArn(m.string("nodeRoleArn"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link ConnectorConfig}. */
  public static ConnectorConfig connectorConfig(JsonValue v) {
    Members m = Members.of(v);
    return ConnectorConfig.builder()
        .activationId(m.string("activationId"))
        .activationCode(m.string("activationCode"))
        .activationExpiry(m.instant("activationExpiry"))
        .provider(m.string("provider"))
        .roleArn(m.string("roleArn"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link ControlPlanePlacement}. */
  public static ControlPlanePlacement controlPlanePlacement(JsonValue v) {
    Members m = Members.of(v);
    return ControlPlanePlacement.builder()
        .groupName(m.string("groupName"))
        .spreadLevel(m.enumValue("spreadLevel", SpreadLevel::of))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link ControlPlaneScalingConfig}. */
  public static ControlPlaneScalingConfig controlPlaneScalingConfig(JsonValue v) {
    Members m = Members.of(v);
    return ControlPlaneScalingConfig.builder()
        .tier(m.enumValue("tier", ProvisionedControlPlaneTier::of))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link CreateAccessEntryRequest}. */
  public static CreateAccessEntryRequest createAccessEntryRequest(JsonValue v) {
    Members m = Members.of(v);
    return CreateAccessEntryRequest.builder()
        .name(m.pathLabel("name"))
        .principalArn(m.string("principalArn"))
        .kubernetesGroups(m.strings("kubernetesGroups"))
        .tags(m.stringMap("tags"))
        .clientRequestToken(m.string("clientRequestToken"))
        .username(m.string("username"))
        .type(m.string("type"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link CreateAddonRequest}. */
  public static CreateAddonRequest createAddonRequest(JsonValue v) {
    Members m = Members.of(v);
    return CreateAddonRequest.builder()
        .name(m.pathLabel("name"))
        .addonName(m.string("addonName"))
        .addonVersion(m.string("addonVersion"))
        .serviceAccountRoleArn(m.string("serviceAccountRoleArn"))
        .resolveConflicts(m.enumValue("resolveConflicts", ResolveConflicts::of))
        .clientRequestToken(m.string("clientRequestToken"))
        .tags(m.stringMap("tags"))
        .configurationValues(m.string("configurationValues"))
        .podIdentityAssociations(m.objects("podIdentityAssociations", ShapeReaders::addonPodIdentityAssociation))
        .namespaceConfig(m.object("namespaceConfig", ShapeReaders::addonNamespaceConfig))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link CreateClusterRequest}. */
  public static CreateClusterRequest createClusterRequest(JsonValue v) {
    Members m = Members.of(v);
    return CreateClusterRequest.builder()
        .name(m.string("name").or(() -> m.string("clusterName")))
        .version(m.string("version"))
        .roleArn(m.string("roleArn"))
        .resourcesVpcConfig(m.object("resourcesVpcConfig", ShapeReaders::vpcConfig))
        .kubernetesNetworkConfig(m.object("kubernetesNetworkConfig", ShapeReaders::kubernetesNetworkConfig))
        .logging(m.object("logging", ShapeReaders::logging))
        .clientRequestToken(m.string("clientRequestToken"))
        .tags(m.stringMap("tags"))
        .encryptionConfig(m.objects("encryptionConfig", ShapeReaders::encryptionConfig))
        .outpostConfig(m.object("outpostConfig", ShapeReaders::outpostConfig))
        .accessConfig(m.object("accessConfig", ShapeReaders::accessConfig))
        .bootstrapSelfManagedAddons(m.bool("bootstrapSelfManagedAddons"))
        .upgradePolicy(m.object("upgradePolicy", ShapeReaders::upgradePolicy))
        .zonalShiftConfig(m.object("zonalShiftConfig", ShapeReaders::zonalShiftConfig))
        .remoteNetworkConfig(m.object("remoteNetworkConfig", ShapeReaders::remoteNetworkConfig))
        .computeConfig(m.object("computeConfig", ShapeReaders::computeConfig))
        .storageConfig(m.object("storageConfig", ShapeReaders::storageConfig))
        .deletionProtection(m.bool("deletionProtection"))
        .controlPlaneScalingConfig(m.object("controlPlaneScalingConfig", ShapeReaders::controlPlaneScalingConfig))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link CreateFargateProfileRequest}. */
  public static CreateFargateProfileRequest createFargateProfileRequest(JsonValue v) {
    Members m = Members.of(v);
    return CreateFargateProfileRequest.builder()
        .fargateProfileName(m.string("fargateProfileName"))
        .name(m.pathLabel("name"))
        .podExecutionRoleArn(m.string("podExecutionRoleArn"))
        .subnets(m.strings("subnets"))
        .selectors(m.objects("selectors", ShapeReaders::fargateProfileSelector))
        .clientRequestToken(m.string("clientRequestToken"))
        .tags(m.stringMap("tags"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link CreateNodegroupRequest}. */
  public static CreateNodegroupRequest createNodegroupRequest(JsonValue v) {
    Members m = Members.of(v);
    return CreateNodegroupRequest.builder()
        .name(m.pathLabel("name"))
        .nodegroupName(m.string("nodegroupName"))
        .scalingConfig(m.object("scalingConfig", ShapeReaders::nodegroupScalingConfig))
        .diskSize(m.integer("diskSize"))
        .subnets(m.strings("subnets"))
        .instanceTypes(m.strings("instanceTypes"))
        .amiType(m.enumValue("amiType", AmiType::of))
        .remoteAccess(m.object("remoteAccess", ShapeReaders::remoteAccessConfig))
        .nodeRole(m.string("nodeRole"))
        .labels(m.stringMap("labels"))
        .taints(m.objects("taints", ShapeReaders::taint))
        .tags(m.stringMap("tags"))
        .clientRequestToken(m.string("clientRequestToken"))
        .launchTemplate(m.object("launchTemplate", ShapeReaders::launchTemplateSpecification))
        .updateConfig(m.object("updateConfig", ShapeReaders::nodegroupUpdateConfig))
        .nodeRepairConfig(m.object("nodeRepairConfig", ShapeReaders::nodeRepairConfig))
        .capacityType(m.enumValue("capacityType", CapacityType::of))
        .version(m.string("version"))
        .releaseVersion(m.string("releaseVersion"))
        .warmPoolConfig(m.object("warmPoolConfig", ShapeReaders::warmPoolConfig))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link CreatePodIdentityAssociationRequest}. */
  public static CreatePodIdentityAssociationRequest createPodIdentityAssociationRequest(JsonValue v) {
    Members m = Members.of(v);
    return CreatePodIdentityAssociationRequest.builder()
        .name(m.pathLabel("name"))
        .namespace(m.string("namespace"))
        .serviceAccount(m.string("serviceAccount"))
        .roleArn(m.string("roleArn"))
        .clientRequestToken(m.string("clientRequestToken"))
        .tags(m.stringMap("tags"))
        .disableSessionTags(m.bool("disableSessionTags"))
        .targetRoleArn(m.string("targetRoleArn"))
        .policy(m.string("policy"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link DeleteAccessEntryRequest}. */
  public static DeleteAccessEntryRequest deleteAccessEntryRequest(JsonValue v) {
    Members m = Members.of(v);
    return DeleteAccessEntryRequest.builder()
        .name(m.pathLabel("name"))
        .principalArn(m.pathLabel("principalArn"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link DeleteAddonRequest}. */
  public static DeleteAddonRequest deleteAddonRequest(JsonValue v) {
    Members m = Members.of(v);
    return DeleteAddonRequest.builder()
        .name(m.pathLabel("name"))
        .addonName(m.pathLabel("addonName"))
        .preserve(m.bool("preserve"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link DeleteClusterRequest}. */
  public static DeleteClusterRequest deleteClusterRequest(JsonValue v) {
    Members m = Members.of(v);
    return DeleteClusterRequest.builder()
        .name(m.pathLabel("name"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link DeleteFargateProfileRequest}. */
  public static DeleteFargateProfileRequest deleteFargateProfileRequest(JsonValue v) {
    Members m = Members.of(v);
    return DeleteFargateProfileRequest.builder()
        .name(m.pathLabel("name"))
        .fargateProfileName(m.pathLabel("fargateProfileName"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link DeleteNodegroupRequest}. */
  public static DeleteNodegroupRequest deleteNodegroupRequest(JsonValue v) {
    Members m = Members.of(v);
    return DeleteNodegroupRequest.builder()
        .name(m.pathLabel("name"))
        .nodegroupName(m.pathLabel("nodegroupName"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link DeletePodIdentityAssociationRequest}. */
  public static DeletePodIdentityAssociationRequest deletePodIdentityAssociationRequest(JsonValue v) {
    Members m = Members.of(v);
    return DeletePodIdentityAssociationRequest.builder()
        .name(m.pathLabel("name"))
        .associationId(m.pathLabel("associationId"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link DisassociateAccessPolicyRequest}. */
  public static DisassociateAccessPolicyRequest disassociateAccessPolicyRequest(JsonValue v) {
    Members m = Members.of(v);
    return DisassociateAccessPolicyRequest.builder()
        .name(m.pathLabel("name"))
        .principalArn(m.pathLabel("principalArn"))
        .policyArn(m.pathLabel("policyArn"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link DisassociateIdentityProviderConfigRequest}. */
  public static DisassociateIdentityProviderConfigRequest disassociateIdentityProviderConfigRequest(JsonValue v) {
    Members m = Members.of(v);
    return DisassociateIdentityProviderConfigRequest.builder()
        .name(m.pathLabel("name"))
        .identityProviderConfig(m.object("identityProviderConfig", ShapeReaders::identityProviderConfig))
        .clientRequestToken(m.string("clientRequestToken"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link ElasticLoadBalancing}. */
  public static ElasticLoadBalancing elasticLoadBalancing(JsonValue v) {
    Members m = Members.of(v);
    return ElasticLoadBalancing.builder()
        .enabled(m.bool("enabled"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link EncryptionConfig}. */
  public static EncryptionConfig encryptionConfig(JsonValue v) {
    Members m = Members.of(v);
    return EncryptionConfig.builder()
        .resources(m.strings("resources"))
        .provider(m.object("provider", ShapeReaders::provider))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link ErrorDetail}. */
  public static ErrorDetail errorDetail(JsonValue v) {
    Members m = Members.of(v);
    return ErrorDetail.builder()
        .errorCode(m.string("errorCode"))
        .errorMessage(m.string("errorMessage"))
        .resourceIds(m.strings("resourceIds"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link EtcdPlacement}. */
  public static EtcdPlacement etcdPlacement(JsonValue v) {
    Members m = Members.of(v);
    return EtcdPlacement.builder()
        .spreadLevel(m.enumValue("spreadLevel", SpreadLevel::of))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link FargateProfile}. */
  public static FargateProfile fargateProfile(JsonValue v) {
    Members m = Members.of(v);
    return FargateProfile.builder()
        .fargateProfileName(m.string("fargateProfileName"))
        .fargateProfileArn(m.string("fargateProfileArn"))
        .clusterName(m.string("clusterName"))
        .createdAt(m.instant("createdAt"))
        .podExecutionRoleArn(m.string("podExecutionRoleArn"))
        .subnets(m.strings("subnets"))
        .selectors(m.objects("selectors", ShapeReaders::fargateProfileSelector))
        .status(m.enumValue("status", FargateProfileStatus::of))
        .tags(m.stringMap("tags"))
        .health(m.object("health", ShapeReaders::health))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link FargateProfileSelector}. */
  public static FargateProfileSelector fargateProfileSelector(JsonValue v) {
    Members m = Members.of(v);
    return FargateProfileSelector.builder()
        .namespace(m.string("namespace"))
        .labels(m.stringMap("labels"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link Health}. */
  public static Health health(JsonValue v) {
    Members m = Members.of(v);
    return Health.builder()
        .issues(m.objects("issues", ShapeReaders::healthIssue))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link HealthIssue}. */
  public static HealthIssue healthIssue(JsonValue v) {
    Members m = Members.of(v);
    return HealthIssue.builder()
        .code(m.string("code"))
        .message(m.string("message"))
        .resourceIds(m.strings("resourceIds"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link IdentityProviderConfig}. */
  public static IdentityProviderConfig identityProviderConfig(JsonValue v) {
    Members m = Members.of(v);
    return IdentityProviderConfig.builder()
        .type(m.string("type"))
        .name(m.string("name"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link KubernetesNetworkConfig}. */
  public static KubernetesNetworkConfig kubernetesNetworkConfig(JsonValue v) {
    Members m = Members.of(v);
    return KubernetesNetworkConfig.builder()
        .serviceIpv4Cidr(m.string("serviceIpv4Cidr"))
        .serviceIpv6Cidr(m.string("serviceIpv6Cidr"))
        .ipFamily(m.enumValue("ipFamily", IpFamily::of))
        .elasticLoadBalancing(m.object("elasticLoadBalancing", ShapeReaders::elasticLoadBalancing))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link LaunchTemplateSpecification}. */
  public static LaunchTemplateSpecification launchTemplateSpecification(JsonValue v) {
    Members m = Members.of(v);
    return LaunchTemplateSpecification.builder()
        .name(m.string("name"))
        .version(m.string("version"))
        .id(m.string("id"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link LogSetup}. */
  public static LogSetup logSetup(JsonValue v) {
    Members m = Members.of(v);
    return LogSetup.builder()
        .types(m.enumValues("types", LogType::of))
        .enabled(m.bool("enabled"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link Logging}. */
  public static Logging logging(JsonValue v) {
    Members m = Members.of(v);
    return Logging.builder()
        .clusterLogging(m.objects("clusterLogging", ShapeReaders::logSetup))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link MarketplaceInformation}. */
  public static MarketplaceInformation marketplaceInformation(JsonValue v) {
    Members m = Members.of(v);
    return MarketplaceInformation.builder()
        .productId(m.string("productId"))
        .productUrl(m.string("productUrl"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link NodeRepairConfig}. */
  public static NodeRepairConfig nodeRepairConfig(JsonValue v) {
    Members m = Members.of(v);
    return NodeRepairConfig.builder()
        .enabled(m.bool("enabled"))
        .maxUnhealthyNodeThresholdCount(m.integer("maxUnhealthyNodeThresholdCount"))
        .maxUnhealthyNodeThresholdPercentage(m.integer("maxUnhealthyNodeThresholdPercentage"))
        .maxParallelNodesRepairedCount(m.integer("maxParallelNodesRepairedCount"))
        .maxParallelNodesRepairedPercentage(m.integer("maxParallelNodesRepairedPercentage"))
        .nodeRepairConfigOverrides(m.objects("nodeRepairConfigOverrides", ShapeReaders::nodeRepairConfigOverride))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link NodeRepairConfigOverride}. */
  public static NodeRepairConfigOverride nodeRepairConfigOverride(JsonValue v) {
    Members m = Members.of(v);
    return NodeRepairConfigOverride.builder()
        .nodeMonitoringCondition(m.string("nodeMonitoringCondition"))
        .nodeUnhealthyReason(m.string("nodeUnhealthyReason"))
        .minRepairWaitTimeMins(m.integer("minRepairWaitTimeMins"))
        .repairAction(m.enumValue("repairAction", RepairAction::of))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link Nodegroup}. */
  public static Nodegroup nodegroup(JsonValue v) {
    Members m = Members.of(v);
    return Nodegroup.builder()
        .nodegroupName(m.string("nodegroupName"))
        .nodegroupArn(m.string("nodegroupArn"))
        .clusterName(m.string("clusterName"))
        .version(m.string("version"))
        .releaseVersion(m.string("releaseVersion"))
        .createdAt(m.instant("createdAt"))
        .modifiedAt(m.instant("modifiedAt"))
        .status(m.enumValue("status", NodegroupStatus::of))
        .capacityType(m.enumValue("capacityType", CapacityType::of))
        .scalingConfig(m.object("scalingConfig", ShapeReaders::nodegroupScalingConfig))
        .instanceTypes(m.strings("instanceTypes"))
        .subnets(m.strings("subnets"))
        .remoteAccess(m.object("remoteAccess", ShapeReaders::remoteAccessConfig))
        .amiType(m.enumValue("amiType", AmiType::of))
        .nodeRole(m.string("nodeRole"))
        .labels(m.stringMap("labels"))
        .taints(m.objects("taints", ShapeReaders::taint))
        .resources(m.object("resources", ShapeReaders::nodegroupResources))
        .diskSize(m.integer("diskSize"))
        .health(m.object("health", ShapeReaders::health))
        .updateConfig(m.object("updateConfig", ShapeReaders::nodegroupUpdateConfig))
        .nodeRepairConfig(m.object("nodeRepairConfig", ShapeReaders::nodeRepairConfig))
        .launchTemplate(m.object("launchTemplate", ShapeReaders::launchTemplateSpecification))
        .tags(m.stringMap("tags"))
        .warmPoolConfig(m.object("warmPoolConfig", ShapeReaders::warmPoolConfig))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link NodegroupResources}. */
  public static NodegroupResources nodegroupResources(JsonValue v) {
    Members m = Members.of(v);
    return NodegroupResources.builder()
        .autoScalingGroups(m.objects("autoScalingGroups", ShapeReaders::autoScalingGroup))
        .remoteAccessSecurityGroup(m.string("remoteAccessSecurityGroup"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link NodegroupScalingConfig}. */
  public static NodegroupScalingConfig nodegroupScalingConfig(JsonValue v) {
    Members m = Members.of(v);
    return NodegroupScalingConfig.builder()
        .minSize(m.integer("minSize"))
        .maxSize(m.integer("maxSize"))
        .desiredSize(m.integer("desiredSize"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link NodegroupUpdateConfig}. */
  public static NodegroupUpdateConfig nodegroupUpdateConfig(JsonValue v) {
    Members m = Members.of(v);
    return NodegroupUpdateConfig.builder()
        .maxUnavailable(m.integer("maxUnavailable"))
        .maxUnavailablePercentage(m.integer("maxUnavailablePercentage"))
        .updateStrategy(m.enumValue("updateStrategy", NodegroupUpdateStrategy::of))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link Oidc}. */
  public static Oidc oidc(JsonValue v) {
    Members m = Members.of(v);
    return Oidc.builder()
        .issuer(m.string("issuer"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link OidcIdentityProviderConfig}. */
  public static OidcIdentityProviderConfig oidcIdentityProviderConfig(JsonValue v) {
    Members m = Members.of(v);
    return OidcIdentityProviderConfig.builder()
        .identityProviderConfigName(m.string("identityProviderConfigName"))
        .issuerUrl(m.string("issuerUrl"))
        .clientId(m.string("clientId"))
        .usernameClaim(m.string("usernameClaim"))
        .usernamePrefix(m.string("usernamePrefix"))
        .groupsClaim(m.string("groupsClaim"))
        .groupsPrefix(m.string("groupsPrefix"))
        .requiredClaims(m.stringMap("requiredClaims"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link OutpostConfig}. */
  public static OutpostConfig outpostConfig(JsonValue v) {
    Members m = Members.of(v);
    return OutpostConfig.builder()
        .outpostArns(m.strings("outpostArns"))
        .controlPlaneInstanceType(m.string("controlPlaneInstanceType"))
        .controlPlanePlacement(m.object("controlPlanePlacement", ShapeReaders::controlPlanePlacement))
        .etcdInstanceType(m.string("etcdInstanceType"))
        .etcdPlacement(m.object("etcdPlacement", ShapeReaders::etcdPlacement))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link PodIdentityAssociation}. */
  public static PodIdentityAssociation podIdentityAssociation(JsonValue v) {
    Members m = Members.of(v);
    return PodIdentityAssociation.builder()
        .clusterName(m.string("clusterName"))
        .namespace(m.string("namespace"))
        .serviceAccount(m.string("serviceAccount"))
        .roleArn(m.string("roleArn"))
        .associationArn(m.string("associationArn"))
        .associationId(m.string("associationId"))
        .tags(m.stringMap("tags"))
        .createdAt(m.instant("createdAt"))
        .modifiedAt(m.instant("modifiedAt"))
        .ownerArn(m.string("ownerArn"))
        .disableSessionTags(m.bool("disableSessionTags"))
        .targetRoleArn(m.string("targetRoleArn"))
        .externalId(m.string("externalId"))
        .policy(m.string("policy"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link Provider}. */
  public static Provider provider(JsonValue v) {
    Members m = Members.of(v);
    return Provider.builder()
        .keyArn(m.string("keyArn"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link RemoteAccessConfig}. */
  public static RemoteAccessConfig remoteAccessConfig(JsonValue v) {
    Members m = Members.of(v);
    return RemoteAccessConfig.builder()
        .ec2SshKey(m.string("ec2SshKey"))
        .sourceSecurityGroups(m.strings("sourceSecurityGroups"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link RemoteNetwork}. */
  public static RemoteNetwork remoteNetwork(JsonValue v) {
    Members m = Members.of(v);
    return RemoteNetwork.builder()
        .cidrs(m.strings("cidrs"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link RemoteNetworkConfig}. */
  public static RemoteNetworkConfig remoteNetworkConfig(JsonValue v) {
    Members m = Members.of(v);
    return RemoteNetworkConfig.builder()
        .remoteNodeNetworks(m.objects("remoteNodeNetworks", ShapeReaders::remoteNetwork))
        .remotePodNetworks(m.objects("remotePodNetworks", ShapeReaders::remoteNetwork))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link RollbackConfig}. */
  public static RollbackConfig rollbackConfig(JsonValue v) {
    Members m = Members.of(v);
    return RollbackConfig.builder()
        .timeoutMinutes(m.integer("timeoutMinutes"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link StorageConfig}. */
  public static StorageConfig storageConfig(JsonValue v) {
    Members m = Members.of(v);
    return StorageConfig.builder()
        .blockStorage(m.object("blockStorage", ShapeReaders::blockStorage))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link TagResourceRequest}. */
  public static TagResourceRequest tagResourceRequest(JsonValue v) {
    Members m = Members.of(v);
    return TagResourceRequest.builder()
        .resourceArn(m.pathLabel("resourceArn"))
        .tags(m.stringMap("tags"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link Taint}. */
  public static Taint taint(JsonValue v) {
    Members m = Members.of(v);
    return Taint.builder()
        .key(m.string("key"))
        .value(m.string("value"))
        .effect(m.enumValue("effect", TaintEffect::of))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link UntagResourceRequest}. */
  public static UntagResourceRequest untagResourceRequest(JsonValue v) {
    Members m = Members.of(v);
    return UntagResourceRequest.builder()
        .resourceArn(m.pathLabel("resourceArn"))
        .tagKeys(m.strings("tagKeys"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link Update}. */
  public static Update update(JsonValue v) {
    Members m = Members.of(v);
    return Update.builder()
        .id(m.string("id"))
        .status(m.enumValue("status", UpdateStatus::of))
        .type(m.enumValue("type", UpdateType::of))
        .params(m.objects("params", ShapeReaders::updateParam))
        .createdAt(m.instant("createdAt"))
        .errors(m.objects("errors", ShapeReaders::errorDetail))
        .cancellation(m.object("cancellation", ShapeReaders::cancellation))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link UpdateAccessEntryRequest}. */
  public static UpdateAccessEntryRequest updateAccessEntryRequest(JsonValue v) {
    Members m = Members.of(v);
    return UpdateAccessEntryRequest.builder()
        .name(m.pathLabel("name"))
        .principalArn(m.pathLabel("principalArn"))
        .kubernetesGroups(m.strings("kubernetesGroups"))
        .clientRequestToken(m.string("clientRequestToken"))
        .username(m.string("username"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link UpdateAddonRequest}. */
  public static UpdateAddonRequest updateAddonRequest(JsonValue v) {
    Members m = Members.of(v);
    return UpdateAddonRequest.builder()
        .name(m.pathLabel("name"))
        .addonName(m.pathLabel("addonName"))
        .addonVersion(m.string("addonVersion"))
        .serviceAccountRoleArn(m.string("serviceAccountRoleArn"))
        .resolveConflicts(m.enumValue("resolveConflicts", ResolveConflicts::of))
        .clientRequestToken(m.string("clientRequestToken"))
        .configurationValues(m.string("configurationValues"))
        .podIdentityAssociations(m.objects("podIdentityAssociations", ShapeReaders::addonPodIdentityAssociation))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link UpdateClusterConfigRequest}. */
  public static UpdateClusterConfigRequest updateClusterConfigRequest(JsonValue v) {
    Members m = Members.of(v);
    return UpdateClusterConfigRequest.builder()
        .name(m.pathLabel("name"))
        .resourcesVpcConfig(m.object("resourcesVpcConfig", ShapeReaders::vpcConfig))
        .logging(m.object("logging", ShapeReaders::logging))
        .clientRequestToken(m.string("clientRequestToken"))
        .accessConfig(m.object("accessConfig", ShapeReaders::accessConfig))
        .upgradePolicy(m.object("upgradePolicy", ShapeReaders::upgradePolicy))
        .zonalShiftConfig(m.object("zonalShiftConfig", ShapeReaders::zonalShiftConfig))
        .computeConfig(m.object("computeConfig", ShapeReaders::computeConfig))
        .kubernetesNetworkConfig(m.object("kubernetesNetworkConfig", ShapeReaders::kubernetesNetworkConfig))
        .storageConfig(m.object("storageConfig", ShapeReaders::storageConfig))
        .remoteNetworkConfig(m.object("remoteNetworkConfig", ShapeReaders::remoteNetworkConfig))
        .deletionProtection(m.bool("deletionProtection"))
        .controlPlaneScalingConfig(m.object("controlPlaneScalingConfig", ShapeReaders::controlPlaneScalingConfig))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link UpdateClusterVersionRequest}. */
  public static UpdateClusterVersionRequest updateClusterVersionRequest(JsonValue v) {
    Members m = Members.of(v);
    return UpdateClusterVersionRequest.builder()
        .name(m.pathLabel("name"))
        .version(m.string("version"))
        .clientRequestToken(m.string("clientRequestToken"))
        .force(m.bool("force"))
        .rollbackConfig(m.object("rollbackConfig", ShapeReaders::rollbackConfig))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link UpdateLabelsPayload}. */
  public static UpdateLabelsPayload updateLabelsPayload(JsonValue v) {
    Members m = Members.of(v);
    return UpdateLabelsPayload.builder()
        .addOrUpdateLabels(m.stringMap("addOrUpdateLabels"))
        .removeLabels(m.strings("removeLabels"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link UpdateNodegroupConfigRequest}. */
  public static UpdateNodegroupConfigRequest updateNodegroupConfigRequest(JsonValue v) {
    Members m = Members.of(v);
    return UpdateNodegroupConfigRequest.builder()
        .name(m.pathLabel("name"))
        .nodegroupName(m.pathLabel("nodegroupName"))
        .labels(m.object("labels", ShapeReaders::updateLabelsPayload))
        .taints(m.object("taints", ShapeReaders::updateTaintsPayload))
        .scalingConfig(m.object("scalingConfig", ShapeReaders::nodegroupScalingConfig))
        .updateConfig(m.object("updateConfig", ShapeReaders::nodegroupUpdateConfig))
        .nodeRepairConfig(m.object("nodeRepairConfig", ShapeReaders::nodeRepairConfig))
        .warmPoolConfig(m.object("warmPoolConfig", ShapeReaders::warmPoolConfig))
        .clientRequestToken(m.string("clientRequestToken"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link UpdateNodegroupVersionRequest}. */
  public static UpdateNodegroupVersionRequest updateNodegroupVersionRequest(JsonValue v) {
    Members m = Members.of(v);
    return UpdateNodegroupVersionRequest.builder()
        .name(m.pathLabel("name"))
        .nodegroupName(m.pathLabel("nodegroupName"))
        .version(m.string("version"))
        .releaseVersion(m.string("releaseVersion"))
        .launchTemplate(m.object("launchTemplate", ShapeReaders::launchTemplateSpecification))
        .force(m.bool("force"))
        .clientRequestToken(m.string("clientRequestToken"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link UpdateParam}. */
  public static UpdateParam updateParam(JsonValue v) {
    Members m = Members.of(v);
    return UpdateParam.builder()
        .type(m.enumValue("type", UpdateParamType::of))
        .value(m.string("value"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link UpdatePodIdentityAssociationRequest}. */
  public static UpdatePodIdentityAssociationRequest updatePodIdentityAssociationRequest(JsonValue v) {
    Members m = Members.of(v);
    return UpdatePodIdentityAssociationRequest.builder()
        .name(m.pathLabel("name"))
        .associationId(m.pathLabel("associationId"))
        .roleArn(m.string("roleArn"))
        .clientRequestToken(m.string("clientRequestToken"))
        .disableSessionTags(m.bool("disableSessionTags"))
        .targetRoleArn(m.string("targetRoleArn"))
        .policy(m.string("policy"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link UpdateTaintsPayload}. */
  public static UpdateTaintsPayload updateTaintsPayload(JsonValue v) {
    Members m = Members.of(v);
    return UpdateTaintsPayload.builder()
        .addOrUpdateTaints(m.objects("addOrUpdateTaints", ShapeReaders::taint))
        .removeTaints(m.objects("removeTaints", ShapeReaders::taint))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link UpgradePolicy}. */
  public static UpgradePolicy upgradePolicy(JsonValue v) {
    Members m = Members.of(v);
    return UpgradePolicy.builder()
        .supportType(m.enumValue("supportType", SupportType::of))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link VpcConfig}. */
  public static VpcConfig vpcConfig(JsonValue v) {
    Members m = Members.of(v);
    return VpcConfig.builder()
        .subnetIds(m.strings("subnetIds"))
        .securityGroupIds(m.strings("securityGroupIds"))
        .clusterSecurityGroupId(m.string("clusterSecurityGroupId"))
        .vpcId(m.string("vpcId"))
        .endpointPublicAccess(m.bool("endpointPublicAccess"))
        .endpointPrivateAccess(m.bool("endpointPrivateAccess"))
        .publicAccessCidrs(m.strings("publicAccessCidrs"))
        .controlPlaneEgressMode(m.enumValue("controlPlaneEgressMode", ControlPlaneEgressMode::of))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link WarmPoolConfig}. */
  public static WarmPoolConfig warmPoolConfig(JsonValue v) {
    Members m = Members.of(v);
    return WarmPoolConfig.builder()
        .enabled(m.bool("enabled"))
        .minSize(m.integer("minSize"))
        .maxGroupPreparedCapacity(m.integer("maxGroupPreparedCapacity"))
        .poolState(m.enumValue("poolState", WarmPoolState::of))
        .reuseOnScaleIn(m.bool("reuseOnScaleIn"))
        .unknownFields(m.unknown())
        .build();
  }

  /** Reads a {@link ZonalShiftConfig}. */
  public static ZonalShiftConfig zonalShiftConfig(JsonValue v) {
    Members m = Members.of(v);
    return ZonalShiftConfig.builder()
        .enabled(m.bool("enabled"))
        .unknownFields(m.unknown())
        .build();
  }
}
