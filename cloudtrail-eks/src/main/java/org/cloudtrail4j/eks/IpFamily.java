package org.cloudtrail4j.eks;

import java.util.Map;
import org.cloudtrail4j.eks.internal.OpenEnums;
import org.cloudtrail4j.model.OpenEnum;

/**
 * The values of the EKS model's {@code IpFamily}. Open: a value a newer EKS writes is kept, not rejected, and {@link
 * #known()} is {@code UNRECOGNIZED} for it.
 */
public final class IpFamily extends OpenEnum<IpFamily.Known> {
  /** The values this version of the library knows, and {@code UNRECOGNIZED} for any other. */
  public enum Known {
    /** {@code ipv4}. */
    IPV4("ipv4"),
    /** {@code ipv6}. */
    IPV6("ipv6"),
    /** A value this version of the library does not know; see {@link IpFamily#value()}. */
    UNRECOGNIZED(null);

    private final String value;

    Known(String value) {
      this.value = value;
    }
  }

  private static final Map<String, IpFamily> KNOWN =
      OpenEnums.index(Known.values(), k -> k.value, IpFamily::new);

  private IpFamily(String value, Known known) {
    super(value, known);
  }

  /** The instance for {@code value}: a known one, or a new unrecognised one that keeps the string. */
  public static IpFamily of(String value) {
    return OpenEnums.of(KNOWN, value, v -> new IpFamily(v, Known.UNRECOGNIZED));
  }
}
