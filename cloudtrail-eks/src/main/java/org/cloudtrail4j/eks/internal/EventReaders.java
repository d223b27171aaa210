package org.cloudtrail4j.eks.internal;

import org.cloudtrail4j.eks.*;
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
        .request(ShapeReaders.createClusterRequest(e.requestParameters().orElse(JsonValue.missing())))
        .cluster(response.object("cluster", ShapeReaders::cluster))
        .build();
  }

  /** Reads a {@link DeleteClusterEvent}. */
  public static DeleteClusterEvent deleteCluster(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return DeleteClusterEvent.builder()
        .event(e)
        .request(ShapeReaders.deleteClusterRequest(e.requestParameters().orElse(JsonValue.missing())))
        .cluster(response.object("cluster", ShapeReaders::cluster))
        .build();
  }

  /** Reads a {@link UpdateClusterConfigEvent}. */
  public static UpdateClusterConfigEvent updateClusterConfig(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return UpdateClusterConfigEvent.builder()
        .event(e)
        .request(ShapeReaders.updateClusterConfigRequest(e.requestParameters().orElse(JsonValue.missing())))
        .update(response.object("update", ShapeReaders::update))
        .build();
  }

  /** Reads a {@link UpdateClusterVersionEvent}. */
  public static UpdateClusterVersionEvent updateClusterVersion(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return UpdateClusterVersionEvent.builder()
        .event(e)
        .request(ShapeReaders.updateClusterVersionRequest(e.requestParameters().orElse(JsonValue.missing())))
        .update(response.object("update", ShapeReaders::update))
        .build();
  }

  /** Reads a {@link CreateNodegroupEvent}. */
  public static CreateNodegroupEvent createNodegroup(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return CreateNodegroupEvent.builder()
        .event(e)
        .request(ShapeReaders.createNodegroupRequest(e.requestParameters().orElse(JsonValue.missing())))
        .nodegroup(response.object("nodegroup", ShapeReaders::nodegroup))
        .build();
  }

  /** Reads a {@link DeleteNodegroupEvent}. */
  public static DeleteNodegroupEvent deleteNodegroup(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return DeleteNodegroupEvent.builder()
        .event(e)
        .request(ShapeReaders.deleteNodegroupRequest(e.requestParameters().orElse(JsonValue.missing())))
        .nodegroup(response.object("nodegroup", ShapeReaders::nodegroup))
        .build();
  }

  /** Reads a {@link UpdateNodegroupConfigEvent}. */
  public static UpdateNodegroupConfigEvent updateNodegroupConfig(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return UpdateNodegroupConfigEvent.builder()
        .event(e)
        .request(ShapeReaders.updateNodegroupConfigRequest(e.requestParameters().orElse(JsonValue.missing())))
        .update(response.object("update", ShapeReaders::update))
        .build();
  }

  /** Reads a {@link UpdateNodegroupVersionEvent}. */
  public static UpdateNodegroupVersionEvent updateNodegroupVersion(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return UpdateNodegroupVersionEvent.builder()
        .event(e)
        .request(ShapeReaders.updateNodegroupVersionRequest(e.requestParameters().orElse(JsonValue.missing())))
        .update(response.object("update", ShapeReaders::update))
        .build();
  }

  /** Reads a {@link CreateFargateProfileEvent}. */
  public static CreateFargateProfileEvent createFargateProfile(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return CreateFargateProfileEvent.builder()
        .event(e)
        .request(ShapeReaders.createFargateProfileRequest(e.requestParameters().orElse(JsonValue.missing())))
        .fargateProfile(response.object("fargateProfile", ShapeReaders::fargateProfile))
        .build();
  }

  /** Reads a {@link DeleteFargateProfileEvent}. */
  public static DeleteFargateProfileEvent deleteFargateProfile(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return DeleteFargateProfileEvent.builder()
        .event(e)
        .request(ShapeReaders.deleteFargateProfileRequest(e.requestParameters().orElse(JsonValue.missing())))
        .fargateProfile(response.object("fargateProfile", ShapeReaders::fargateProfile))
        .build();
  }

  /** Reads a {@link CreateAddonEvent}. */
  public static CreateAddonEvent createAddon(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return CreateAddonEvent.builder()
        .event(e)
        .request(ShapeReaders.createAddonRequest(e.requestParameters().orElse(JsonValue.missing())))
        .addon(response.object("addon", ShapeReaders::addon))
        .build();
  }

  /** Reads a {@link UpdateAddonEvent}. */
  public static UpdateAddonEvent updateAddon(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return UpdateAddonEvent.builder()
        .event(e)
        .request(ShapeReaders.updateAddonRequest(e.requestParameters().orElse(JsonValue.missing())))
        .update(response.object("update", ShapeReaders::update))
        .build();
  }

  /** Reads a {@link DeleteAddonEvent}. */
  public static DeleteAddonEvent deleteAddon(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return DeleteAddonEvent.builder()
        .event(e)
        .request(ShapeReaders.deleteAddonRequest(e.requestParameters().orElse(JsonValue.missing())))
        .addon(response.object("addon", ShapeReaders::addon))
        .build();
  }

  /** Reads a {@link CreateAccessEntryEvent}. */
  public static CreateAccessEntryEvent createAccessEntry(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return CreateAccessEntryEvent.builder()
        .event(e)
        .request(ShapeReaders.createAccessEntryRequest(e.requestParameters().orElse(JsonValue.missing())))
        .accessEntry(response.object("accessEntry", ShapeReaders::accessEntry))
        .build();
  }

  /** Reads a {@link UpdateAccessEntryEvent}. */
  public static UpdateAccessEntryEvent updateAccessEntry(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return UpdateAccessEntryEvent.builder()
        .event(e)
        .request(ShapeReaders.updateAccessEntryRequest(e.requestParameters().orElse(JsonValue.missing())))
        .accessEntry(response.object("accessEntry", ShapeReaders::accessEntry))
        .build();
  }

  /** Reads a {@link DeleteAccessEntryEvent}. */
  public static DeleteAccessEntryEvent deleteAccessEntry(CloudTrailEvent e) {
    return DeleteAccessEntryEvent.builder()
        .event(e)
        .request(ShapeReaders.deleteAccessEntryRequest(e.requestParameters().orElse(JsonValue.missing())))
        .build();
  }

  /** Reads a {@link AssociateAccessPolicyEvent}. */
  public static AssociateAccessPolicyEvent associateAccessPolicy(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return AssociateAccessPolicyEvent.builder()
        .event(e)
        .request(ShapeReaders.associateAccessPolicyRequest(e.requestParameters().orElse(JsonValue.missing())))
        .associatedAccessPolicy(response.object("associatedAccessPolicy", ShapeReaders::associatedAccessPolicy))
        .build();
  }

  /** Reads a {@link DisassociateAccessPolicyEvent}. */
  public static DisassociateAccessPolicyEvent disassociateAccessPolicy(CloudTrailEvent e) {
    return DisassociateAccessPolicyEvent.builder()
        .event(e)
        .request(ShapeReaders.disassociateAccessPolicyRequest(e.requestParameters().orElse(JsonValue.missing())))
        .build();
  }

  /** Reads a {@link CreatePodIdentityAssociationEvent}. */
  public static CreatePodIdentityAssociationEvent createPodIdentityAssociation(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return CreatePodIdentityAssociationEvent.builder()
        .event(e)
        .request(ShapeReaders.createPodIdentityAssociationRequest(e.requestParameters().orElse(JsonValue.missing())))
        .association(response.object("association", ShapeReaders::podIdentityAssociation))
        .build();
  }

  /** Reads a {@link UpdatePodIdentityAssociationEvent}. */
  public static UpdatePodIdentityAssociationEvent updatePodIdentityAssociation(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return UpdatePodIdentityAssociationEvent.builder()
        .event(e)
        .request(ShapeReaders.updatePodIdentityAssociationRequest(e.requestParameters().orElse(JsonValue.missing())))
        .association(response.object("association", ShapeReaders::podIdentityAssociation))
        .build();
  }

  /** Reads a {@link DeletePodIdentityAssociationEvent}. */
  public static DeletePodIdentityAssociationEvent deletePodIdentityAssociation(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return DeletePodIdentityAssociationEvent.builder()
        .event(e)
        .request(ShapeReaders.deletePodIdentityAssociationRequest(e.requestParameters().orElse(JsonValue.missing())))
        .association(response.object("association", ShapeReaders::podIdentityAssociation))
        .build();
  }

  /** Reads a {@link AssociateIdentityProviderConfigEvent}. */
  public static AssociateIdentityProviderConfigEvent associateIdentityProviderConfig(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return AssociateIdentityProviderConfigEvent.builder()
        .event(e)
        .request(ShapeReaders.associateIdentityProviderConfigRequest(e.requestParameters().orElse(JsonValue.missing())))
        .update(response.object("update", ShapeReaders::update))
        .tags(response.stringMap("tags"))
        .build();
  }

  /** Reads a {@link DisassociateIdentityProviderConfigEvent}. */
  public static DisassociateIdentityProviderConfigEvent disassociateIdentityProviderConfig(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return DisassociateIdentityProviderConfigEvent.builder()
        .event(e)
        .request(ShapeReaders.disassociateIdentityProviderConfigRequest(e.requestParameters().orElse(JsonValue.missing())))
        .update(response.object("update", ShapeReaders::update))
        .build();
  }

  /** Reads a {@link AssociateEncryptionConfigEvent}. */
  public static AssociateEncryptionConfigEvent associateEncryptionConfig(CloudTrailEvent e) {
    Members response = Members.of(e.responseElements());
    return AssociateEncryptionConfigEvent.builder()
        .event(e)
        .request(ShapeReaders.associateEncryptionConfigRequest(e.requestParameters().orElse(JsonValue.missing())))
        .update(response.object("update", ShapeReaders::update))
        .build();
  }

  /** Reads a {@link TagResourceEvent}. */
  public static TagResourceEvent tagResource(CloudTrailEvent e) {
    return TagResourceEvent.builder()
        .event(e)
        .request(ShapeReaders.tagResourceRequest(e.requestParameters().orElse(JsonValue.missing())))
        .build();
  }

  /** Reads a {@link UntagResourceEvent}. */
  public static UntagResourceEvent untagResource(CloudTrailEvent e) {
    return UntagResourceEvent.builder()
        .event(e)
        .request(ShapeReaders.untagResourceRequest(e.requestParameters().orElse(JsonValue.missing())))
        .build();
  }
}
