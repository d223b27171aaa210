package org.cloudtrail4j.model.identity;

import java.util.Optional;

/**
 * Temporary credentials from {@code AssumeRole*} ({@code type} {@code AssumedRole}). The ARN is
 * {@code arn:aws:sts::<account>:assumed-role/<role>/<session>}; the role is in {@code sessionContext.sessionIssuer}.
 * Service-linked roles appear as this type with an issuer ARN under {@code role/aws-service-role/}.
 *
 * <p>Immutable and thread-safe; see {@link UserIdentity} for the members.
 *
 * @since 0.1.0
 */
public final class AssumedRole extends UserIdentity {
  AssumedRole(Builder builder) {
    super(builder);
  }

  /** {@return the role's name: the session issuer's {@code userName}, else the role part of the assumed-role ARN} */
  public Optional<String> roleName() {
    Optional<String> issuer = sessionContext().flatMap(SessionContext::sessionIssuer).flatMap(SessionIssuer::userName);
    if (issuer.isPresent()) {
      return issuer;
    }
    return arnPart(1);
  }

  /** {@return the session name: the last part of the assumed-role ARN} */
  public Optional<String> sessionName() {
    return arnPart(2);
  }

  // arn:aws:sts::<account>:assumed-role/<role>/<session>: part 1 is the role, 2 the session
  private Optional<String> arnPart(int part) {
    return arn().flatMap(a -> {
      int colon = a.lastIndexOf(':');
      String[] path = a.substring(colon + 1).split("/", 3);
      return path.length == 3 && path[0].equals("assumed-role") ? Optional.of(path[part]) : Optional.empty();
    });
  }
}
