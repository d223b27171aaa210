package org.cloudtrail4j.eks;

import java.util.Map;
import org.cloudtrail4j.eks.internal.OpenEnums;
import org.cloudtrail4j.model.OpenEnum;

/**
 * The values of the EKS model's {@code FargateProfileStatus}. Open: a value a newer EKS writes is kept, not rejected,
 * and {@link #known()} is {@code UNRECOGNIZED} for it.
 */
public final class FargateProfileStatus extends OpenEnum<FargateProfileStatus.Known> {
  /** The values this version of the library knows, and {@code UNRECOGNIZED} for any other. */
  public enum Known {
    /** {@code CREATING}. */
    CREATING("CREATING"),
    /** {@code ACTIVE}. */
    ACTIVE("ACTIVE"),
    /** {@code DELETING}. */
    DELETING("DELETING"),
    /** {@code CREATE_FAILED}. */
    CREATE_FAILED("CREATE_FAILED"),
    /** {@code DELETE_FAILED}. */
    DELETE_FAILED("DELETE_FAILED"),
    /** A value this version of the library does not know; see {@link FargateProfileStatus#value()}. */
    UNRECOGNIZED(null);

    private final String value;

    Known(String value) {
      this.value = value;
    }
  }

  private static final Map<String, FargateProfileStatus> KNOWN =
      OpenEnums.index(Known.values(), k -> k.value, FargateProfileStatus::new);

  private FargateProfileStatus(String value, Known known) {
    super(value, known);
  }

  /** The instance for {@code value}: a known one, or a new unrecognised one that keeps the string. */
  public static FargateProfileStatus of(String value) {
    return OpenEnums.of(KNOWN, value, v -> new FargateProfileStatus(v, Known.UNRECOGNIZED));
  }
}
