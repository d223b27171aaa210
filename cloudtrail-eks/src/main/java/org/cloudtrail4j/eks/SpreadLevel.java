package org.cloudtrail4j.eks;

import java.util.Map;
import org.cloudtrail4j.eks.internal.OpenEnums;
import org.cloudtrail4j.model.OpenEnum;

/**
 * The values of the EKS model's {@code SpreadLevel}. Open: a value a newer EKS writes is kept, not rejected, and
 * {@link #known()} is {@code UNRECOGNIZED} for it.
 */
public final class SpreadLevel extends OpenEnum<SpreadLevel.Known> {
  /** The values this version of the library knows, and {@code UNRECOGNIZED} for any other. */
  public enum Known {
    /** {@code host}. */
    HOST("host"),
    /** {@code rack}. */
    RACK("rack"),
    /** A value this version of the library does not know; see {@link SpreadLevel#value()}. */
    UNRECOGNIZED(null);

    private final String value;

    Known(String value) {
      this.value = value;
    }
  }

  private static final Map<String, SpreadLevel> KNOWN =
      OpenEnums.index(Known.values(), k -> k.value, SpreadLevel::new);

  private SpreadLevel(String value, Known known) {
    super(value, known);
  }

  /** The instance for {@code value}: a known one, or a new unrecognised one that keeps the string. */
  public static SpreadLevel of(String value) {
    return OpenEnums.of(KNOWN, value, v -> new SpreadLevel(v, Known.UNRECOGNIZED));
  }
}
