package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * The {@code requestParameters} of an EKS {@code DeleteAddon} call, member by member with the names CloudTrail
 * records (model shape {@code DeleteAddonRequest}). Members the record does not have are absent.
 */
@Value.Immutable
@EksStyle
public abstract class DeleteAddonRequest {
  DeleteAddonRequest() {}

  /** The name of your cluster. Percent-decoded: CloudTrail records this path label URL-encoded ({@code name}). */
  public abstract Optional<String> name();

  /** The name of the add-on. Percent-decoded: CloudTrail records this path label URL-encoded ({@code addonName}). */
  public abstract Optional<String> addonName();

  /**
   * Specifying this option preserves the add-on software on your cluster but Amazon EKS stops managing any settings
   * for the add-on ({@code preserve}).
   */
  public abstract Optional<Boolean> preserve();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeleteAddonRequest}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableDeleteAddonRequest.Builder {
    Builder() {}
  }
}
