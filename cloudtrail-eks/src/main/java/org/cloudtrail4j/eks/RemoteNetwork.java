package org.cloudtrail4j.eks;

import java.util.List;
import java.util.Map;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * A network of EKS Hybrid Nodes, or of their pods: its CIDR blocks. Model shapes {@code RemoteNodeNetwork},
 * {@code RemotePodNetwork}.
 */
@Value.Immutable
@EksStyle
public abstract class RemoteNetwork {
  RemoteNetwork() {}

  /** A network CIDR that can contain hybrid nodes ({@code cidrs}). */
  public abstract List<String> cidrs();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RemoteNetwork}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableRemoteNetwork.Builder {
    Builder() {}
  }
}
