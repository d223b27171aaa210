package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * This value indicates if extended support is enabled or disabled for the cluster. Model shapes
 * {@code UpgradePolicyResponse}, {@code UpgradePolicyRequest}. The request and response forms are one type: the
 * response form has the same members and a few more.
 */
@Value.Immutable
@EksStyle
public abstract class UpgradePolicy {
  UpgradePolicy() {}

  /**
   * If the cluster is set to {@code EXTENDED}, it will enter extended support at the end of standard support
   * ({@code supportType}).
   */
  public abstract Optional<SupportType> supportType();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UpgradePolicy}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableUpgradePolicy.Builder {
    Builder() {}
  }
}
