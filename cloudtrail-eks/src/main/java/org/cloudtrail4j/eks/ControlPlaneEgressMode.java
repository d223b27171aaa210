package org.cloudtrail4j.eks;

import java.util.Map;
import org.cloudtrail4j.eks.internal.OpenEnums;
import org.cloudtrail4j.model.OpenEnum;

/**
 * The values of the EKS model's {@code ControlPlaneEgressModeType}. Open: a value a newer EKS writes is kept, not
 * rejected, and {@link #known()} is {@code UNRECOGNIZED} for it.
 */
public final class ControlPlaneEgressMode extends OpenEnum<ControlPlaneEgressMode.Known> {
  /** The values this version of the library knows, and {@code UNRECOGNIZED} for any other. */
  public enum Known {
    /** {@code AWS_MANAGED}. */
    AWS_MANAGED("AWS_MANAGED"),
    /** {@code CUSTOMER_ROUTED}. */
    CUSTOMER_ROUTED("CUSTOMER_ROUTED"),
    /** {@code CUSTOMER_ISOLATED}. */
    CUSTOMER_ISOLATED("CUSTOMER_ISOLATED"),
    /** A value this version of the library does not know; see {@link ControlPlaneEgressMode#value()}. */
    UNRECOGNIZED(null);

    private final String value;

    Known(String value) {
      this.value = value;
    }
  }

  private static final Map<String, ControlPlaneEgressMode> KNOWN =
      OpenEnums.index(Known.values(), k -> k.value, ControlPlaneEgressMode::new);

  private ControlPlaneEgressMode(String value, Known known) {
    super(value, known);
  }

  /** The instance for {@code value}: a known one, or a new unrecognised one that keeps the string. */
  public static ControlPlaneEgressMode of(String value) {
    return OpenEnums.of(KNOWN, value, v -> new ControlPlaneEgressMode(v, Known.UNRECOGNIZED));
  }
}
