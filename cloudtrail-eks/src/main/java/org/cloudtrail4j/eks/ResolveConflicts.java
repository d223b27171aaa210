package org.cloudtrail4j.eks;

import java.util.Map;
import org.cloudtrail4j.eks.internal.OpenEnums;
import org.cloudtrail4j.model.OpenEnum;

/**
 * The values of the EKS model's {@code ResolveConflicts}. Open: a value a newer EKS writes is kept, not rejected, and
 * {@link #known()} is {@code UNRECOGNIZED} for it.
 */
public final class ResolveConflicts extends OpenEnum<ResolveConflicts.Known> {
  /** The values this version of the library knows, and {@code UNRECOGNIZED} for any other. */
  public enum Known {
    /** {@code OVERWRITE}. */
    OVERWRITE("OVERWRITE"),
    /** {@code NONE}. */
    NONE("NONE"),
    /** {@code PRESERVE}. */
    PRESERVE("PRESERVE"),
    /** A value this version of the library does not know; see {@link ResolveConflicts#value()}. */
    UNRECOGNIZED(null);

    private final String value;

    Known(String value) {
      this.value = value;
    }
  }

  private static final Map<String, ResolveConflicts> KNOWN =
      OpenEnums.index(Known.values(), k -> k.value, ResolveConflicts::new);

  private ResolveConflicts(String value, Known known) {
    super(value, known);
  }

  /** The instance for {@code value}: a known one, or a new unrecognised one that keeps the string. */
  public static ResolveConflicts of(String value) {
    return OpenEnums.of(KNOWN, value, v -> new ResolveConflicts(v, Known.UNRECOGNIZED));
  }
}
