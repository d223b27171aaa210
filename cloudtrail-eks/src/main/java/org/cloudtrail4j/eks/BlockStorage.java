package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * Indicates the current configuration of the block storage capability on your EKS Auto Mode cluster. Model shape
 * {@code BlockStorage}.
 */
@Value.Immutable
@EksStyle
public abstract class BlockStorage {
  BlockStorage() {}

  /** Indicates if the block storage capability is enabled on your EKS Auto Mode cluster ({@code enabled}). */
  public abstract Optional<Boolean> enabled();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BlockStorage}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableBlockStorage.Builder {
    Builder() {}
  }
}
