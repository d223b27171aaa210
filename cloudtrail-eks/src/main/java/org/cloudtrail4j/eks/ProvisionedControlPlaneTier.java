package org.cloudtrail4j.eks;

import java.util.Map;
import org.cloudtrail4j.eks.internal.OpenEnums;
import org.cloudtrail4j.model.OpenEnum;

/**
 * The values of the EKS model's {@code ProvisionedControlPlaneTier}. Open: a value a newer EKS writes is kept, not
 * rejected, and {@link #known()} is {@code UNRECOGNIZED} for it.
 */
public final class ProvisionedControlPlaneTier extends OpenEnum<ProvisionedControlPlaneTier.Known> {
  /** The values this version of the library knows, and {@code UNRECOGNIZED} for any other. */
  public enum Known {
    /** {@code standard}. */
    STANDARD("standard"),
    /** {@code tier-xl}. */
    TIER_XL("tier-xl"),
    /** {@code tier-2xl}. */
    TIER_2XL("tier-2xl"),
    /** {@code tier-4xl}. */
    TIER_4XL("tier-4xl"),
    /** {@code tier-8xl}. */
    TIER_8XL("tier-8xl"),
    /** A value this version of the library does not know; see {@link ProvisionedControlPlaneTier#value()}. */
    UNRECOGNIZED(null);

    private final String value;

    Known(String value) {
      this.value = value;
    }
  }

  private static final Map<String, ProvisionedControlPlaneTier> KNOWN =
      OpenEnums.index(Known.values(), k -> k.value, ProvisionedControlPlaneTier::new);

  private ProvisionedControlPlaneTier(String value, Known known) {
    super(value, known);
  }

  /** The instance for {@code value}: a known one, or a new unrecognised one that keeps the string. */
  public static ProvisionedControlPlaneTier of(String value) {
    return OpenEnums.of(KNOWN, value, v -> new ProvisionedControlPlaneTier(v, Known.UNRECOGNIZED));
  }
}
