package org.cloudtrail4j.model;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.model.internal.CloudTrailStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * The TLS connection of the call ({@code tlsDetails}, since eventVersion 1.08).
 *
 * @since 0.1.0
 */
@Value.Immutable
@CloudTrailStyle
public abstract class TlsDetails {
  TlsDetails() {}

  /** {@return the TLS version, e.g. {@code TLSv1.2}} */
  public abstract Optional<String> tlsVersion();

  /** {@return the cipher suite, e.g. {@code ECDHE-RSA-AES128-GCM-SHA256}} */
  public abstract Optional<String> cipherSuite();

  /** {@return the host name the client asked for, e.g. {@code eks.us-west-2.amazonaws.com}} */
  public abstract Optional<String> clientProvidedHostHeader();

  /** {@return members this version of the library does not know, by wire name, kept exactly as they were} */
  public abstract Map<String, JsonValue> unknownFields();

  /** {@return a new builder for a {@code TlsDetails}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TlsDetails}; unset optional members are absent. */
  public static final class Builder extends ImmutableTlsDetails.Builder {
    Builder() {}
  }
}
