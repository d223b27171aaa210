package org.cloudtrail4j.eks;

import java.util.Map;
import org.cloudtrail4j.eks.internal.OpenEnums;
import org.cloudtrail4j.model.OpenEnum;

/**
 * The values of the EKS model's {@code CapacityTypes}. Open: a value a newer EKS writes is kept, not rejected, and
 * {@link #known()} is {@code UNRECOGNIZED} for it.
 */
public final class CapacityType extends OpenEnum<CapacityType.Known> {
  /** The values this version of the library knows, and {@code UNRECOGNIZED} for any other. */
  public enum Known {
    /** {@code ON_DEMAND}. */
    ON_DEMAND("ON_DEMAND"),
    /** {@code SPOT}. */
    SPOT("SPOT"),
    /** {@code CAPACITY_BLOCK}. */
    CAPACITY_BLOCK("CAPACITY_BLOCK"),
    /** A value this version of the library does not know; see {@link CapacityType#value()}. */
    UNRECOGNIZED(null);

    private final String value;

    Known(String value) {
      this.value = value;
    }
  }

  private static final Map<String, CapacityType> KNOWN =
      OpenEnums.index(Known.values(), k -> k.value, CapacityType::new);

  private CapacityType(String value, Known known) {
    super(value, known);
  }

  /** The instance for {@code value}: a known one, or a new unrecognised one that keeps the string. */
  public static CapacityType of(String value) {
    return OpenEnums.of(KNOWN, value, v -> new CapacityType(v, Known.UNRECOGNIZED));
  }
}
