package org.cloudtrail4j.cli;

import java.util.Optional;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.identity.IdentityType;
import org.cloudtrail4j.model.identity.Root;
import org.cloudtrail4j.model.identity.UserIdentity;

/**
 * Short names for who made a call, as the table prints them to fit a column. Counting and grouping use the library's
 * one rule, {@link CloudTrailEvent#principal()}; this is only its compact display.
 */
final class IdentityLabels {
  private static final String NONE = "-";

  private IdentityLabels() {}

  /**
   * {@code type:name} for the table: {@code IAMUser:Alice}, {@code AssumedRole:Admin/session},
   * {@code Root:123456789012}, {@code AWSService:eks.amazonaws.com}; {@code -} for a record without userIdentity.
   */
  static String label(Optional<UserIdentity> identity) {
    if (identity.isEmpty()) {
      return NONE;
    }
    UserIdentity id = identity.get();
    String type = type(id);
    Optional<String> name = id instanceof Root ? given(id.accountId()) : given(id.userName())
        .or(() -> given(id.arn()).map(IdentityLabels::arnName))
        .or(() -> given(id.invokedBy()))
        .or(() -> given(id.principalId()))
        .or(() -> given(id.accountId()));
    return name.map(n -> type + ':' + n).orElse(type);
  }

  /** {@code value} unless it is empty: some services record {@code "arn": ""}. */
  private static Optional<String> given(Optional<String> value) {
    return value.filter(v -> !v.isEmpty());
  }

  /** The identity's type as recorded, or {@code (no type)}. */
  static String type(UserIdentity id) {
    return id.type().map(IdentityType::value).orElse("(no type)");
  }

  /**
   * The resource part of an ARN without its resource type: {@code Admin/session} for
   * {@code arn:aws:sts::1:assumed-role/Admin/session}, {@code Alice} for {@code arn:aws:iam::1:user/Alice}.
   */
  static String arnName(String arn) {
    int colon = nthColon(arn, 5);
    String resource = colon < 0 ? arn : arn.substring(colon + 1);
    int slash = resource.indexOf('/');
    return slash < 0 || slash == resource.length() - 1 ? resource : resource.substring(slash + 1);
  }

  private static int nthColon(String s, int n) {
    int at = -1;
    for (int i = 0; i < n; i++) {
      at = s.indexOf(':', at + 1);
      if (at < 0) {
        return -1;
      }
    }
    return at;
  }
}
