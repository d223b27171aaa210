package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/** Identifies the Key Management Service (KMS) key used to encrypt the secrets. Model shape {@code Provider}. */
@Value.Immutable
@EksStyle
public abstract class Provider {
  Provider() {}

  /** Amazon Resource Name (ARN) or alias of the KMS key ({@code keyArn}). */
  public abstract Optional<String> keyArn();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Provider}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableProvider.Builder {
    Builder() {}
  }
}
