package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/** An object representing the {@code certificate-authority-data} for your cluster. Model shape {@code Certificate}. */
@Value.Immutable
@EksStyle
public abstract class Certificate {
  Certificate() {}

  /** The Base64-encoded certificate data required to communicate with your cluster ({@code data}). */
  public abstract Optional<String> data();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Certificate}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableCertificate.Builder {
    Builder() {}
  }
}
