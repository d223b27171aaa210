package org.cloudtrail4j.eks;

import java.time.Instant;
import java.util.Optional;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.identity.UserIdentity;
import org.cloudtrail4j.model.json.JsonValue;

/**
 * A typed view of one {@code eks.amazonaws.com} CloudTrail record: a class per important mutating operation
 * ({@link CreateClusterEvent}, {@link UpdateClusterConfigEvent}, {@link AssociateAccessPolicyEvent}, ...) with the
 * request and response as immutable shapes, and {@link EksApiCall} for every other operation, read-only ones included.
 *
 * <p>Get them from any event with {@code event.as(EksEvent.class)} (this module provides its mappers through
 * {@link java.util.ServiceLoader}), or from a stream:
 *
 * <pre>{@code
 * try (Stream<CloudTrailEvent> events = CloudTrailReader.stream(Path.of("AWSLogs"))) {
 *   events.flatMap(CloudTrailEvent.typed(EksEvent.class))
 *       .forEach(e -> System.out.println(e.operation() + " " + e.clusterName().orElse("-")));
 * }
 * }</pre>
 *
 * <p> Every view keeps the record it was read from in
 * {@link #event()}. Instances are immutable and thread-safe. On Java 21+ a {@code switch} over this sealed type can be
 * exhaustive.
 */
public sealed interface EksEvent
    permits CreateClusterEvent, DeleteClusterEvent, UpdateClusterConfigEvent, UpdateClusterVersionEvent,
        CreateNodegroupEvent, DeleteNodegroupEvent, UpdateNodegroupConfigEvent, UpdateNodegroupVersionEvent,
        CreateFargateProfileEvent, DeleteFargateProfileEvent, CreateAddonEvent, UpdateAddonEvent, DeleteAddonEvent,
        CreateAccessEntryEvent, UpdateAccessEntryEvent, DeleteAccessEntryEvent, AssociateAccessPolicyEvent,
        DisassociateAccessPolicyEvent, CreatePodIdentityAssociationEvent, UpdatePodIdentityAssociationEvent,
        DeletePodIdentityAssociationEvent, AssociateIdentityProviderConfigEvent,
        DisassociateIdentityProviderConfigEvent, AssociateEncryptionConfigEvent, TagResourceEvent, UntagResourceEvent,
        EksApiCall {
  /** The {@code eventSource} of EKS API calls. */
  String EVENT_SOURCE = "eks.amazonaws.com";

  /** The record this view was read from. */
  CloudTrailEvent event();

  /** The operation ({@code eventName}). */
  EksOperation operation();

  /**
   * The cluster the call is about: the request's {@code name} (URI label of every cluster-scoped operation), or the
   * cluster in the {@code resourceArn} of tagging calls; empty for calls about no cluster (e.g. {@code ListClusters}).
   */
  Optional<String> clusterName();

  /** Who made the call ({@code userIdentity}). */
  default Optional<UserIdentity> userIdentity() {
    return event().userIdentity();
  }

  /** When the call was made ({@code eventTime}). */
  default Optional<Instant> eventTime() {
    return event().eventTime();
  }

  /** The error code of a failed call ({@code errorCode}), e.g. {@code AccessDeniedException}. */
  default Optional<String> errorCode() {
    return event().errorCode();
  }

  /** True when the record has no {@code errorCode}: the call succeeded. */
  default boolean succeeded() {
    return event().errorCode().isEmpty();
  }

  /** The raw {@code requestParameters}, for members no typed view has. */
  default Optional<JsonValue> requestParameters() {
    return event().requestParameters();
  }

  /** The raw {@code responseElements}, for members no typed view has. */
  default Optional<JsonValue> responseElements() {
    return event().responseElements();
  }

  /**
   * The typed view of {@code event} when it is an EKS API call ({@code eventSource} {@value #EVENT_SOURCE}): the
   * operation's own class, or {@link EksApiCall} for the others (also for an operation this library does not know
   * yet). The same as {@code event.as(EksEvent.class)}, one route.
   *
   * @param event the event
   * @return the view; empty for any other service
   * @throws org.cloudtrail4j.model.spi.MappingException when the record does not have the shape of its operation
   */
  static Optional<EksEvent> of(CloudTrailEvent event) {
    return event.as(EksEvent.class);
  }
}
