package org.cloudtrail4j.eks;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/** The full description of your connected cluster. Model shape {@code ConnectorConfigResponse}. */
@Value.Immutable
@EksStyle
public abstract class ConnectorConfig {
  ConnectorConfig() {}

  /** A unique ID associated with the cluster for registration purposes ({@code activationId}). */
  public abstract Optional<String> activationId();

  /** A unique code associated with the cluster for registration purposes ({@code activationCode}). */
  public abstract Optional<String> activationCode();

  /** The expiration time of the connected cluster ({@code activationExpiry}). */
  public abstract Optional<Instant> activationExpiry();

  /** The cluster's cloud service provider ({@code provider}). */
  public abstract Optional<String> provider();

  /**
   * The Amazon Resource Name (ARN) of the role to communicate with services from the connected Kubernetes cluster
   * ({@code roleArn}).
   */
  public abstract Optional<String> roleArn();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConnectorConfig}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableConnectorConfig.Builder {
    Builder() {}
  }
}
