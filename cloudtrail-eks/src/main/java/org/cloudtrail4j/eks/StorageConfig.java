package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * Indicates the status of the request to update the block storage capability of your EKS Auto Mode cluster. Model
 * shapes {@code StorageConfigResponse}, {@code StorageConfigRequest}. The request and response forms are one type:
 * the response form has the same members and a few more.
 */
@Value.Immutable
@EksStyle
public abstract class StorageConfig {
  StorageConfig() {}

  /**
   * Indicates the current configuration of the block storage capability on your EKS Auto Mode cluster
   * ({@code blockStorage}).
   */
  public abstract Optional<BlockStorage> blockStorage();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StorageConfig}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableStorageConfig.Builder {
    Builder() {}
  }
}
