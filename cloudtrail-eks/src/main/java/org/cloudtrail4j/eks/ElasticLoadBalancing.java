package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * Indicates the current configuration of the load balancing capability on your EKS Auto Mode cluster. Model shape
 * {@code ElasticLoadBalancing}.
 */
@Value.Immutable
@EksStyle
public abstract class ElasticLoadBalancing {
  ElasticLoadBalancing() {}

  /** Indicates if the load balancing capability is enabled on your EKS Auto Mode cluster ({@code enabled}). */
  public abstract Optional<Boolean> enabled();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ElasticLoadBalancing}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableElasticLoadBalancing.Builder {
    Builder() {}
  }
}
