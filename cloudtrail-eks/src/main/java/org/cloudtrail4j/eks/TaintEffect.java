package org.cloudtrail4j.eks;

import java.util.Map;
import org.cloudtrail4j.eks.internal.OpenEnums;
import org.cloudtrail4j.model.OpenEnum;

/**
 * The values of the EKS model's {@code TaintEffect}. Open: a value a newer EKS writes is kept, not rejected, and
 * {@link #known()} is {@code UNRECOGNIZED} for it.
 */
public final class TaintEffect extends OpenEnum<TaintEffect.Known> {
  /** The values this version of the library knows, and {@code UNRECOGNIZED} for any other. */
  public enum Known {
    /** {@code NO_SCHEDULE}. */
    NO_SCHEDULE("NO_SCHEDULE"),
    /** {@code NO_EXECUTE}. */
    NO_EXECUTE("NO_EXECUTE"),
    /** {@code PREFER_NO_SCHEDULE}. */
    PREFER_NO_SCHEDULE("PREFER_NO_SCHEDULE"),
    /** A value this version of the library does not know; see {@link TaintEffect#value()}. */
    UNRECOGNIZED(null);

    private final String value;

    Known(String value) {
      this.value = value;
    }
  }

  private static final Map<String, TaintEffect> KNOWN =
      OpenEnums.index(Known.values(), k -> k.value, TaintEffect::new);

  private TaintEffect(String value, Known known) {
    super(value, known);
  }

  /** The instance for {@code value}: a known one, or a new unrecognised one that keeps the string. */
  public static TaintEffect of(String value) {
    return OpenEnums.of(KNOWN, value, v -> new TaintEffect(v, Known.UNRECOGNIZED));
  }
}
