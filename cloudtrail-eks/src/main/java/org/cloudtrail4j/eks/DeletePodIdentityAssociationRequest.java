package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * The {@code requestParameters} of an EKS {@code DeletePodIdentityAssociation} call, member by member with the names
 * CloudTrail records (model shape {@code DeletePodIdentityAssociationRequest}). Members the record does not have are
 * absent.
 */
@Value.Immutable
@EksStyle
public abstract class DeletePodIdentityAssociationRequest {
  DeletePodIdentityAssociationRequest() {}

  /** The cluster name that Percent-decoded: CloudTrail records this path label URL-encoded ({@code name}). */
  public abstract Optional<String> name();

  /**
   * The ID of the association to be deleted. Percent-decoded: CloudTrail records this path label URL-encoded
   * ({@code associationId}).
   */
  public abstract Optional<String> associationId();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeletePodIdentityAssociationRequest}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableDeletePodIdentityAssociationRequest.Builder {
    Builder() {}
  }
}
