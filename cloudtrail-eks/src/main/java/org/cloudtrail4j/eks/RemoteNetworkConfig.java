package org.cloudtrail4j.eks;

import java.util.List;
import java.util.Map;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * The configuration in the cluster for EKS Hybrid Nodes. Model shapes {@code RemoteNetworkConfigResponse},
 * {@code RemoteNetworkConfigRequest}. The request and response forms are one type: the response form has the same
 * members and a few more.
 */
@Value.Immutable
@EksStyle
public abstract class RemoteNetworkConfig {
  RemoteNetworkConfig() {}

  /** The list of network CIDRs that can contain hybrid nodes ({@code remoteNodeNetworks}). */
  public abstract List<RemoteNetwork> remoteNodeNetworks();

  /**
   * The list of network CIDRs that can contain pods that run Kubernetes webhooks on hybrid nodes
   * ({@code remotePodNetworks}).
   */
  public abstract List<RemoteNetwork> remotePodNetworks();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RemoteNetworkConfig}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableRemoteNetworkConfig.Builder {
    Builder() {}
  }
}
