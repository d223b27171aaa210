package org.cloudtrail4j.eks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * The {@code requestParameters} of an EKS {@code UntagResource} call, member by member with the names CloudTrail
 * records (model shape {@code UntagResourceRequest}). Members the record does not have are absent.
 */
@Value.Immutable
@EksStyle
public abstract class UntagResourceRequest {
  UntagResourceRequest() {}

  /**
   * The Amazon Resource Name (ARN) of the resource to delete tags from. Percent-decoded: CloudTrail records this path
   * label URL-encoded ({@code resourceArn}).
   */
  public abstract Optional<String> resourceArn();

  /** The keys of the tags to remove ({@code tagKeys}). */
  public abstract List<String> tagKeys();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UntagResourceRequest}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableUntagResourceRequest.Builder {
    Builder() {}
  }
}
