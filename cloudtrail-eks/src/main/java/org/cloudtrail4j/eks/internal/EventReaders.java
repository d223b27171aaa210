package org.cloudtrail4j.eks.internal;

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
import org.cloudtrail4j.model.json.JsonValue;

/** Reads the typed EKS events: the request with {@link ShapeReaders}, the response members one by one. */
public final class EventReaders {
  private EventReaders() {}

  /** Reads a {@link CreateClusterEvent}. */
  public static CreateClusterEvent createCluster(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return CreateClusterEvent.builder()
        .event(e)
        .request(ShapeReaders.createClusterRequest(request(e)))
        .cluster(response.object("cluster", ShapeReaders::cluster))
        .build();
  }

  /** Reads a {@link DeleteClusterEvent}. */
  public static DeleteClusterEvent deleteCluster(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return DeleteClusterEvent.builder()
        .event(e)
        .request(ShapeReaders.deleteClusterRequest(request(e)))
        .cluster(response.object("cluster", ShapeReaders::cluster))
        .build();
  }

  /** Reads a {@link UpdateClusterConfigEvent}. */
  public static UpdateClusterConfigEvent updateClusterConfig(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return UpdateClusterConfigEvent.builder()
        .event(e)
        .request(ShapeReaders.updateClusterConfigRequest(request(e)))
        .update(response.object("update", ShapeReaders::update))
        .build();
  }

  /** Reads a {@link UpdateClusterVersionEvent}. */
  public static UpdateClusterVersionEvent updateClusterVersion(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return UpdateClusterVersionEvent.builder()
        .event(e)
        .request(ShapeReaders.updateClusterVersionRequest(request(e)))
        .update(response.object("update", ShapeReaders::update))
        .build();
  }

  /** Reads a {@link CreateNodegroupEvent}. */
  public static CreateNodegroupEvent createNodegroup(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return CreateNodegroupEvent.builder()
        .event(e)
        .request(ShapeReaders.createNodegroupRequest(request(e)))
        .nodegroup(response.object("nodegroup", ShapeReaders::nodegroup))
        .build();
  }

  /** Reads a {@link DeleteNodegroupEvent}. */
  public static DeleteNodegroupEvent deleteNodegroup(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return DeleteNodegroupEvent.builder()
        .event(e)
        .request(ShapeReaders.deleteNodegroupRequest(request(e)))
        .nodegroup(response.object("nodegroup", ShapeReaders::nodegroup))
        .build();
  }

  /** Reads a {@link UpdateNodegroupConfigEvent}. */
  public static UpdateNodegroupConfigEvent updateNodegroupConfig(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return UpdateNodegroupConfigEvent.builder()
        .event(e)
        .request(ShapeReaders.updateNodegroupConfigRequest(request(e)))
        .update(response.object("update", ShapeReaders::update))
        .build();
  }

  /** Reads a {@link UpdateNodegroupVersionEvent}. */
  public static UpdateNodegroupVersionEvent updateNodegroupVersion(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return UpdateNodegroupVersionEvent.builder()
        .event(e)
        .request(ShapeReaders.updateNodegroupVersionRequest(request(e)))
        .update(response.object("update", ShapeReaders::update))
        .build();
  }

  /** Reads a {@link CreateFargateProfileEvent}. */
  public static CreateFargateProfileEvent createFargateProfile(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return CreateFargateProfileEvent.builder()
        .event(e)
        .request(ShapeReaders.createFargateProfileRequest(request(e)))
        .fargateProfile(response.object("fargateProfile", ShapeReaders::fargateProfile))
        .build();
  }

  /** Reads a {@link DeleteFargateProfileEvent}. */
  public static DeleteFargateProfileEvent deleteFargateProfile(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return DeleteFargateProfileEvent.builder()
        .event(e)
        .request(ShapeReaders.deleteFargateProfileRequest(request(e)))
        .fargateProfile(response.object("fargateProfile", ShapeReaders::fargateProfile))
        .build();
  }

  /** Reads a {@link CreateAddonEvent}. */
  public static CreateAddonEvent createAddon(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return CreateAddonEvent.builder()
        .event(e)
        .request(ShapeReaders.createAddonRequest(request(e)))
        .addon(response.object("addon", ShapeReaders::addon))
        .build();
  }

  /** Reads a {@link UpdateAddonEvent}. */
  public static UpdateAddonEvent updateAddon(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return UpdateAddonEvent.builder()
        .event(e)
        .request(ShapeReaders.updateAddonRequest(request(e)))
        .update(response.object("update", ShapeReaders::update))
        .build();
  }

  /** Reads a {@link DeleteAddonEvent}. */
  public static DeleteAddonEvent deleteAddon(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return DeleteAddonEvent.builder()
        .event(e)
        .request(ShapeReaders.deleteAddonRequest(request(e)))
        .addon(response.object("addon", ShapeReaders::addon))
        .build();
  }

  /** Reads a {@link CreateAccessEntryEvent}. */
  public static CreateAccessEntryEvent createAccessEntry(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return CreateAccessEntryEvent.builder()
        .event(e)
        .request(ShapeReaders.createAccessEntryRequest(request(e)))
        .accessEntry(response.object("accessEntry", ShapeReaders::accessEntry))
        .build();
  }

  /** Reads a {@link UpdateAccessEntryEvent}. */
  public static UpdateAccessEntryEvent updateAccessEntry(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return UpdateAccessEntryEvent.builder()
        .event(e)
        .request(ShapeReaders.updateAccessEntryRequest(request(e)))
        .accessEntry(response.object("accessEntry", ShapeReaders::accessEntry))
        .build();
  }

  /** Reads a {@link DeleteAccessEntryEvent}. */
  public static DeleteAccessEntryEvent deleteAccessEntry(CloudTrailEvent e) {
    return DeleteAccessEntryEvent.builder()
        .event(e)
        .request(ShapeReaders.deleteAccessEntryRequest(request(e)))
        .build();
  }

  /** Reads a {@link AssociateAccessPolicyEvent}. */
  public static AssociateAccessPolicyEvent associateAccessPolicy(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return AssociateAccessPolicyEvent.builder()
        .event(e)
        .request(ShapeReaders.associateAccessPolicyRequest(request(e)))
        .associatedAccessPolicy(response.object("associatedAccessPolicy", ShapeReaders::associatedAccessPolicy))
        .build();
  }

  /** Reads a {@link DisassociateAccessPolicyEvent}. */
  public static DisassociateAccessPolicyEvent disassociateAccessPolicy(CloudTrailEvent e) {
    return DisassociateAccessPolicyEvent.builder()
        .event(e)
        .request(ShapeReaders.disassociateAccessPolicyRequest(request(e)))
        .build();
  }

  /** Reads a {@link CreatePodIdentityAssociationEvent}. */
  public static CreatePodIdentityAssociationEvent createPodIdentityAssociation(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return CreatePodIdentityAssociationEvent.builder()
        .event(e)
        .request(ShapeReaders.createPodIdentityAssociationRequest(request(e)))
        .association(response.object("association", ShapeReaders::podIdentityAssociation))
        .build();
  }

  /** Reads a {@link UpdatePodIdentityAssociationEvent}. */
  public static UpdatePodIdentityAssociationEvent updatePodIdentityAssociation(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return UpdatePodIdentityAssociationEvent.builder()
        .event(e)
        .request(ShapeReaders.updatePodIdentityAssociationRequest(request(e)))
        .association(response.object("association", ShapeReaders::podIdentityAssociation))
        .build();
  }

  /** Reads a {@link DeletePodIdentityAssociationEvent}. */
  public static DeletePodIdentityAssociationEvent deletePodIdentityAssociation(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return DeletePodIdentityAssociationEvent.builder()
        .event(e)
        .request(ShapeReaders.deletePodIdentityAssociationRequest(request(e)))
        .association(response.object("association", ShapeReaders::podIdentityAssociation))
        .build();
  }

  /** Reads a {@link AssociateIdentityProviderConfigEvent}. */
  public static AssociateIdentityProviderConfigEvent associateIdentityProviderConfig(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return AssociateIdentityProviderConfigEvent.builder()
        .event(e)
        .request(ShapeReaders.associateIdentityProviderConfigRequest(request(e)))
        .update(response.object("update", ShapeReaders::update))
        .tags(response.stringMap("tags"))
        .build();
  }

  /** Reads a {@link DisassociateIdentityProviderConfigEvent}. */
  public static DisassociateIdentityProviderConfigEvent disassociateIdentityProviderConfig(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return DisassociateIdentityProviderConfigEvent.builder()
        .event(e)
        .request(ShapeReaders.disassociateIdentityProviderConfigRequest(request(e)))
        .update(response.object("update", ShapeReaders::update))
        .build();
  }

  /** Reads a {@link AssociateEncryptionConfigEvent}. */
  public static AssociateEncryptionConfigEvent associateEncryptionConfig(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return AssociateEncryptionConfigEvent.builder()
        .event(e)
        .request(ShapeReaders.associateEncryptionConfigRequest(request(e)))
        .update(response.object("update", ShapeReaders::update))
        .build();
  }

  /** Reads a {@link TagResourceEvent}. */
  public static TagResourceEvent tagResource(CloudTrailEvent e) {
    return TagResourceEvent.builder()
        .event(e)
        .request(ShapeReaders.tagResourceRequest(request(e)))
        .build();
  }

  /** Reads a {@link UntagResourceEvent}. */
  public static UntagResourceEvent untagResource(CloudTrailEvent e) {
    return UntagResourceEvent.builder()
        .event(e)
        .request(ShapeReaders.untagResourceRequest(request(e)))
        .build();
  }

  private static JsonValue request(CloudTrailEvent e) {
    return e.requestParameters().orElse(JsonValue.missing());
  }
}
