package org.cloudtrail4j.eks.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cloudtrail4j.eks.AssociateAccessPolicyEvent;
import org.cloudtrail4j.eks.AssociateEncryptionConfigEvent;
import org.cloudtrail4j.eks.AssociateIdentityProviderConfigEvent;
import org.cloudtrail4j.eks.CreateAccessEntryEvent;
import org.cloudtrail4j.eks.CreateAddonEvent;
import org.cloudtrail4j.eks.CreateClusterEvent;
import org.cloudtrail4j.eks.CreateFargateProfileEvent;
import org.cloudtrail4j.eks.CreateNodegroupEvent;
import org.cloudtrail4j.eks.CreatePodIdentityAssociationEvent;
import org.cloudtrail4j.eks.DeleteAccessEntryEvent;
import org.cloudtrail4j.eks.DeleteAddonEvent;
import org.cloudtrail4j.eks.DeleteClusterEvent;
import org.cloudtrail4j.eks.DeleteFargateProfileEvent;
import org.cloudtrail4j.eks.DeleteNodegroupEvent;
import org.cloudtrail4j.eks.DeletePodIdentityAssociationEvent;
import org.cloudtrail4j.eks.DisassociateAccessPolicyEvent;
import org.cloudtrail4j.eks.DisassociateIdentityProviderConfigEvent;
import org.cloudtrail4j.eks.EksApiCall;
import org.cloudtrail4j.eks.EksEvent;
import org.cloudtrail4j.eks.EksOperation;
import org.cloudtrail4j.eks.TagResourceEvent;
import org.cloudtrail4j.eks.UntagResourceEvent;
import org.cloudtrail4j.eks.UpdateAccessEntryEvent;
import org.cloudtrail4j.eks.UpdateAddonEvent;
import org.cloudtrail4j.eks.UpdateClusterConfigEvent;
import org.cloudtrail4j.eks.UpdateClusterVersionEvent;
import org.cloudtrail4j.eks.UpdateNodegroupConfigEvent;
import org.cloudtrail4j.eks.UpdateNodegroupVersionEvent;
import org.cloudtrail4j.eks.UpdatePodIdentityAssociationEvent;
import org.cloudtrail4j.model.CloudTrailEvent;

/**
 * The EKS mappers, one per typed event class and {@link ApiCall} for every other operation, provided to
 * {@link java.util.ServiceLoader} through {@link EksMapperProvider} (module-info and {@code META-INF/services}).
 */
public final class EksMappers {
  private static final List<EksEventMapper<? extends EksEvent>> TYPED = List.of(
      new CreateCluster(),
      new DeleteCluster(),
      new UpdateClusterConfig(),
      new UpdateClusterVersion(),
      new CreateNodegroup(),
      new DeleteNodegroup(),
      new UpdateNodegroupConfig(),
      new UpdateNodegroupVersion(),
      new CreateFargateProfile(),
      new DeleteFargateProfile(),
      new CreateAddon(),
      new UpdateAddon(),
      new DeleteAddon(),
      new CreateAccessEntry(),
      new UpdateAccessEntry(),
      new DeleteAccessEntry(),
      new AssociateAccessPolicy(),
      new DisassociateAccessPolicy(),
      new CreatePodIdentityAssociation(),
      new UpdatePodIdentityAssociation(),
      new DeletePodIdentityAssociation(),
      new AssociateIdentityProviderConfig(),
      new DisassociateIdentityProviderConfig(),
      new AssociateEncryptionConfig(),
      new TagResource(),
      new UntagResource());

  /** Every mapper this module provides, {@link ApiCall} last. */
  public static final List<EksEventMapper<? extends EksEvent>> ALL;

  private static final Map<String, EksEventMapper<? extends EksEvent>> BY_NAME;

  static {
    Map<String, EksEventMapper<? extends EksEvent>> byName = new HashMap<>();
    for (EksEventMapper<? extends EksEvent> m : TYPED) {
      for (String name : m.eventNames()) {
        byName.put(name, m);
      }
    }
    BY_NAME = Map.copyOf(byName);
    ALL = List.copyOf(concat(TYPED, new ApiCall()));
  }

  private EksMappers() {}

  static EksApiCall apiCall(CloudTrailEvent e) {
    EksOperation op = EksOperation.of(e.eventName().orElseThrow());
    Members request = Members.of(e.requestParameters());
    Optional<String> cluster = request.pathLabel("resourceArn").flatMap(EksArns::clusterName);
    if (cluster.isEmpty() && ApiCall.CLUSTER_SCOPED.contains(op.value())) {
      cluster = request.pathLabel("name");
    }
    return EksApiCall.builder().event(e).operation(op).clusterName(cluster).build();
  }

  private static <T> List<T> concat(List<T> list, T last) {
    List<T> all = new ArrayList<>(list);
    all.add(last);
    return all;
  }

  /** Maps {@code CreateCluster}. */
  public static final class CreateCluster extends EksEventMapper<CreateClusterEvent> {
    /** For {@link java.util.ServiceLoader}. */
    public CreateCluster() {
      super(CreateClusterEvent.class, "CreateCluster", EventReaders::createCluster);
    }
  }

  /** Maps {@code DeleteCluster}. */
  public static final class DeleteCluster extends EksEventMapper<DeleteClusterEvent> {
    /** For {@link java.util.ServiceLoader}. */
    public DeleteCluster() {
      super(DeleteClusterEvent.class, "DeleteCluster", EventReaders::deleteCluster);
    }
  }

  /** Maps {@code UpdateClusterConfig}. */
  public static final class UpdateClusterConfig extends EksEventMapper<UpdateClusterConfigEvent> {
    /** For {@link java.util.ServiceLoader}. */
    public UpdateClusterConfig() {
      super(UpdateClusterConfigEvent.class, "UpdateClusterConfig", EventReaders::updateClusterConfig);
    }
  }

  /** Maps {@code UpdateClusterVersion}. */
  public static final class UpdateClusterVersion extends EksEventMapper<UpdateClusterVersionEvent> {
    /** For {@link java.util.ServiceLoader}. */
    public UpdateClusterVersion() {
      super(UpdateClusterVersionEvent.class, "UpdateClusterVersion", EventReaders::updateClusterVersion);
    }
  }

  /** Maps {@code CreateNodegroup}. */
  public static final class CreateNodegroup extends EksEventMapper<CreateNodegroupEvent> {
    /** For {@link java.util.ServiceLoader}. */
    public CreateNodegroup() {
      super(CreateNodegroupEvent.class, "CreateNodegroup", EventReaders::createNodegroup);
    }
  }

  /** Maps {@code DeleteNodegroup}. */
  public static final class DeleteNodegroup extends EksEventMapper<DeleteNodegroupEvent> {
    /** For {@link java.util.ServiceLoader}. */
    public DeleteNodegroup() {
      super(DeleteNodegroupEvent.class, "DeleteNodegroup", EventReaders::deleteNodegroup);
    }
  }

  /** Maps {@code UpdateNodegroupConfig}. */
  public static final class UpdateNodegroupConfig extends EksEventMapper<UpdateNodegroupConfigEvent> {
    /** For {@link java.util.ServiceLoader}. */
    public UpdateNodegroupConfig() {
      super(UpdateNodegroupConfigEvent.class, "UpdateNodegroupConfig", EventReaders::updateNodegroupConfig);
    }
  }

  /** Maps {@code UpdateNodegroupVersion}. */
  public static final class UpdateNodegroupVersion extends EksEventMapper<UpdateNodegroupVersionEvent> {
    /** For {@link java.util.ServiceLoader}. */
    public UpdateNodegroupVersion() {
      super(UpdateNodegroupVersionEvent.class, "UpdateNodegroupVersion", EventReaders::updateNodegroupVersion);
    }
  }

  /** Maps {@code CreateFargateProfile}. */
  public static final class CreateFargateProfile extends EksEventMapper<CreateFargateProfileEvent> {
    /** For {@link java.util.ServiceLoader}. */
    public CreateFargateProfile() {
      super(CreateFargateProfileEvent.class, "CreateFargateProfile", EventReaders::createFargateProfile);
    }
  }

  /** Maps {@code DeleteFargateProfile}. */
  public static final class DeleteFargateProfile extends EksEventMapper<DeleteFargateProfileEvent> {
    /** For {@link java.util.ServiceLoader}. */
    public DeleteFargateProfile() {
      super(DeleteFargateProfileEvent.class, "DeleteFargateProfile", EventReaders::deleteFargateProfile);
    }
  }

  /** Maps {@code CreateAddon}. */
  public static final class CreateAddon extends EksEventMapper<CreateAddonEvent> {
    /** For {@link java.util.ServiceLoader}. */
    public CreateAddon() {
      super(CreateAddonEvent.class, "CreateAddon", EventReaders::createAddon);
    }
  }

  /** Maps {@code UpdateAddon}. */
  public static final class UpdateAddon extends EksEventMapper<UpdateAddonEvent> {
    /** For {@link java.util.ServiceLoader}. */
    public UpdateAddon() {
      super(UpdateAddonEvent.class, "UpdateAddon", EventReaders::updateAddon);
    }
  }

  /** Maps {@code DeleteAddon}. */
  public static final class DeleteAddon extends EksEventMapper<DeleteAddonEvent> {
    /** For {@link java.util.ServiceLoader}. */
    public DeleteAddon() {
      super(DeleteAddonEvent.class, "DeleteAddon", EventReaders::deleteAddon);
    }
  }

  /** Maps {@code CreateAccessEntry}. */
  public static final class CreateAccessEntry extends EksEventMapper<CreateAccessEntryEvent> {
    /** For {@link java.util.ServiceLoader}. */
    public CreateAccessEntry() {
      super(CreateAccessEntryEvent.class, "CreateAccessEntry", EventReaders::createAccessEntry);
    }
  }

  /** Maps {@code UpdateAccessEntry}. */
  public static final class UpdateAccessEntry extends EksEventMapper<UpdateAccessEntryEvent> {
    /** For {@link java.util.ServiceLoader}. */
    public UpdateAccessEntry() {
      super(UpdateAccessEntryEvent.class, "UpdateAccessEntry", EventReaders::updateAccessEntry);
    }
  }

  /** Maps {@code DeleteAccessEntry}. */
  public static final class DeleteAccessEntry extends EksEventMapper<DeleteAccessEntryEvent> {
    /** For {@link java.util.ServiceLoader}. */
    public DeleteAccessEntry() {
      super(DeleteAccessEntryEvent.class, "DeleteAccessEntry", EventReaders::deleteAccessEntry);
    }
  }

  /** Maps {@code AssociateAccessPolicy}. */
  public static final class AssociateAccessPolicy extends EksEventMapper<AssociateAccessPolicyEvent> {
    /** For {@link java.util.ServiceLoader}. */
    public AssociateAccessPolicy() {
      super(AssociateAccessPolicyEvent.class, "AssociateAccessPolicy", EventReaders::associateAccessPolicy);
    }
  }

  /** Maps {@code DisassociateAccessPolicy}. */
  public static final class DisassociateAccessPolicy extends EksEventMapper<DisassociateAccessPolicyEvent> {
    /** For {@link java.util.ServiceLoader}. */
    public DisassociateAccessPolicy() {
      super(DisassociateAccessPolicyEvent.class, "DisassociateAccessPolicy", EventReaders::disassociateAccessPolicy);
    }
  }

  /** Maps {@code CreatePodIdentityAssociation}. */
  public static final class CreatePodIdentityAssociation extends EksEventMapper<CreatePodIdentityAssociationEvent> {
    /** For {@link java.util.ServiceLoader}. */
    public CreatePodIdentityAssociation() {
      super(CreatePodIdentityAssociationEvent.class, "CreatePodIdentityAssociation",
          EventReaders::createPodIdentityAssociation);
    }
  }

  /** Maps {@code UpdatePodIdentityAssociation}. */
  public static final class UpdatePodIdentityAssociation extends EksEventMapper<UpdatePodIdentityAssociationEvent> {
    /** For {@link java.util.ServiceLoader}. */
    public UpdatePodIdentityAssociation() {
      super(UpdatePodIdentityAssociationEvent.class, "UpdatePodIdentityAssociation",
          EventReaders::updatePodIdentityAssociation);
    }
  }

  /** Maps {@code DeletePodIdentityAssociation}. */
  public static final class DeletePodIdentityAssociation extends EksEventMapper<DeletePodIdentityAssociationEvent> {
    /** For {@link java.util.ServiceLoader}. */
    public DeletePodIdentityAssociation() {
      super(DeletePodIdentityAssociationEvent.class, "DeletePodIdentityAssociation",
          EventReaders::deletePodIdentityAssociation);
    }
  }

  /** Maps {@code AssociateIdentityProviderConfig}. */
  public static final class AssociateIdentityProviderConfig
      extends EksEventMapper<AssociateIdentityProviderConfigEvent> {
    /** For {@link java.util.ServiceLoader}. */
    public AssociateIdentityProviderConfig() {
      super(AssociateIdentityProviderConfigEvent.class, "AssociateIdentityProviderConfig",
          EventReaders::associateIdentityProviderConfig);
    }
  }

  /** Maps {@code DisassociateIdentityProviderConfig}. */
  public static final class DisassociateIdentityProviderConfig
      extends EksEventMapper<DisassociateIdentityProviderConfigEvent> {
    /** For {@link java.util.ServiceLoader}. */
    public DisassociateIdentityProviderConfig() {
      super(DisassociateIdentityProviderConfigEvent.class, "DisassociateIdentityProviderConfig",
          EventReaders::disassociateIdentityProviderConfig);
    }
  }

  /** Maps {@code AssociateEncryptionConfig}. */
  public static final class AssociateEncryptionConfig extends EksEventMapper<AssociateEncryptionConfigEvent> {
    /** For {@link java.util.ServiceLoader}. */
    public AssociateEncryptionConfig() {
      super(AssociateEncryptionConfigEvent.class, "AssociateEncryptionConfig", EventReaders::associateEncryptionConfig);
    }
  }

  /** Maps {@code TagResource}. */
  public static final class TagResource extends EksEventMapper<TagResourceEvent> {
    /** For {@link java.util.ServiceLoader}. */
    public TagResource() {
      super(TagResourceEvent.class, "TagResource", EventReaders::tagResource);
    }
  }

  /** Maps {@code UntagResource}. */
  public static final class UntagResource extends EksEventMapper<UntagResourceEvent> {
    /** For {@link java.util.ServiceLoader}. */
    public UntagResource() {
      super(UntagResourceEvent.class, "UntagResource", EventReaders::untagResource);
    }
  }

  /**
   * Maps every EKS operation that has no typed event class of its own to an {@link EksApiCall}: it claims the whole
   * source, so operations newer than this library reach it too.
   */
  public static final class ApiCall extends EksEventMapper<EksApiCall> {
    // operations whose request member "name" is a cluster: every /clusters/{name}/... and /cluster-registrations/{name}
    // operation; not CreateEksAnywhereSubscription, whose "name" is the subscription's
    static final Set<String> CLUSTER_SCOPED = Set.of(
        "CancelUpdate", "CreateCapability", "DeleteCapability", "DeregisterCluster",
        "DescribeAccessEntry", "DescribeAddon", "DescribeCapability", "DescribeCluster",
        "DescribeFargateProfile", "DescribeIdentityProviderConfig", "DescribeInsight", "DescribeInsightsRefresh",
        "DescribeNodegroup", "DescribePodIdentityAssociation", "DescribeUpdate", "ListAccessEntries",
        "ListAddons", "ListAssociatedAccessPolicies", "ListCapabilities", "ListFargateProfiles",
        "ListIdentityProviderConfigs", "ListInsights", "ListNodegroups", "ListPodIdentityAssociations",
        "ListUpdates", "RegisterCluster", "StartInsightsRefresh", "UpdateCapability");

    /** For {@link java.util.ServiceLoader}. */
    public ApiCall() {
      super(EksApiCall.class, untypedOperations(), true, EksMappers::apiCall);
    }

    private static Set<String> untypedOperations() {
      Set<String> names = new HashSet<>();
      for (EksOperation op : EksOperation.knownValues()) {
        names.add(op.value());
      }
      names.removeAll(BY_NAME.keySet());
      return names;
    }
  }
}
