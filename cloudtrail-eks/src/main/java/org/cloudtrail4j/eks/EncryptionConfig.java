package org.cloudtrail4j.eks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/** The encryption configuration for the cluster. Model shape {@code EncryptionConfig}. */
@Value.Immutable
@EksStyle
public abstract class EncryptionConfig {
  EncryptionConfig() {}

  /** Specifies the resources to be encrypted ({@code resources}). */
  public abstract List<String> resources();

  /** Key Management Service (KMS) key ({@code provider}). */
  public abstract Optional<Provider> provider();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link EncryptionConfig}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableEncryptionConfig.Builder {
    Builder() {}
  }
}
