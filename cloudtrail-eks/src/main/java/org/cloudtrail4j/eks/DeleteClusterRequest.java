package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * The {@code requestParameters} of an EKS {@code DeleteCluster} call, member by member with the names CloudTrail
 * records (model shape {@code DeleteClusterRequest}). Members the record does not have are absent.
 */
@Value.Immutable
@EksStyle
public abstract class DeleteClusterRequest {
  DeleteClusterRequest() {}

  /**
   * The name of the cluster to delete. Percent-decoded: CloudTrail records this path label URL-encoded
   * ({@code name}).
   */
  public abstract Optional<String> name();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeleteClusterRequest}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableDeleteClusterRequest.Builder {
    Builder() {}
  }
}
