package org.cloudtrail4j.eks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * An object representing the remote access configuration for the managed node group. Model shape
 * {@code RemoteAccessConfig}.
 */
@Value.Immutable
@EksStyle
public abstract class RemoteAccessConfig {
  RemoteAccessConfig() {}

  /**
   * The Amazon EC2 SSH key name that provides access for SSH communication with the nodes in the managed node group
   * ({@code ec2SshKey}).
   */
  public abstract Optional<String> ec2SshKey();

  /** The security group IDs that are allowed SSH access (port 22) to the nodes ({@code sourceSecurityGroups}). */
  public abstract List<String> sourceSecurityGroups();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RemoteAccessConfig}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableRemoteAccessConfig.Builder {
    Builder() {}
  }
}
