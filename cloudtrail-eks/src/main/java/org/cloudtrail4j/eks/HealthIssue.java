package org.cloudtrail4j.eks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * An issue with your Amazon EKS cluster. Model shapes {@code ClusterIssue}, {@code Issue}, {@code AddonIssue},
 * {@code FargateProfileIssue}. The request and response forms are one type: the response form has the same members
 * and a few more.
 */
@Value.Immutable
@EksStyle
public abstract class HealthIssue {
  HealthIssue() {}

  /** The error code of the issue ({@code code}). */
  public abstract Optional<String> code();

  /** A description of the issue ({@code message}). */
  public abstract Optional<String> message();

  /** The resource IDs that the issue relates to ({@code resourceIds}). */
  public abstract List<String> resourceIds();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HealthIssue}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableHealthIssue.Builder {
    Builder() {}
  }
}
