package org.cloudtrail4j.model.identity;

import java.util.Map;
import org.cloudtrail4j.model.OpenEnum;

/**
 * The {@code userIdentity.type} of a record: which kind of principal made the call. Open: a new type is kept, not
 * rejected, and read as an {@link UnrecognizedIdentity}.
 *
 * @since 0.1.0
 */
public final class IdentityType extends OpenEnum<IdentityType.Known> {
  /** {@code Root}: the account's root user. */
  public static final IdentityType ROOT = new IdentityType("Root", Known.ROOT);

  /** {@code IAMUser}: an IAM user. */
  public static final IdentityType IAM_USER = new IdentityType("IAMUser", Known.IAM_USER);

  /** {@code AssumedRole}: temporary credentials from assuming a role. */
  public static final IdentityType ASSUMED_ROLE = new IdentityType("AssumedRole", Known.ASSUMED_ROLE);

  /** {@code Role}: a role (rare). */
  public static final IdentityType ROLE = new IdentityType("Role", Known.ROLE);

  /** {@code FederatedUser}: temporary credentials from {@code GetFederationToken}. */
  public static final IdentityType FEDERATED_USER = new IdentityType("FederatedUser", Known.FEDERATED_USER);

  /** {@code AWSAccount}: another AWS account. */
  public static final IdentityType AWS_ACCOUNT = new IdentityType("AWSAccount", Known.AWS_ACCOUNT);

  /** {@code AWSService}: an AWS service principal. */
  public static final IdentityType AWS_SERVICE = new IdentityType("AWSService", Known.AWS_SERVICE);

  /** {@code IdentityCenterUser}: an IAM Identity Center user. */
  public static final IdentityType IDENTITY_CENTER_USER = new IdentityType("IdentityCenterUser", Known.IDENTITY_CENTER_USER);

  /** {@code SAMLUser}: a SAML federated user. */
  public static final IdentityType SAML_USER = new IdentityType("SAMLUser", Known.SAML_USER);

  /** {@code WebIdentityUser}: a web identity federated user. */
  public static final IdentityType WEB_IDENTITY_USER = new IdentityType("WebIdentityUser", Known.WEB_IDENTITY_USER);

  /** {@code Directory}: a Directory Service user. */
  public static final IdentityType DIRECTORY = new IdentityType("Directory", Known.DIRECTORY);

  /** {@code Unknown}: an identity the service could not resolve. */
  public static final IdentityType UNKNOWN = new IdentityType("Unknown", Known.UNKNOWN);

  /** The values this version of the library knows, and {@code UNRECOGNIZED} for any other. */
  public enum Known {
    /** {@code Root}. */
    ROOT,
    /** {@code IAMUser}. */
    IAM_USER,
    /** {@code AssumedRole}. */
    ASSUMED_ROLE,
    /** {@code Role}. */
    ROLE,
    /** {@code FederatedUser}. */
    FEDERATED_USER,
    /** {@code AWSAccount}. */
    AWS_ACCOUNT,
    /** {@code AWSService}. */
    AWS_SERVICE,
    /** {@code IdentityCenterUser}. */
    IDENTITY_CENTER_USER,
    /** {@code SAMLUser}. */
    SAML_USER,
    /** {@code WebIdentityUser}. */
    WEB_IDENTITY_USER,
    /** {@code Directory}. */
    DIRECTORY,
    /** {@code Unknown}. */
    UNKNOWN,
    /** A value this version of the library does not know; see {@link #value()}. */
    UNRECOGNIZED
  }

  private static final Map<String, IdentityType> KNOWN = Map.ofEntries(
      Map.entry(ROOT.value(), ROOT),
      Map.entry(IAM_USER.value(), IAM_USER),
      Map.entry(ASSUMED_ROLE.value(), ASSUMED_ROLE),
      Map.entry(ROLE.value(), ROLE),
      Map.entry(FEDERATED_USER.value(), FEDERATED_USER),
      Map.entry(AWS_ACCOUNT.value(), AWS_ACCOUNT),
      Map.entry(AWS_SERVICE.value(), AWS_SERVICE),
      Map.entry(IDENTITY_CENTER_USER.value(), IDENTITY_CENTER_USER),
      Map.entry(SAML_USER.value(), SAML_USER),
      Map.entry(WEB_IDENTITY_USER.value(), WEB_IDENTITY_USER),
      Map.entry(DIRECTORY.value(), DIRECTORY),
      Map.entry(UNKNOWN.value(), UNKNOWN));

  private IdentityType(String value, Known known) {
    super(value, known);
  }

  /**
   * {@return the constant for {@code value}, or a new unrecognised instance that keeps it}
   *
   * @param value the value as CloudTrail writes it
   */
  public static IdentityType of(String value) {
    IdentityType constant = KNOWN.get(value);
    return constant != null ? constant : new IdentityType(value, Known.UNRECOGNIZED);
  }
}
