package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * The {@code requestParameters} of an EKS {@code TagResource} call, member by member with the names CloudTrail
 * records (model shape {@code TagResourceRequest}). Members the record does not have are absent.
 */
@Value.Immutable
@EksStyle
public abstract class TagResourceRequest {
  TagResourceRequest() {}

  /**
   * The Amazon Resource Name (ARN) of the resource to add tags to. Percent-decoded: CloudTrail records this path
   * label URL-encoded ({@code resourceArn}).
   */
  public abstract Optional<String> resourceArn();

  /** Metadata that assists with categorization and organization ({@code tags}). */
  public abstract Map<String, String> tags();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TagResourceRequest}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableTagResourceRequest.Builder {
    Builder() {}
  }
}
