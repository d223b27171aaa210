package org.cloudtrail4j.eks;

import java.util.Map;
import org.cloudtrail4j.eks.internal.OpenEnums;
import org.cloudtrail4j.model.OpenEnum;

/**
 * The values of the EKS model's {@code ClusterStatus}. Open: a value a newer EKS writes is kept, not rejected, and
 * {@link #known()} is {@code UNRECOGNIZED} for it.
 */
public final class ClusterStatus extends OpenEnum<ClusterStatus.Known> {
  /** The values this version of the library knows, and {@code UNRECOGNIZED} for any other. */
  public enum Known {
    /** {@code CREATING}. */
    CREATING("CREATING"),
    /** {@code ACTIVE}. */
    ACTIVE("ACTIVE"),
    /** {@code DELETING}. */
    DELETING("DELETING"),
    /** {@code FAILED}. */
    FAILED("FAILED"),
    /** {@code UPDATING}. */
    UPDATING("UPDATING"),
    /** {@code PENDING}. */
    PENDING("PENDING"),
    /** A value this version of the library does not know; see {@link ClusterStatus#value()}. */
    UNRECOGNIZED(null);

    private final String value;

    Known(String value) {
      this.value = value;
    }
  }

  private static final Map<String, ClusterStatus> KNOWN =
      OpenEnums.index(Known.values(), k -> k.value, ClusterStatus::new);

  private ClusterStatus(String value, Known known) {
    super(value, known);
  }

  /** The instance for {@code value}: a known one, or a new unrecognised one that keeps the string. */
  public static ClusterStatus of(String value) {
    return OpenEnums.of(KNOWN, value, v -> new ClusterStatus(v, Known.UNRECOGNIZED));
  }
}
