package org.cloudtrail4j.eks;

import java.util.Map;
import org.cloudtrail4j.eks.internal.OpenEnums;
import org.cloudtrail4j.model.OpenEnum;

/**
 * The values of the EKS model's {@code AuthenticationMode}. Open: a value a newer EKS writes is kept, not rejected,
 * and {@link #known()} is {@code UNRECOGNIZED} for it.
 */
public final class AuthenticationMode extends OpenEnum<AuthenticationMode.Known> {
  /** The values this version of the library knows, and {@code UNRECOGNIZED} for any other. */
  public enum Known {
    /** {@code API}. */
    API("API"),
    /** {@code API_AND_CONFIG_MAP}. */
    API_AND_CONFIG_MAP("API_AND_CONFIG_MAP"),
    /** {@code CONFIG_MAP}. */
    CONFIG_MAP("CONFIG_MAP"),
    /** A value this version of the library does not know; see {@link AuthenticationMode#value()}. */
    UNRECOGNIZED(null);

    private final String value;

    Known(String value) {
      this.value = value;
    }
  }

  private static final Map<String, AuthenticationMode> KNOWN =
      OpenEnums.index(Known.values(), k -> k.value, AuthenticationMode::new);

  private AuthenticationMode(String value, Known known) {
    super(value, known);
  }

  /** The instance for {@code value}: a known one, or a new unrecognised one that keeps the string. */
  public static AuthenticationMode of(String value) {
    return OpenEnums.of(KNOWN, value, v -> new AuthenticationMode(v, Known.UNRECOGNIZED));
  }
}
