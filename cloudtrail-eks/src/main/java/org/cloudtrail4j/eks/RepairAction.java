package org.cloudtrail4j.eks;

import java.util.Map;
import org.cloudtrail4j.eks.internal.OpenEnums;
import org.cloudtrail4j.model.OpenEnum;

/**
 * The values of the EKS model's {@code RepairAction}. Open: a value a newer EKS writes is kept, not rejected, and
 * {@link #known()} is {@code UNRECOGNIZED} for it.
 */
public final class RepairAction extends OpenEnum<RepairAction.Known> {
  /** The values this version of the library knows, and {@code UNRECOGNIZED} for any other. */
  public enum Known {
    /** {@code Replace}. */
    REPLACE("Replace"),
    /** {@code Reboot}. */
    REBOOT("Reboot"),
    /** {@code NoAction}. */
    NO_ACTION("NoAction"),
    /** A value this version of the library does not know; see {@link RepairAction#value()}. */
    UNRECOGNIZED(null);

    private final String value;

    Known(String value) {
      this.value = value;
    }
  }

  private static final Map<String, RepairAction> KNOWN =
      OpenEnums.index(Known.values(), k -> k.value, RepairAction::new);

  private RepairAction(String value, Known known) {
    super(value, known);
  }

  /** The instance for {@code value}: a known one, or a new unrecognised one that keeps the string. */
  public static RepairAction of(String value) {
    return OpenEnums.of(KNOWN, value, v -> new RepairAction(v, Known.UNRECOGNIZED));
  }
}
