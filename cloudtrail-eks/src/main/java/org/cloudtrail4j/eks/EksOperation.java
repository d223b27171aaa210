package org.cloudtrail4j.eks;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cloudtrail4j.eks.internal.OpenEnums;
import org.cloudtrail4j.model.OpenEnum;

/**
 * An Amazon EKS API operation, the {@code eventName} of an {@code eks.amazonaws.com} record: the 65 operations of the
 * EKS API model (2017-11-01). Open: an operation EKS adds later is kept, not rejected.
 *
 * <pre>{@code
 * EksOperation op = EksOperation.of("CreateCluster");
 * if (op.known() == EksOperation.Known.CREATE_CLUSTER) { ... }
 * }</pre>
 */
public final class EksOperation extends OpenEnum<EksOperation.Known> {
  /** The operations this version of the library knows, and {@code UNRECOGNIZED} for any other. */
  public enum Known {
    /** {@code AssociateAccessPolicy}. */
    ASSOCIATE_ACCESS_POLICY("AssociateAccessPolicy"),
    /** {@code AssociateEncryptionConfig}. */
    ASSOCIATE_ENCRYPTION_CONFIG("AssociateEncryptionConfig"),
    /** {@code AssociateIdentityProviderConfig}. */
    ASSOCIATE_IDENTITY_PROVIDER_CONFIG("AssociateIdentityProviderConfig"),
    /** {@code CancelUpdate}. */
    CANCEL_UPDATE("CancelUpdate"),
    /** {@code CreateAccessEntry}. */
    CREATE_ACCESS_ENTRY("CreateAccessEntry"),
    /** {@code CreateAddon}. */
    CREATE_ADDON("CreateAddon"),
    /** {@code CreateCapability}. */
    CREATE_CAPABILITY("CreateCapability"),
    /** {@code CreateCluster}. */
    CREATE_CLUSTER("CreateCluster"),
    /** {@code CreateEksAnywhereSubscription}. */
    CREATE_EKS_ANYWHERE_SUBSCRIPTION("CreateEksAnywhereSubscription"),
    /** {@code CreateFargateProfile}. */
    CREATE_FARGATE_PROFILE("CreateFargateProfile"),
    /** {@code CreateNodegroup}. */
    CREATE_NODEGROUP("CreateNodegroup"),
    /** {@code CreatePodIdentityAssociation}. */
    CREATE_POD_IDENTITY_ASSOCIATION("CreatePodIdentityAssociation"),
    /** {@code DeleteAccessEntry}. */
    DELETE_ACCESS_ENTRY("DeleteAccessEntry"),
    /** {@code DeleteAddon}. */
    DELETE_ADDON("DeleteAddon"),
    /** {@code DeleteCapability}. */
    DELETE_CAPABILITY("DeleteCapability"),
    /** {@code DeleteCluster}. */
    DELETE_CLUSTER("DeleteCluster"),
    /** {@code DeleteEksAnywhereSubscription}. */
    DELETE_EKS_ANYWHERE_SUBSCRIPTION("DeleteEksAnywhereSubscription"),
    /** {@code DeleteFargateProfile}. */
    DELETE_FARGATE_PROFILE("DeleteFargateProfile"),
    /** {@code DeleteNodegroup}. */
    DELETE_NODEGROUP("DeleteNodegroup"),
    /** {@code DeletePodIdentityAssociation}. */
    DELETE_POD_IDENTITY_ASSOCIATION("DeletePodIdentityAssociation"),
    /** {@code DeregisterCluster}. */
    DEREGISTER_CLUSTER("DeregisterCluster"),
    /** {@code DescribeAccessEntry}. */
    DESCRIBE_ACCESS_ENTRY("DescribeAccessEntry"),
    /** {@code DescribeAddon}. */
    DESCRIBE_ADDON("DescribeAddon"),
    /** {@code DescribeAddonConfiguration}. */
    DESCRIBE_ADDON_CONFIGURATION("DescribeAddonConfiguration"),
    /** {@code DescribeAddonVersions}. */
    DESCRIBE_ADDON_VERSIONS("DescribeAddonVersions"),
    /** {@code DescribeCapability}. */
    DESCRIBE_CAPABILITY("DescribeCapability"),
    /** {@code DescribeCluster}. */
    DESCRIBE_CLUSTER("DescribeCluster"),
    /** {@code DescribeClusterVersions}. */
    DESCRIBE_CLUSTER_VERSIONS("DescribeClusterVersions"),
    /** {@code DescribeEksAnywhereSubscription}. */
    DESCRIBE_EKS_ANYWHERE_SUBSCRIPTION("DescribeEksAnywhereSubscription"),
    /** {@code DescribeFargateProfile}. */
    DESCRIBE_FARGATE_PROFILE("DescribeFargateProfile"),
    /** {@code DescribeIdentityProviderConfig}. */
    DESCRIBE_IDENTITY_PROVIDER_CONFIG("DescribeIdentityProviderConfig"),
    /** {@code DescribeInsight}. */
    DESCRIBE_INSIGHT("DescribeInsight"),
    /** {@code DescribeInsightsRefresh}. */
    DESCRIBE_INSIGHTS_REFRESH("DescribeInsightsRefresh"),
    /** {@code DescribeNodegroup}. */
    DESCRIBE_NODEGROUP("DescribeNodegroup"),
    /** {@code DescribePodIdentityAssociation}. */
    DESCRIBE_POD_IDENTITY_ASSOCIATION("DescribePodIdentityAssociation"),
    /** {@code DescribeUpdate}. */
    DESCRIBE_UPDATE("DescribeUpdate"),
    /** {@code DisassociateAccessPolicy}. */
    DISASSOCIATE_ACCESS_POLICY("DisassociateAccessPolicy"),
    /** {@code DisassociateIdentityProviderConfig}. */
    DISASSOCIATE_IDENTITY_PROVIDER_CONFIG("DisassociateIdentityProviderConfig"),
    /** {@code ListAccessEntries}. */
    LIST_ACCESS_ENTRIES("ListAccessEntries"),
    /** {@code ListAccessPolicies}. */
    LIST_ACCESS_POLICIES("ListAccessPolicies"),
    /** {@code ListAddons}. */
    LIST_ADDONS("ListAddons"),
    /** {@code ListAssociatedAccessPolicies}. */
    LIST_ASSOCIATED_ACCESS_POLICIES("ListAssociatedAccessPolicies"),
    /** {@code ListCapabilities}. */
    LIST_CAPABILITIES("ListCapabilities"),
    /** {@code ListClusters}. */
    LIST_CLUSTERS("ListClusters"),
    /** {@code ListEksAnywhereSubscriptions}. */
    LIST_EKS_ANYWHERE_SUBSCRIPTIONS("ListEksAnywhereSubscriptions"),
    /** {@code ListFargateProfiles}. */
    LIST_FARGATE_PROFILES("ListFargateProfiles"),
    /** {@code ListIdentityProviderConfigs}. */
    LIST_IDENTITY_PROVIDER_CONFIGS("ListIdentityProviderConfigs"),
    /** {@code ListInsights}. */
    LIST_INSIGHTS("ListInsights"),
    /** {@code ListNodegroups}. */
    LIST_NODEGROUPS("ListNodegroups"),
    /** {@code ListPodIdentityAssociations}. */
    LIST_POD_IDENTITY_ASSOCIATIONS("ListPodIdentityAssociations"),
    /** {@code ListTagsForResource}. */
    LIST_TAGS_FOR_RESOURCE("ListTagsForResource"),
    /** {@code ListUpdates}. */
    LIST_UPDATES("ListUpdates"),
    /** {@code RegisterCluster}. */
    REGISTER_CLUSTER("RegisterCluster"),
    /** {@code StartInsightsRefresh}. */
    START_INSIGHTS_REFRESH("StartInsightsRefresh"),
    /** {@code TagResource}. */
    TAG_RESOURCE("TagResource"),
    /** {@code UntagResource}. */
    UNTAG_RESOURCE("UntagResource"),
    /** {@code UpdateAccessEntry}. */
    UPDATE_ACCESS_ENTRY("UpdateAccessEntry"),
    /** {@code UpdateAddon}. */
    UPDATE_ADDON("UpdateAddon"),
    /** {@code UpdateCapability}. */
    UPDATE_CAPABILITY("UpdateCapability"),
    /** {@code UpdateClusterConfig}. */
    UPDATE_CLUSTER_CONFIG("UpdateClusterConfig"),
    /** {@code UpdateClusterVersion}. */
    UPDATE_CLUSTER_VERSION("UpdateClusterVersion"),
    /** {@code UpdateEksAnywhereSubscription}. */
    UPDATE_EKS_ANYWHERE_SUBSCRIPTION("UpdateEksAnywhereSubscription"),
    /** {@code UpdateNodegroupConfig}. */
    UPDATE_NODEGROUP_CONFIG("UpdateNodegroupConfig"),
    /** {@code UpdateNodegroupVersion}. */
    UPDATE_NODEGROUP_VERSION("UpdateNodegroupVersion"),
    /** {@code UpdatePodIdentityAssociation}. */
    UPDATE_POD_IDENTITY_ASSOCIATION("UpdatePodIdentityAssociation"),
    /** An operation this version of the library does not know; see {@link EksOperation#value()}. */
    UNRECOGNIZED(null);

    private final String value;

    Known(String value) {
      this.value = value;
    }
  }

  private static final Map<String, EksOperation> KNOWN =
      OpenEnums.index(Known.values(), k -> k.value, EksOperation::new);

  private static final List<EksOperation> KNOWN_VALUES = Arrays.stream(Known.values())
      .filter(k -> k != Known.UNRECOGNIZED)
      .map(k -> KNOWN.get(k.value))
      .collect(Collectors.toUnmodifiableList());

  private EksOperation(String value, Known known) {
    super(value, known);
  }

  /** The instance for the operation {@code name}: a known one, or a new unrecognised one that keeps the name. */
  public static EksOperation of(String name) {
    return OpenEnums.of(KNOWN, name, v -> new EksOperation(v, Known.UNRECOGNIZED));
  }

  /** Every operation this version of the library knows, in the model's alphabetical order. */
  public static List<EksOperation> knownValues() {
    return KNOWN_VALUES;
  }

  /**
   * True for the read-only operations, by name: {@code Describe*} and {@code List*}. CloudTrail's own {@code readOnly}
   * flag, when a record has it, is the authority; this is the rule for records that lack it.
   */
  public boolean readOnly() {
    return value().startsWith("Describe") || value().startsWith("List");
  }
}
