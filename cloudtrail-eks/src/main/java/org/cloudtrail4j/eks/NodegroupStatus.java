package org.cloudtrail4j.eks;

import java.util.Map;
import org.cloudtrail4j.eks.internal.OpenEnums;
import org.cloudtrail4j.model.OpenEnum;

/**
 * The values of the EKS model's {@code NodegroupStatus}. Open: a value a newer EKS writes is kept, not rejected, and
 * {@link #known()} is {@code UNRECOGNIZED} for it.
 */
public final class NodegroupStatus extends OpenEnum<NodegroupStatus.Known> {
  /** The values this version of the library knows, and {@code UNRECOGNIZED} for any other. */
  public enum Known {
    /** {@code CREATING}. */
    CREATING("CREATING"),
    /** {@code ACTIVE}. */
    ACTIVE("ACTIVE"),
    /** {@code UPDATING}. */
    UPDATING("UPDATING"),
    /** {@code DELETING}. */
    DELETING("DELETING"),
    /** {@code CREATE_FAILED}. */
    CREATE_FAILED("CREATE_FAILED"),
    /** {@code DELETE_FAILED}. */
    DELETE_FAILED("DELETE_FAILED"),
    /** {@code DEGRADED}. */
    DEGRADED("DEGRADED"),
    /** A value this version of the library does not know; see {@link NodegroupStatus#value()}. */
    UNRECOGNIZED(null);

    private final String value;

    Known(String value) {
      this.value = value;
    }
  }

  private static final Map<String, NodegroupStatus> KNOWN =
      OpenEnums.index(Known.values(), k -> k.value, NodegroupStatus::new);

  private NodegroupStatus(String value, Known known) {
    super(value, known);
  }

  /** The instance for {@code value}: a known one, or a new unrecognised one that keeps the string. */
  public static NodegroupStatus of(String value) {
    return OpenEnums.of(KNOWN, value, v -> new NodegroupStatus(v, Known.UNRECOGNIZED));
  }
}
