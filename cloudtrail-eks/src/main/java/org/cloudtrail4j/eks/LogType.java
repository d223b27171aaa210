package org.cloudtrail4j.eks;

import java.util.Map;
import org.cloudtrail4j.eks.internal.OpenEnums;
import org.cloudtrail4j.model.OpenEnum;

/**
 * The values of the EKS model's {@code LogType}. Open: a value a newer EKS writes is kept, not rejected, and {@link
 * #known()} is {@code UNRECOGNIZED} for it.
 */
public final class LogType extends OpenEnum<LogType.Known> {
  /** The values this version of the library knows, and {@code UNRECOGNIZED} for any other. */
  public enum Known {
    /** {@code api}. */
    API("api"),
    /** {@code audit}. */
    AUDIT("audit"),
    /** {@code authenticator}. */
    AUTHENTICATOR("authenticator"),
    /** {@code controllerManager}. */
    CONTROLLER_MANAGER("controllerManager"),
    /** {@code scheduler}. */
    SCHEDULER("scheduler"),
    /** A value this version of the library does not know; see {@link LogType#value()}. */
    UNRECOGNIZED(null);

    private final String value;

    Known(String value) {
      this.value = value;
    }
  }

  private static final Map<String, LogType> KNOWN =
      OpenEnums.index(Known.values(), k -> k.value, LogType::new);

  private LogType(String value, Known known) {
    super(value, known);
  }

  /** The instance for {@code value}: a known one, or a new unrecognised one that keeps the string. */
  public static LogType of(String value) {
    return OpenEnums.of(KNOWN, value, v -> new LogType(v, Known.UNRECOGNIZED));
  }
}
